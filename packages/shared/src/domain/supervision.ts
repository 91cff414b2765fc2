import {
  SUPERVISION_ACTIONS,
  type FeedbackVerdict,
  type NoticeLevel,
  type SupervisionAction,
  type SupervisionStatus,
} from '../enums.js';
import { DEFAULT_TIME_ZONE, localDate } from './periods.js';
import { applyTransition, allowedTransitions, type TransitionResult, type TransitionRules } from './transitions.js';
import { dayNumber } from './workdays.js';

// Supervision items (督查督办): a meeting decision, a leader's instruction, a requirement from the
// city or the office's own, given to one unit with a due date. The unit reports in rounds; the
// supervision office accepts a round (the item is closed, 办结) or returns it with a reason (the
// unit reports again, in a new round).
//
//   open | returned → reported     the assignee unit reports (a new feedback round, verdict pending)
//   reported → closed              the supervision office accepts the round
//   reported → returned            the supervision office returns it, with a reason
//   closed → open                  the supervision office reopens, with a reason
//   edit (title, requirement, due date) by the supervision office until closed
//
// Dates are civil dates in the district's time zone; days are calendar days.

/** In what capacity a person acts on one item. */
export type SupervisionCapacity = 'assignee' | 'supervisor';

export const SUPERVISION_RULES: TransitionRules<SupervisionStatus, SupervisionCapacity, SupervisionAction> = {
  edit: [{ from: ['open', 'reported', 'returned'], by: ['supervisor'], to: null }],
  report: [{ from: ['open', 'returned'], by: ['assignee'], to: 'reported' }],
  accept: [{ from: ['reported'], by: ['supervisor'], to: 'closed' }],
  return: [{ from: ['reported'], by: ['supervisor'], to: 'returned', reasonRequired: true }],
  reopen: [{ from: ['closed'], by: ['supervisor'], to: 'open', reasonRequired: true }],
};

/** The next status after an action, or why it is refused (see transitions.ts). */
export function supervisionTransition(
  status: SupervisionStatus,
  action: SupervisionAction,
  capacities: readonly SupervisionCapacity[],
  reason?: string | null,
): TransitionResult<SupervisionStatus> {
  return applyTransition(SUPERVISION_RULES, status, action, capacities, reason);
}

export function allowedSupervisionActions(
  status: SupervisionStatus,
  capacities: readonly SupervisionCapacity[],
): SupervisionAction[] {
  return allowedTransitions(SUPERVISION_RULES, SUPERVISION_ACTIONS, status, capacities);
}

/**
 * `unitId`: the unit the person acts for; `supervisor`: the district's supervision office (the
 * server decides whether administrators count).
 */
export function supervisionCapacities(
  actor: { unitId: string | null; supervisor: boolean },
  item: { assigneeUnitId: string },
): SupervisionCapacity[] {
  const out: SupervisionCapacity[] = [];
  if (actor.unitId !== null && actor.unitId === item.assigneeUnitId) out.push('assignee');
  if (actor.supervisor) out.push('supervisor');
  return out;
}

/** The verdict a round gets from the office's action. */
export function feedbackVerdict(action: 'accept' | 'return'): FeedbackVerdict {
  return action === 'accept' ? 'accepted' : 'returned';
}

/** One feedback round as stored; reportedOn is the district-local date of the unit's report. */
export type FeedbackRound = { round: number; verdict: FeedbackVerdict; reportedOn: string };

/** The number of the next round: 1 for the first report, then one more than the highest. */
export function nextFeedbackRound(rounds: readonly Pick<FeedbackRound, 'round'>[]): number {
  return rounds.reduce((max, r) => Math.max(max, r.round), 0) + 1;
}

/**
 * When the unit finished a closed item: the report date of the accepted round (the latest, if a
 * reopened item was accepted twice). Null while the item is not closed. This, not the date of the
 * office's verdict, is compared with the due date for on-time closure (rankings.ts): the office's
 * own delay is not held against the unit.
 */
export function supervisionDoneOn(status: SupervisionStatus, rounds: readonly FeedbackRound[]): string | null {
  if (status !== 'closed') return null;
  let done: FeedbackRound | null = null;
  for (const r of rounds) if (r.verdict === 'accepted' && (done === null || r.round > done.round)) done = r;
  return done?.reportedOn ?? null;
}

// ---- Notices by due date ------------------------------------------------------------------------

/**
 * domain.md: "blue (due within 3 days), yellow (behind), red (overdue)". Precisely, for an item
 * waiting on its unit (open or returned), with daysLeft = dueDate − today in calendar days:
 *   red     daysLeft < 0: overdue (from the day after the due date);
 *   yellow  not overdue, and the unit's last report was returned (退回): the office found the work
 *           behind what was required, and nothing new has been reported since;
 *   blue    not overdue, not behind, and daysLeft ≤ blueWithinDays (3: due today, tomorrow, in 2
 *           or in 3 days);
 *   none    otherwise.
 * An item reported and waiting on the office's verdict, or closed, has no notice: the unit has
 * done its part (whether on time is judged from the report date, see supervisionDoneOn).
 */
export type NoticeRules = { blueWithinDays: number };
export const DEFAULT_NOTICE_RULES: NoticeRules = { blueWithinDays: 3 };

export type SupervisionNotice = {
  level: NoticeLevel | null;
  /** dueDate − today, negative when overdue. */
  daysLeft: number;
  /** max(0, −daysLeft). */
  daysOverdue: number;
};

export type SupervisionDue = { status: SupervisionStatus; dueDate: string };

export function supervisionNotice(
  item: SupervisionDue,
  today: string,
  rules: NoticeRules = DEFAULT_NOTICE_RULES,
): SupervisionNotice {
  const daysLeft = dayNumber(item.dueDate) - dayNumber(today);
  const daysOverdue = Math.max(0, -daysLeft);
  const waiting = item.status === 'open' || item.status === 'returned';
  let level: NoticeLevel | null = null;
  if (waiting) {
    if (daysLeft < 0) level = 'red';
    else if (item.status === 'returned') level = 'yellow';
    else if (daysLeft <= rules.blueWithinDays) level = 'blue';
  }
  return { level, daysLeft, daysOverdue };
}

/** The same at an instant: today is taken in the district's time zone. */
export function supervisionNoticeAt(
  item: SupervisionDue,
  now: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
  rules: NoticeRules = DEFAULT_NOTICE_RULES,
): SupervisionNotice {
  return supervisionNotice(item, localDate(now, timeZone), rules);
}

export function validateNoticeRules(r: NoticeRules): { field: keyof NoticeRules; message: string }[] {
  return Number.isInteger(r.blueWithinDays) && r.blueWithinDays >= 0
    ? []
    : [{ field: 'blueWithinDays', message: 'rule_whole_min_0' }];
}

/** The sentence of a notice, for lists and notifications; null when there is no notice. */
export function noticeText(n: SupervisionNotice): { 'zh-CN': string; 'en-US': string } | null {
  const days = (d: number) => `${d} day${d === 1 ? '' : 's'}`;
  switch (n.level) {
    case 'red':
      return { 'zh-CN': `已超期${n.daysOverdue}天未办结`, 'en-US': `Overdue by ${days(n.daysOverdue)}, not closed` };
    case 'yellow':
      return {
        'zh-CN': '反馈被退回，办理滞后',
        'en-US': 'Feedback returned: the work is behind',
      };
    case 'blue':
      return n.daysLeft === 0
        ? { 'zh-CN': '今天到期', 'en-US': 'Due today' }
        : { 'zh-CN': `距办理期限还有${n.daysLeft}天`, 'en-US': `Due in ${days(n.daysLeft)}` };
    default:
      return null;
  }
}
