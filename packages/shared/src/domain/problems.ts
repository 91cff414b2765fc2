import { PROBLEM_ACTIONS, type ProblemAction, type ProblemCapacity, type ProblemStatus } from '../enums.js';
import { applyTransition, allowedTransitions, type TransitionResult, type TransitionRules } from './transitions.js';
import { dayNumber } from './workdays.js';

// Problems (问题清单): who may do what, when a problem is overdue and whom it escalates to, and the
// figures of a unit's problem work. Dates are civil dates 'YYYY-MM-DD' in the district's time zone;
// `today` is localDate(now, districtTimeZone) from periods.ts. Days here are calendar days.
//
// The life of a problem:
//   open → assigned                   the office assigns (交办): lead unit, helping units, due date
//   assigned | reopened → in_progress a unit posts progress
//   assigned | in_progress | reopened → solved        the lead unit
//   solved → closed                   the raiser or the office verifies (销号)
//   solved → reopened                 the raiser or the office, with a reason
//   closed → reopened                 the office only, with a reason
//   assigned | in_progress | reopened → assigned      the office reassigns
//
// Who (capacities are relative to one problem; one person may hold several):
//   office       assigns and reassigns (交办), edits, closes, reopens (also a closed problem), flags
//                for the coordination meeting
//   raiser       edits while still open, verifies: closes (销号) or reopens a solved problem
//   lead_unit    posts progress, marks solved
//   helper_unit  posts progress only: it cannot mark solved, close or assign
//   lead_leader  flags for the coordination meeting, comments
//   owner        comments (it raises problems as a raiser; it never assigns)
//   supervisor   comments
// Everyone involved may comment until the problem is closed.

/** The statuses in which the lead unit owes work and the due date runs. */
export const PENDING_PROBLEM_STATUSES: readonly ProblemStatus[] = ['assigned', 'in_progress', 'reopened'];

const WORKING: ProblemStatus[] = ['assigned', 'in_progress', 'reopened'];
const NOT_CLOSED: ProblemStatus[] = ['open', 'assigned', 'in_progress', 'solved', 'reopened'];
const EVERYONE: ProblemCapacity[] = [
  'raiser',
  'office',
  'lead_unit',
  'helper_unit',
  'lead_leader',
  'owner',
  'supervisor',
];

export const PROBLEM_RULES: TransitionRules<ProblemStatus, ProblemCapacity, ProblemAction> = {
  edit: [
    { from: ['open'], by: ['raiser', 'office'], to: null },
    { from: ['assigned', 'in_progress', 'solved', 'reopened'], by: ['office'], to: null },
  ],
  assign: [{ from: ['open', ...WORKING], by: ['office'], to: 'assigned' }],
  progress: [{ from: WORKING, by: ['lead_unit', 'helper_unit'], to: 'in_progress' }],
  solve: [{ from: WORKING, by: ['lead_unit'], to: 'solved' }],
  close: [{ from: ['solved'], by: ['raiser', 'office'], to: 'closed' }],
  reopen: [
    { from: ['solved'], by: ['raiser', 'office'], to: 'reopened', reasonRequired: true },
    { from: ['closed'], by: ['office'], to: 'reopened', reasonRequired: true },
  ],
  comment: [{ from: NOT_CLOSED, by: EVERYONE, to: null }],
  flag_for_meeting: [{ from: ['open', ...WORKING], by: ['office', 'lead_leader'], to: null }],
  unflag_for_meeting: [{ from: NOT_CLOSED, by: ['office', 'lead_leader'], to: null }],
};

/**
 * The next status after an action, or why it is refused (TRANSITION_REFUSAL_ERRORS maps the
 * refusal to an error code). `reopen` needs a non-blank reason. `changed` is false for actions that
 * keep the status (edit, comment, progress on a problem already in progress, flags).
 */
export function problemTransition(
  status: ProblemStatus,
  action: ProblemAction,
  capacities: readonly ProblemCapacity[],
  reason?: string | null,
): TransitionResult<ProblemStatus> {
  return applyTransition(PROBLEM_RULES, status, action, capacities, reason);
}

/** The actions open to this person now, in PROBLEM_ACTIONS order (the detail page's buttons). */
export function allowedProblemActions(status: ProblemStatus, capacities: readonly ProblemCapacity[]): ProblemAction[] {
  return allowedTransitions(PROBLEM_RULES, PROBLEM_ACTIONS, status, capacities);
}

/**
 * Who the person is. `unitId` is the unit the person acts for (a unit or owner user's unit);
 * `office` is true for the district's project office and administrators (as canManage);
 * `supervisor` for the supervision office.
 */
export type ProblemActor = { userId: string; unitId: string | null; office: boolean; supervisor: boolean };

/** Who is who on one problem. */
export type ProblemParties = {
  raisedBy: string;
  /** The unit the raiser acted for: its people stand in for the raiser (staff change). Optional. */
  raisedByUnitId?: string | null;
  leadUnitId: string | null;
  helperUnitIds: readonly string[];
  /** The project's lead leader and owner unit. */
  leadLeaderId: string | null;
  ownerUnitId: string | null;
};

/** The capacities of a person on a problem, in PROBLEM_CAPACITIES order; empty = not involved. */
export function problemCapacities(actor: ProblemActor, p: ProblemParties): ProblemCapacity[] {
  const out: ProblemCapacity[] = [];
  const unit = actor.unitId;
  if (actor.userId === p.raisedBy || (unit !== null && p.raisedByUnitId != null && unit === p.raisedByUnitId))
    out.push('raiser');
  if (actor.office) out.push('office');
  if (unit !== null && unit === p.leadUnitId) out.push('lead_unit');
  else if (unit !== null && p.helperUnitIds.includes(unit)) out.push('helper_unit');
  if (p.leadLeaderId !== null && actor.userId === p.leadLeaderId) out.push('lead_leader');
  if (unit !== null && unit === p.ownerUnitId) out.push('owner');
  if (actor.supervisor) out.push('supervisor');
  return out;
}

// ---- Due dates and escalation -------------------------------------------------------------------

export type ProblemDue = { status: ProblemStatus; dueDate: string | null };

/**
 * Calendar days past the due date while the lead unit owes work (assigned, in progress, reopened):
 * 0 on the due date itself, 1 the day after. Open (not yet assigned), solved and closed problems
 * are never overdue: a solved problem waits on its raiser, not on the unit.
 */
export function problemDaysOverdue(p: ProblemDue, today: string): number {
  if (p.dueDate === null || !PENDING_PROBLEM_STATUSES.includes(p.status)) return 0;
  return Math.max(0, dayNumber(today) - dayNumber(p.dueDate));
}

export function isProblemOverdue(p: ProblemDue, today: string): boolean {
  return problemDaysOverdue(p, today) > 0;
}

/**
 * When an overdue problem goes up: to the project's lead leader once more than `leaderAboveDays`
 * days overdue, to the office's escalation list once more than `listAboveDays`. domain.md names the
 * two steps but not their days; the defaults follow its light rule for problems past their due date
 * (yellow from the first day, red above 15 days): the leader hears on day 1, the list on day 16.
 */
export type EscalationRules = { leaderAboveDays: number; listAboveDays: number };
export const DEFAULT_ESCALATION_RULES: EscalationRules = { leaderAboveDays: 0, listAboveDays: 15 };

/** 0 none, 1 the lead leader, 2 the office's escalation list (the problems.escalation_level column). */
export type EscalationLevel = 0 | 1 | 2;

export function escalationLevel(
  p: ProblemDue,
  today: string,
  rules: EscalationRules = DEFAULT_ESCALATION_RULES,
): EscalationLevel {
  const days = problemDaysOverdue(p, today);
  if (days > rules.listAboveDays) return 2;
  if (days > rules.leaderAboveDays) return 1;
  return 0;
}

/** Checks a configuration before it is saved; messages are codes, as for the light rules. */
export function validateEscalationRules(r: EscalationRules): { field: keyof EscalationRules; message: string }[] {
  const issues: { field: keyof EscalationRules; message: string }[] = [];
  if (!Number.isInteger(r.leaderAboveDays) || r.leaderAboveDays < 0)
    issues.push({ field: 'leaderAboveDays', message: 'rule_whole_min_0' });
  if (!Number.isInteger(r.listAboveDays) || r.listAboveDays <= r.leaderAboveDays)
    issues.push({ field: 'listAboveDays', message: 'rule_list_above_leader' });
  return issues;
}

/**
 * What the escalation job does with a problem: store `level`, and notify each level in `notify`
 * (the levels newly reached, lowest first; a problem found 20 days overdue on the job's first run
 * notifies both). A level that falls (the due date was moved, the problem solved) is stored
 * without notice, so reaching it again notifies again. When the project has no lead leader the
 * server may send level 1 to the escalation list instead.
 */
export function escalationStep(
  storedLevel: number,
  level: EscalationLevel,
): { level: EscalationLevel; notify: (1 | 2)[] } {
  const notify: (1 | 2)[] = [];
  for (const l of [1, 2] as const) if (l > storedLevel && l <= level) notify.push(l);
  return { level, notify };
}

// ---- Age and closure figures --------------------------------------------------------------------

/** Calendar days since the problem was raised, until it was closed or until today; 0 on the day raised. */
export function problemAgeDays(raisedOn: string, today: string, closedOn: string | null = null): number {
  return dayNumber(closedOn ?? today) - dayNumber(raisedOn);
}

/** What the unit figures need of one problem. Dates are district-local. */
export type ProblemClosureFacts = {
  leadUnitId: string | null;
  status: ProblemStatus;
  dueDate: string | null;
  /** The day it was (last) assigned to its lead unit. */
  assignedOn: string | null;
  closedOn: string | null;
};

/**
 * Sums over the problems of one lead unit (the server may compute them in SQL by the same rules):
 *  assigned         problems with this lead unit (whatever their status);
 *  closed           of those, closed (销号);
 *  daysToCloseSum   Σ (closedOn − assignedOn) in calendar days over the closed ones with both dates,
 *  daysToCloseCount how many those are;
 *  overdue          open work past its due date (problemDaysOverdue > 0).
 */
export type ClosureSums = {
  assigned: number;
  closed: number;
  daysToCloseSum: number;
  daysToCloseCount: number;
  overdue: number;
};

export const ZERO_CLOSURE_SUMS: ClosureSums = {
  assigned: 0,
  closed: 0,
  daysToCloseSum: 0,
  daysToCloseCount: 0,
  overdue: 0,
};

export function addClosureSums(a: ClosureSums, b: ClosureSums): ClosureSums {
  return {
    assigned: a.assigned + b.assigned,
    closed: a.closed + b.closed,
    daysToCloseSum: a.daysToCloseSum + b.daysToCloseSum,
    daysToCloseCount: a.daysToCloseCount + b.daysToCloseCount,
    overdue: a.overdue + b.overdue,
  };
}

/** The sums of one problem: add them up per unit (or per anything) with addClosureSums. */
export function closureSumsOf(p: ProblemClosureFacts, today: string): ClosureSums {
  if (p.leadUnitId === null) return ZERO_CLOSURE_SUMS;
  const closed = p.status === 'closed';
  const days =
    closed && p.assignedOn !== null && p.closedOn !== null ? dayNumber(p.closedOn) - dayNumber(p.assignedOn) : null;
  return {
    assigned: 1,
    closed: closed ? 1 : 0,
    daysToCloseSum: days ?? 0,
    daysToCloseCount: days === null ? 0 : 1,
    overdue: isProblemOverdue(p, today) ? 1 : 0,
  };
}

/** Closure rate = closed ÷ assigned; average days to close = daysToCloseSum ÷ daysToCloseCount. */
export function closureFigures(s: ClosureSums): { closureRate: number | null; averageDaysToClose: number | null } {
  return {
    closureRate: s.assigned === 0 ? null : s.closed / s.assigned,
    averageDaysToClose: s.daysToCloseCount === 0 ? null : s.daysToCloseSum / s.daysToCloseCount,
  };
}

export type UnitProblemStats = ClosureSums & {
  unitId: string;
  closureRate: number | null;
  averageDaysToClose: number | null;
};

/** Per lead unit, sorted by unit id (the caller names and orders them). Unassigned problems are left out. */
export function problemStatsByUnit(problems: readonly ProblemClosureFacts[], today: string): UnitProblemStats[] {
  const byUnit = new Map<string, ClosureSums>();
  for (const p of problems) {
    if (p.leadUnitId === null) continue;
    byUnit.set(p.leadUnitId, addClosureSums(byUnit.get(p.leadUnitId) ?? ZERO_CLOSURE_SUMS, closureSumsOf(p, today)));
  }
  return [...byUnit.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([unitId, sums]) => ({ unitId, ...sums, ...closureFigures(sums) }));
}
