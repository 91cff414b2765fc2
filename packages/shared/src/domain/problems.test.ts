import { describe, expect, it } from 'vitest';
import type { ProblemCapacity } from '../enums.js';
import { localDate } from './periods.js';
import {
  DEFAULT_ESCALATION_RULES,
  allowedProblemActions,
  closureFigures,
  escalationLevel,
  escalationStep,
  isProblemOverdue,
  problemAgeDays,
  problemCapacities,
  problemDaysOverdue,
  problemStatsByUnit,
  problemTransition,
  validateEscalationRules,
  type ProblemClosureFacts,
} from './problems.js';
import { TRANSITION_REFUSAL_ERRORS } from './transitions.js';

const SH = 'Asia/Shanghai';
const as = (...c: ProblemCapacity[]) => c;

describe('problem state machine', () => {
  it('walks the happy path: assign, progress, solve, close', () => {
    expect(problemTransition('open', 'assign', as('office'))).toEqual({ ok: true, status: 'assigned', changed: true });
    expect(problemTransition('assigned', 'progress', as('helper_unit'))).toEqual({
      ok: true,
      status: 'in_progress',
      changed: true,
    });
    expect(problemTransition('in_progress', 'progress', as('lead_unit'))).toEqual({
      ok: true,
      status: 'in_progress',
      changed: false,
    });
    expect(problemTransition('in_progress', 'solve', as('lead_unit'))).toMatchObject({ ok: true, status: 'solved' });
    expect(problemTransition('solved', 'close', as('raiser'))).toMatchObject({ ok: true, status: 'closed' });
    expect(problemTransition('solved', 'close', as('office'))).toMatchObject({ ok: true, status: 'closed' });
  });

  it('lets the lead unit solve straight from assigned and from reopened', () => {
    expect(problemTransition('assigned', 'solve', as('lead_unit'))).toMatchObject({ ok: true, status: 'solved' });
    expect(problemTransition('reopened', 'solve', as('lead_unit'))).toMatchObject({ ok: true, status: 'solved' });
  });

  it('refuses a helping unit to solve, close or assign', () => {
    expect(problemTransition('in_progress', 'solve', as('helper_unit'))).toEqual({ ok: false, refusal: 'not_allowed' });
    expect(problemTransition('solved', 'close', as('helper_unit'))).toEqual({ ok: false, refusal: 'not_allowed' });
    expect(problemTransition('open', 'assign', as('helper_unit'))).toEqual({ ok: false, refusal: 'not_allowed' });
  });

  it('refuses an owner to assign, and the lead unit to close its own work', () => {
    expect(problemTransition('open', 'assign', as('owner'))).toEqual({ ok: false, refusal: 'not_allowed' });
    // An owner who raised the problem is a raiser too: still no assigning.
    expect(problemTransition('open', 'assign', as('owner', 'raiser'))).toEqual({ ok: false, refusal: 'not_allowed' });
    expect(problemTransition('solved', 'close', as('lead_unit'))).toEqual({ ok: false, refusal: 'not_allowed' });
    expect(problemTransition('open', 'assign', as('lead_leader'))).toEqual({ ok: false, refusal: 'not_allowed' });
  });

  it('answers wrong_status when the action does not fit the status', () => {
    expect(problemTransition('open', 'close', as('office'))).toEqual({ ok: false, refusal: 'wrong_status' });
    expect(problemTransition('closed', 'assign', as('office'))).toEqual({ ok: false, refusal: 'wrong_status' });
    expect(problemTransition('solved', 'solve', as('lead_unit'))).toEqual({ ok: false, refusal: 'wrong_status' });
    expect(problemTransition('closed', 'comment', as('raiser'))).toEqual({ ok: false, refusal: 'wrong_status' });
  });

  it('reopens only with a reason; a closed problem only by the office', () => {
    expect(problemTransition('solved', 'reopen', as('raiser'))).toEqual({ ok: false, refusal: 'reason_required' });
    expect(problemTransition('solved', 'reopen', as('raiser'), '   ')).toEqual({
      ok: false,
      refusal: 'reason_required',
    });
    expect(problemTransition('solved', 'reopen', as('raiser'), '土地仍未交付')).toMatchObject({
      ok: true,
      status: 'reopened',
    });
    expect(problemTransition('closed', 'reopen', as('raiser'), '复发')).toEqual({ ok: false, refusal: 'not_allowed' });
    expect(problemTransition('closed', 'reopen', as('office'), '复发')).toMatchObject({ ok: true, status: 'reopened' });
    // A reopened problem goes back to work: progress, or reassignment by the office.
    expect(problemTransition('reopened', 'progress', as('lead_unit'))).toMatchObject({ status: 'in_progress' });
    expect(problemTransition('reopened', 'assign', as('office'))).toMatchObject({ status: 'assigned' });
  });

  it('reassigns: the office may move a problem in progress to another unit', () => {
    expect(problemTransition('in_progress', 'assign', as('office'))).toEqual({
      ok: true,
      status: 'assigned',
      changed: true,
    });
  });

  it('keeps the raiser editing only while the problem is open', () => {
    expect(problemTransition('open', 'edit', as('raiser'))).toEqual({ ok: true, status: 'open', changed: false });
    expect(problemTransition('assigned', 'edit', as('raiser'))).toEqual({ ok: false, refusal: 'not_allowed' });
    expect(problemTransition('assigned', 'edit', as('office'))).toMatchObject({ ok: true });
  });

  it('lists the buttons of each person', () => {
    expect(allowedProblemActions('open', as('owner', 'raiser'))).toEqual(['edit', 'comment']);
    expect(allowedProblemActions('open', as('office'))).toEqual([
      'edit',
      'assign',
      'comment',
      'flag_for_meeting',
      'unflag_for_meeting',
    ]);
    expect(allowedProblemActions('in_progress', as('helper_unit'))).toEqual(['progress', 'comment']);
    expect(allowedProblemActions('in_progress', as('lead_unit'))).toEqual(['progress', 'solve', 'comment']);
    expect(allowedProblemActions('solved', as('raiser'))).toEqual(['close', 'reopen', 'comment']);
    expect(allowedProblemActions('closed', as('raiser'))).toEqual([]);
    expect(allowedProblemActions('closed', as('office'))).toEqual(['reopen']);
    expect(allowedProblemActions('assigned', [])).toEqual([]);
  });

  it('maps refusals to error codes', () => {
    expect(TRANSITION_REFUSAL_ERRORS).toEqual({
      not_allowed: 'forbidden',
      wrong_status: 'conflict',
      reason_required: 'validation_failed',
    });
  });
});

describe('capacities on a problem', () => {
  const parties = {
    raisedBy: 'u-owner-1',
    raisedByUnitId: 'unit-owner',
    leadUnitId: 'unit-land',
    helperUnitIds: ['unit-env', 'unit-street'],
    leadLeaderId: 'u-leader',
    ownerUnitId: 'unit-owner',
  };
  const actor = (over: Partial<Parameters<typeof problemCapacities>[0]>) => ({
    userId: 'u-x',
    unitId: null,
    office: false,
    supervisor: false,
    ...over,
  });

  it('finds who is who', () => {
    expect(problemCapacities(actor({ userId: 'u-owner-1', unitId: 'unit-owner' }), parties)).toEqual([
      'raiser',
      'owner',
    ]);
    // A colleague of the raiser's unit stands in for the raiser.
    expect(problemCapacities(actor({ userId: 'u-owner-2', unitId: 'unit-owner' }), parties)).toEqual([
      'raiser',
      'owner',
    ]);
    expect(problemCapacities(actor({ unitId: 'unit-land' }), parties)).toEqual(['lead_unit']);
    expect(problemCapacities(actor({ unitId: 'unit-env' }), parties)).toEqual(['helper_unit']);
    expect(problemCapacities(actor({ userId: 'u-leader' }), parties)).toEqual(['lead_leader']);
    expect(problemCapacities(actor({ office: true }), parties)).toEqual(['office']);
    expect(problemCapacities(actor({ supervisor: true }), parties)).toEqual(['supervisor']);
    expect(problemCapacities(actor({ unitId: 'unit-other' }), parties)).toEqual([]);
  });

  it('never makes the lead unit a helper as well', () => {
    const odd = { ...parties, helperUnitIds: ['unit-land'] };
    expect(problemCapacities(actor({ unitId: 'unit-land' }), odd)).toEqual(['lead_unit']);
  });
});

describe('overdue and escalation', () => {
  const p = { status: 'in_progress' as const, dueDate: '2026-10-09' };

  it('counts calendar days past the due date, only while the unit owes work', () => {
    expect(problemDaysOverdue(p, '2026-10-09')).toBe(0); // the due date itself is on time
    expect(problemDaysOverdue(p, '2026-10-10')).toBe(1);
    expect(problemDaysOverdue(p, '2026-11-01')).toBe(23); // 22 days to 31 Oct, + 1
    expect(problemDaysOverdue(p, '2026-10-01')).toBe(0); // not yet due
    expect(problemDaysOverdue({ ...p, status: 'solved' }, '2026-11-01')).toBe(0);
    expect(problemDaysOverdue({ ...p, status: 'closed' }, '2026-11-01')).toBe(0);
    expect(problemDaysOverdue({ ...p, status: 'reopened' }, '2026-11-01')).toBe(23);
    expect(problemDaysOverdue({ status: 'open', dueDate: null }, '2026-11-01')).toBe(0);
    expect(isProblemOverdue(p, '2026-10-10')).toBe(true);
    expect(isProblemOverdue(p, '2026-10-09')).toBe(false);
  });

  it('escalates to the lead leader on day 1 and to the escalation list on day 16', () => {
    expect(DEFAULT_ESCALATION_RULES).toEqual({ leaderAboveDays: 0, listAboveDays: 15 });
    expect(escalationLevel(p, '2026-10-09')).toBe(0);
    expect(escalationLevel(p, '2026-10-10')).toBe(1); // 1 day overdue > 0
    expect(escalationLevel(p, '2026-10-24')).toBe(1); // 15 days overdue, not above 15
    expect(escalationLevel(p, '2026-10-25')).toBe(2); // 16 days overdue
    expect(escalationLevel(p, '2026-10-25', { leaderAboveDays: 3, listAboveDays: 30 })).toBe(1);
    expect(escalationLevel(p, '2026-10-12', { leaderAboveDays: 3, listAboveDays: 30 })).toBe(0); // 3 days
  });

  it('escalates at midnight in the district time zone, not in UTC', () => {
    const today = (iso: string) => localDate(new Date(iso), SH);
    // 15:59:59.999Z on 9 Oct = 23:59:59.999 on 9 Oct in Shanghai: the due date, level 0.
    expect(escalationLevel(p, today('2026-10-09T15:59:59.999Z'))).toBe(0);
    // 16:00Z on 9 Oct = 00:00 on 10 Oct in Shanghai: 1 day overdue, level 1 (still 9 Oct in UTC).
    expect(escalationLevel(p, today('2026-10-09T16:00:00Z'))).toBe(1);
    expect(escalationLevel(p, localDate(new Date('2026-10-09T16:00:00Z'), 'UTC'))).toBe(0);
    // 16 days overdue begins at 00:00 on 25 Oct Shanghai = 16:00Z on 24 Oct.
    expect(escalationLevel(p, today('2026-10-24T15:59:59.999Z'))).toBe(1);
    expect(escalationLevel(p, today('2026-10-24T16:00:00Z'))).toBe(2);
  });

  it('tells the job whom to notify', () => {
    expect(escalationStep(0, 1)).toEqual({ level: 1, notify: [1] });
    expect(escalationStep(1, 1)).toEqual({ level: 1, notify: [] });
    expect(escalationStep(1, 2)).toEqual({ level: 2, notify: [2] });
    expect(escalationStep(0, 2)).toEqual({ level: 2, notify: [1, 2] }); // the job missed a few days
    expect(escalationStep(2, 0)).toEqual({ level: 0, notify: [] }); // due date moved: quietly down
  });

  it('checks escalation settings', () => {
    expect(validateEscalationRules(DEFAULT_ESCALATION_RULES)).toEqual([]);
    expect(validateEscalationRules({ leaderAboveDays: -1, listAboveDays: 0.5 })).toEqual([
      { field: 'leaderAboveDays', message: 'rule_whole_min_0' },
      { field: 'listAboveDays', message: 'rule_list_above_leader' },
    ]);
    expect(validateEscalationRules({ leaderAboveDays: 5, listAboveDays: 5 })).toEqual([
      { field: 'listAboveDays', message: 'rule_list_above_leader' },
    ]);
  });
});

describe('age and closure figures', () => {
  it('ages a problem in calendar days', () => {
    expect(problemAgeDays('2026-09-28', '2026-09-28')).toBe(0);
    expect(problemAgeDays('2026-09-28', '2026-10-08')).toBe(10); // 2 days of September left + 8
    expect(problemAgeDays('2026-09-28', '2026-12-31', '2026-10-08')).toBe(10); // closed: the age stops
    expect(problemAgeDays('2028-02-28', '2028-03-01')).toBe(2); // through 29 Feb
  });

  it('computes closure rate and average days to close per unit as ratios of sums', () => {
    const today = '2026-11-30';
    const rows: ProblemClosureFacts[] = [
      // Land bureau: 4 assigned, 3 closed.
      { leadUnitId: 'land', status: 'closed', dueDate: '2026-10-31', assignedOn: '2026-10-01', closedOn: '2026-10-11' }, // 10 days
      { leadUnitId: 'land', status: 'closed', dueDate: '2026-10-31', assignedOn: '2026-10-01', closedOn: '2026-10-21' }, // 20 days
      { leadUnitId: 'land', status: 'closed', dueDate: '2026-10-31', assignedOn: '2026-10-30', closedOn: '2026-11-02' }, // 3 days
      { leadUnitId: 'land', status: 'in_progress', dueDate: '2026-11-15', assignedOn: '2026-11-01', closedOn: null }, // overdue 15
      // Environment bureau: 1 assigned, none closed, not overdue (solved, waiting for the raiser).
      { leadUnitId: 'env', status: 'solved', dueDate: '2026-11-01', assignedOn: '2026-10-20', closedOn: null },
      // Not assigned yet: no unit's figure.
      { leadUnitId: null, status: 'open', dueDate: null, assignedOn: null, closedOn: null },
    ];
    expect(problemStatsByUnit(rows, today)).toEqual([
      {
        unitId: 'env',
        assigned: 1,
        closed: 0,
        daysToCloseSum: 0,
        daysToCloseCount: 0,
        overdue: 0,
        closureRate: 0,
        averageDaysToClose: null,
      },
      {
        unitId: 'land',
        assigned: 4,
        closed: 3,
        // (10 + 20 + 3) = 33 days over 3 closed: 11 on average; 3 of 4 closed = 0.75.
        daysToCloseSum: 33,
        daysToCloseCount: 3,
        overdue: 1,
        closureRate: 0.75,
        averageDaysToClose: 11,
      },
    ]);
    expect(closureFigures({ assigned: 0, closed: 0, daysToCloseSum: 0, daysToCloseCount: 0, overdue: 0 })).toEqual({
      closureRate: null,
      averageDaysToClose: null,
    });
  });
});
