import { describe, expect, it } from 'vitest';
import {
  approverQueue,
  chainTiming,
  permitCompliance,
  stepTiming,
  type FormalityStepFacts,
} from './formality-timing.js';
import { HOLIDAYS_2026 } from './holidays-2026.js';
import { workCalendar } from './workdays.js';

// The official 2026 calendar: 清明 4–6 Apr (Sat–Mon), 中秋 25–27 Sep, 国庆 1–7 Oct with make-up
// Sun 20 Sep and Sat 10 Oct; 春节 15–23 Feb with make-up Sat 14 and Sat 28 Feb.
const cal = workCalendar(HOLIDAYS_2026);
const step = (over: Partial<FormalityStepFacts>): FormalityStepFacts => ({
  status: 'not_started',
  limitWorkingDays: 20,
  submittedOn: null,
  acceptedOn: null,
  decidedOn: null,
  ...over,
});

describe('step timing against the statutory limit', () => {
  const running = step({
    status: 'accepted',
    submittedOn: '2026-09-16',
    acceptedOn: '2026-09-18',
    limitWorkingDays: 20,
  });

  it('counts working days from the day after acceptance across 中秋 and 国庆', () => {
    // (18 Sep, 9 Oct]: Sun 20 make-up #1, 21–24 #2–#5, 28–30 #6–#8, 8 Oct #9, 9 Oct #10 → 10 used, 10 left.
    expect(stepTiming(running, '2026-10-09', cal)).toEqual({
      running: true,
      deadline: '2026-10-22',
      elapsedWorkingDays: 10,
      daysLeft: 10,
      overdue: false,
      overdueWorkingDays: 0,
      decidedLate: null,
      waitingWorkingDays: null,
    });
    // On the acceptance day itself nothing is used yet.
    expect(stepTiming(running, '2026-09-18', cal)).toMatchObject({ elapsedWorkingDays: 0, daysLeft: 20 });
  });

  it('is due on the deadline and overdue from the next working day', () => {
    expect(stepTiming(running, '2026-10-22', cal)).toMatchObject({
      elapsedWorkingDays: 20,
      daysLeft: 0,
      overdue: false,
    });
    expect(stepTiming(running, '2026-10-23', cal)).toMatchObject({
      elapsedWorkingDays: 21,
      daysLeft: -1,
      overdue: true,
      overdueWorkingDays: 1,
    });
    // Saturday 24 Oct is no working day: still 1 over.
    expect(stepTiming(running, '2026-10-24', cal)).toMatchObject({ daysLeft: -1, overdueWorkingDays: 1 });
  });

  it('stops the clock at the decision and says whether it came late', () => {
    // Accepted Thu 12 Feb, limit 5: 13 Feb #1, Sat 14 make-up #2, 24 #3, 25 #4, 26 #5 → deadline 26 Feb.
    const decided = step({
      status: 'approved',
      acceptedOn: '2026-02-12',
      decidedOn: '2026-02-26',
      limitWorkingDays: 5,
    });
    expect(stepTiming(decided, '2026-06-01', cal)).toMatchObject({
      running: false,
      deadline: '2026-02-26',
      elapsedWorkingDays: 5,
      daysLeft: null,
      overdue: false,
      decidedLate: false,
    });
    expect(stepTiming({ ...decided, decidedOn: '2026-02-27' }, '2026-06-01', cal)).toMatchObject({
      elapsedWorkingDays: 6,
      decidedLate: true,
    });
    // A rejection is timed the same way.
    expect(stepTiming({ ...decided, status: 'rejected' }, '2026-06-01', cal)).toMatchObject({ elapsedWorkingDays: 5 });
  });

  it('shows how long an application waits for acceptance, without a clock', () => {
    // Submitted Wed 30 Sep; (30 Sep, 9 Oct] has 8 and 9 Oct → 2 working days waiting.
    const waiting = step({ status: 'submitted', submittedOn: '2026-09-30' });
    expect(stepTiming(waiting, '2026-10-09', cal)).toMatchObject({
      running: false,
      deadline: null,
      waitingWorkingDays: 2,
    });
    expect(stepTiming(step({}), '2026-10-09', cal)).toMatchObject({ running: false, elapsedWorkingDays: null });
    expect(stepTiming(step({ status: 'not_needed' }), '2026-10-09', cal).deadline).toBeNull();
  });

  it('puts the approving unit’s most urgent steps first', () => {
    // As of Mon 12 Oct. (18 Sep, 12 Oct] = 10 by 9 Oct (above) + Sat 10 Oct make-up + Mon 12 Oct = 12 used.
    const queue = approverQueue(
      [
        { id: 'waiting-4', ...step({ status: 'submitted', submittedOn: '2026-09-30' }) },
        { id: 'five-left', ...step({ status: 'accepted', acceptedOn: '2026-10-12', limitWorkingDays: 5 }) }, // 0 used
        { id: 'done', ...step({ status: 'approved', acceptedOn: '2026-09-18', decidedOn: '2026-09-30' }) },
        { id: 'eight-left', ...step({ status: 'accepted', acceptedOn: '2026-09-18', limitWorkingDays: 20 }) }, // 20 − 12
        { id: 'late', ...step({ status: 'accepted', acceptedOn: '2026-09-18', limitWorkingDays: 10 }) }, // 10 − 12
        { id: 'waiting-9', ...step({ status: 'submitted', submittedOn: '2026-09-22' }) },
      ],
      '2026-10-12',
      cal,
    );
    // Waiting: (22 Sep, 12 Oct] = 23, 24, 28, 29, 30 Sep, 8, 9, 10, 12 Oct = 9; (30 Sep, 12 Oct] = 8, 9, 10, 12 = 4.
    expect(queue.map((q) => [q.step.id, q.timing.running ? q.timing.daysLeft : q.timing.waitingWorkingDays])).toEqual([
      ['late', -2],
      ['five-left', 5],
      ['eight-left', 8],
      ['waiting-9', 9],
      ['waiting-4', 4],
    ]);
  });
});

describe('the whole chain against the reform target', () => {
  // Dates in 2026. Mondays: 2, 9, 16, 23, 30 Mar; 6 (清明, off), 13, 20, 27 Apr.
  const steps: FormalityStepFacts[] = [
    // Proposal: (2 Mar, 13 Mar] = 3–6 (4) + 9–13 (5) = 9.
    step({ status: 'approved', submittedOn: '2026-03-02', acceptedOn: '2026-03-02', decidedOn: '2026-03-13' }),
    // Feasibility: (18 Mar, 10 Apr] = 19–20 (2) + 23–27 (5) + 30 Mar–3 Apr (5) + 7–10 (4) = 16.
    step({ status: 'approved', submittedOn: '2026-03-16', acceptedOn: '2026-03-18', decidedOn: '2026-04-10' }),
    // Land pre-review, in parallel: (23 Mar, 17 Apr] = 24–27 (4) + 30 Mar–3 Apr (5) + 7–10 (4) + 13–17 (5) = 18.
    step({ status: 'approved', submittedOn: '2026-03-23', acceptedOn: '2026-03-23', decidedOn: '2026-04-17' }),
    // Construction permit, limit 7, still pending on 30 Apr: (20 Apr, 30 Apr] = 21–24 (4) + 27–30 (4) = 8.
    step({ status: 'accepted', submittedOn: '2026-04-20', acceptedOn: '2026-04-20', limitWorkingDays: 7 }),
    step({ status: 'not_needed', limitWorkingDays: 15 }),
    step({ status: 'not_started', limitWorkingDays: 30 }),
  ];

  it('counts parallel steps once and leaves out the applicant’s own time', () => {
    // Union: (2 Mar, 13 Mar] 9 + (18 Mar, 17 Apr] (16 + 13–17 Apr 5 = 21) + (20 Apr, 30 Apr] 8 = 38.
    // Check: (2 Mar, 30 Apr] holds 42 working days; not counted are 16, 17, 18 Mar (between the
    // proposal and the feasibility study's acceptance) and 20 Apr (the permit's acceptance day): 42 − 4 = 38.
    expect(chainTiming(steps, '2026-04-30', cal)).toEqual({
      workingDays: 38,
      stepWorkingDaysSum: 51, // 9 + 16 + 18 + 8
      limitWorkingDaysSum: 97, // 20 + 20 + 20 + 7 + 30 (the waived step left out)
      targetWorkingDays: 120,
      remainingWorkingDays: 82,
      overTarget: false,
      complete: false,
      pendingSteps: 1,
      overdueSteps: 1, // the permit: deadline 29 Apr (21–24, 27, 28, 29), 8 used > 7
    });
  });

  it('reports a chain over its target and a complete chain', () => {
    expect(chainTiming(steps, '2026-04-30', cal, 30)).toMatchObject({ remainingWorkingDays: -8, overTarget: true });
    const done = steps
      .map((s) => (s.status === 'accepted' ? { ...s, status: 'approved' as const, decidedOn: '2026-04-29' } : s))
      .filter((s) => s.status !== 'not_started');
    // The permit decided 29 Apr: (20 Apr, 29 Apr] = 7 → 9 + 21 + 7 = 37.
    expect(chainTiming(done, '2026-05-20', cal)).toMatchObject({ workingDays: 37, complete: true, pendingSteps: 0 });
    expect(chainTiming([], '2026-05-20', cal)).toMatchObject({ workingDays: 0, complete: false });
  });
});

describe('compliance: started without a construction permit', () => {
  const permit = (status: FormalityStepFacts['status']) => ({ status, isConstructionPermit: true });
  const other = { status: 'approved' as const, isConstructionPermit: false };

  it('is fine when not started, or when the permit is approved or not needed', () => {
    expect(permitCompliance(false, [])).toEqual({ violation: false, reason: null });
    expect(permitCompliance(true, [other, permit('approved')])).toEqual({ violation: false, reason: null });
    expect(permitCompliance(true, [permit('not_needed')])).toEqual({ violation: false, reason: null });
    expect(permitCompliance(true, [permit('rejected'), permit('approved')]).violation).toBe(false);
  });

  it('is red with the reason otherwise', () => {
    expect(permitCompliance(true, [other, permit('accepted')])).toEqual({
      violation: true,
      reason: {
        code: 'permit_not_approved',
        stepStatus: 'accepted',
        text: {
          'zh-CN': '已报开工，但施工许可证尚未取得（当前：已受理）',
          'en-US': 'Reported as started, but the construction permit is not granted (now: accepted)',
        },
      },
    });
    // No permit step in the checklist: formalities not recorded yet, no violation unless required.
    expect(permitCompliance(true, [other])).toEqual({ violation: false, reason: null });
    expect(permitCompliance(true, [], { requirePermitStep: true })).toMatchObject({
      violation: true,
      reason: { code: 'no_permit_step', stepStatus: null },
    });
  });
});
