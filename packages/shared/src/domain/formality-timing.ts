import type { FormalityStepStatus } from '../enums.js';
import { FORMALITY_STEP_STATUS_LABELS } from '../labels.js';
import type { StepDates } from './formalities.js';
import { dateOfDayNumber, dayNumber, stepDeadline, workingDaysBetween, type WorkCalendar } from './workdays.js';

// The timing of pre-construction formalities (前期手续) against the statutory limits in working
// days, the approving units' queues, the whole chain against the reform target, and the
// compliance rule for a project started without a construction permit. The steps' life is in
// formalities.ts.

// ---- Time limits --------------------------------------------------------------------------------

export type FormalityStepFacts = StepDates & { status: FormalityStepStatus; limitWorkingDays: number };

export type StepTiming = {
  /** Accepted and not yet decided: the approving unit's clock runs. */
  running: boolean;
  /** The last day of the limit (stepDeadline); null without an acceptance date. */
  deadline: string | null;
  /** Working days used: after acceptance through the decision, or through today while running. */
  elapsedWorkingDays: number | null;
  /** While running: limit − elapsed (0 on the deadline, negative when overdue). */
  daysLeft: number | null;
  /** While running and past the deadline. */
  overdue: boolean;
  overdueWorkingDays: number;
  /** Decided after the deadline; null when not decided or without an acceptance date. */
  decidedLate: boolean | null;
  /** Submitted and not yet accepted: working days since submission (the clock has not started). */
  waitingWorkingDays: number | null;
};

/**
 * The timing of one step as of `today`. Elapsed = workingDaysBetween(acceptedOn, decidedOn or
 * today): the day of acceptance is not counted, the last day is. Overdue while elapsed > limit,
 * i.e. from the first working day after the deadline. A date after today counts as today.
 */
export function stepTiming(step: FormalityStepFacts, today: string, calendar: WorkCalendar): StepTiming {
  const none: StepTiming = {
    running: false,
    deadline: null,
    elapsedWorkingDays: null,
    daysLeft: null,
    overdue: false,
    overdueWorkingDays: 0,
    decidedLate: null,
    waitingWorkingDays: null,
  };
  const upTo = (d: string) => (d > today ? today : d);
  if (step.status === 'submitted' && step.submittedOn !== null)
    return { ...none, waitingWorkingDays: Math.max(0, workingDaysBetween(upTo(step.submittedOn), today, calendar)) };
  const counted = step.status === 'accepted' || step.status === 'approved' || step.status === 'rejected';
  if (!counted || step.acceptedOn === null) return none;
  const deadline = stepDeadline(step.acceptedOn, step.limitWorkingDays, calendar);
  const running = step.status === 'accepted';
  const end = running ? today : step.decidedOn;
  if (end === null) return { ...none, deadline };
  const elapsed = Math.max(0, workingDaysBetween(upTo(step.acceptedOn), upTo(end), calendar));
  if (running) {
    const daysLeft = step.limitWorkingDays - elapsed;
    return {
      ...none,
      running,
      deadline,
      elapsedWorkingDays: elapsed,
      daysLeft,
      overdue: daysLeft < 0,
      overdueWorkingDays: Math.max(0, -daysLeft),
    };
  }
  return { ...none, deadline, elapsedWorkingDays: elapsed, decidedLate: end > deadline };
}

/** The approving unit's queue: its steps submitted or accepted, most urgent first. */
export function approverQueue<T extends FormalityStepFacts>(
  steps: readonly T[],
  today: string,
  calendar: WorkCalendar,
): { step: T; timing: StepTiming }[] {
  return steps
    .filter((s) => s.status === 'submitted' || s.status === 'accepted')
    .map((step) => ({ step, timing: stepTiming(step, today, calendar) }))
    .sort((a, b) => {
      // Running clocks first, fewest days left first (the most overdue on top); then applications
      // waiting for acceptance, longest waiting first. Array.prototype.sort is stable for the rest.
      const ra = a.timing.running ? 0 : 1;
      const rb = b.timing.running ? 0 : 1;
      if (ra !== rb) return ra - rb;
      if (ra === 0) return (a.timing.daysLeft ?? 0) - (b.timing.daysLeft ?? 0);
      return (b.timing.waitingWorkingDays ?? 0) - (a.timing.waitingWorkingDays ?? 0);
    });
}

/** The reform target for the whole approval chain (domain.md): 120 working days. */
export const DEFAULT_CHAIN_TARGET_WORKING_DAYS = 120;

export type ChainTiming = {
  /**
   * Working days on which at least one step was with an approving unit: the union of the steps'
   * (acceptedOn, decidedOn or today] spans. Steps handled in parallel count once; the applicant's
   * own time between steps does not count. This is compared with the target.
   */
  workingDays: number;
  /** Σ of each step's elapsed working days (parallel steps counted each). */
  stepWorkingDaysSum: number;
  /** Σ of the limits of the steps that are needed: what the chain allows by statute. */
  limitWorkingDaysSum: number;
  targetWorkingDays: number;
  /** target − workingDays; negative when over. */
  remainingWorkingDays: number;
  overTarget: boolean;
  /** Every step approved or not needed (and at least one step). */
  complete: boolean;
  /** Steps submitted or accepted. */
  pendingSteps: number;
  overdueSteps: number;
};

export function chainTiming(
  steps: readonly FormalityStepFacts[],
  today: string,
  calendar: WorkCalendar,
  targetWorkingDays: number = DEFAULT_CHAIN_TARGET_WORKING_DAYS,
): ChainTiming {
  const spans: [number, number][] = [];
  let stepSum = 0;
  let limitSum = 0;
  let pending = 0;
  let overdue = 0;
  for (const s of steps) {
    if (s.status !== 'not_needed') limitSum += s.limitWorkingDays;
    if (s.status === 'submitted' || s.status === 'accepted') pending++;
    const t = stepTiming(s, today, calendar);
    if (t.overdue) overdue++;
    if (t.elapsedWorkingDays === null || s.acceptedOn === null) continue;
    stepSum += t.elapsedWorkingDays;
    const start = dayNumber(s.acceptedOn > today ? today : s.acceptedOn);
    const endDate = t.running ? today : (s.decidedOn ?? today);
    const end = dayNumber(endDate > today ? today : endDate);
    if (end > start) spans.push([start, end]);
  }
  // Merge the (start, end] spans, then count the working days of each merged span.
  spans.sort((a, b) => a[0] - b[0]);
  let workingDays = 0;
  let current: [number, number] | null = null;
  const flush = (span: [number, number]) => {
    workingDays += workingDaysBetween(dateOfDayNumber(span[0]), dateOfDayNumber(span[1]), calendar);
  };
  for (const span of spans) {
    if (current !== null && span[0] <= current[1]) current = [current[0], Math.max(current[1], span[1])];
    else {
      if (current !== null) flush(current);
      current = [span[0], span[1]];
    }
  }
  if (current !== null) flush(current);
  return {
    workingDays,
    stepWorkingDaysSum: stepSum,
    limitWorkingDaysSum: limitSum,
    targetWorkingDays,
    remainingWorkingDays: targetWorkingDays - workingDays,
    overTarget: workingDays > targetWorkingDays,
    complete: steps.length > 0 && steps.every((s) => s.status === 'approved' || s.status === 'not_needed'),
    pendingSteps: pending,
    overdueSteps: overdue,
  };
}

// ---- Compliance: started without a construction permit ------------------------------------------

export type PermitCompliance = {
  /** Red (compliance) for the warning light: reported as started and no construction permit. */
  violation: boolean;
  reason: {
    code: 'no_permit_step' | 'permit_not_approved';
    /** The permit step's status, for 'permit_not_approved'. */
    stepStatus: FormalityStepStatus | null;
    text: { 'zh-CN': string; 'en-US': string };
  } | null;
};

/**
 * A project reported as started needs its construction permit step (isConstructionPermit) approved,
 * or waived as not needed (small works below the permit threshold); with several permit steps
 * (permits by section) one approved is enough. Not started: never a violation.
 * A project whose checklist has no permit step at all has not recorded its formalities yet: by
 * default that is not a violation (the lights would otherwise turn every project started before the
 * checklists existed red); `requirePermitStep` makes it one, with the reason 'no_permit_step'.
 */
export function permitCompliance(
  started: boolean,
  steps: readonly { status: FormalityStepStatus; isConstructionPermit: boolean }[],
  options: { requirePermitStep?: boolean } = {},
): PermitCompliance {
  if (!started) return { violation: false, reason: null };
  const permits = steps.filter((s) => s.isConstructionPermit);
  if (permits.some((s) => s.status === 'approved' || s.status === 'not_needed'))
    return { violation: false, reason: null };
  const first = permits[0];
  if (!first && !options.requirePermitStep) return { violation: false, reason: null };
  if (!first)
    return {
      violation: true,
      reason: {
        code: 'no_permit_step',
        stepStatus: null,
        text: {
          'zh-CN': '已报开工，但前期手续中没有施工许可证',
          'en-US': 'Reported as started, but no construction permit is among its formalities',
        },
      },
    };
  const label = FORMALITY_STEP_STATUS_LABELS[first.status];
  return {
    violation: true,
    reason: {
      code: 'permit_not_approved',
      stepStatus: first.status,
      text: {
        'zh-CN': `已报开工，但施工许可证尚未取得（当前：${label['zh-CN']}）`,
        'en-US': `Reported as started, but the construction permit is not granted (now: ${label['en-US'].toLowerCase()})`,
      },
    },
  };
}
