import { FORMALITY_STEP_ACTIONS, type FormalityStepAction, type FormalityStepStatus } from '../enums.js';
import { applyTransition, allowedTransitions, type TransitionResult, type TransitionRules } from './transitions.js';
import { dayNumber } from './workdays.js';

// Pre-construction formalities (前期手续): the steps of a project's approval chain, each with the
// approving unit's statutory limit in working days, counted from the day after acceptance (受理)
// with the district's holiday calendar (workdays.ts). Dates are district-local 'YYYY-MM-DD'.
//
// Step life:
//   not_started | rejected → submitted     the owner (or the office) files the application
//   submitted → not_started                the owner withdraws it
//   submitted → accepted                   the approving unit accepts it (受理): the clock starts
//   submitted | accepted → approved        the approving unit approves (from submitted: accepted
//                                          and approved the same day, e.g. online filing)
//   submitted | accepted → rejected        the approving unit refuses, with a reason
//   not_started | submitted | rejected → not_needed   the office waives it, with a reason
//   not_needed → not_started               the office restores it

/** In what capacity a person acts on one step: the project's owner, the step's approving unit, the project office. */
export type FormalityCapacity = 'owner' | 'approver' | 'office';

export const FORMALITY_STEP_RULES: TransitionRules<FormalityStepStatus, FormalityCapacity, FormalityStepAction> = {
  submit: [{ from: ['not_started', 'rejected'], by: ['owner', 'office'], to: 'submitted' }],
  withdraw: [{ from: ['submitted'], by: ['owner', 'office'], to: 'not_started' }],
  accept: [{ from: ['submitted'], by: ['approver', 'office'], to: 'accepted' }],
  approve: [{ from: ['submitted', 'accepted'], by: ['approver', 'office'], to: 'approved' }],
  reject: [{ from: ['submitted', 'accepted'], by: ['approver', 'office'], to: 'rejected', reasonRequired: true }],
  waive: [{ from: ['not_started', 'submitted', 'rejected'], by: ['office'], to: 'not_needed', reasonRequired: true }],
  restore: [{ from: ['not_needed'], by: ['office'], to: 'not_started' }],
};

export function formalityStepTransition(
  status: FormalityStepStatus,
  action: FormalityStepAction,
  capacities: readonly FormalityCapacity[],
  reason?: string | null,
): TransitionResult<FormalityStepStatus> {
  return applyTransition(FORMALITY_STEP_RULES, status, action, capacities, reason);
}

export function allowedFormalityStepActions(
  status: FormalityStepStatus,
  capacities: readonly FormalityCapacity[],
): FormalityStepAction[] {
  return allowedTransitions(FORMALITY_STEP_RULES, FORMALITY_STEP_ACTIONS, status, capacities);
}

export type StepDates = { submittedOn: string | null; acceptedOn: string | null; decidedOn: string | null };

/**
 * The dates after an action taken on day `on`. A (re)submission starts afresh: a new application
 * has a new acceptance and a new clock. Approving straight from submitted sets the acceptance day
 * to the decision day. Withdrawing and restoring clear the dates.
 */
export function stepDatesAfter(action: FormalityStepAction, dates: StepDates, on: string): StepDates {
  dayNumber(on);
  switch (action) {
    case 'submit':
      return { submittedOn: on, acceptedOn: null, decidedOn: null };
    case 'accept':
      return { ...dates, acceptedOn: on, decidedOn: null };
    case 'approve':
      return { ...dates, acceptedOn: dates.acceptedOn ?? on, decidedOn: on };
    case 'reject':
      return { ...dates, decidedOn: on };
    case 'waive':
      return dates;
    case 'withdraw':
    case 'restore':
      return { submittedOn: null, acceptedOn: null, decidedOn: null };
  }
}

export type StepDateIssue = { field: keyof StepDates; message: 'date_required' | 'date_order' | 'date_in_future' };

/**
 * Dates a step of this status must have and their order: submitted ≤ accepted ≤ decided ≤ today.
 * Required: submitted and later need submittedOn; accepted and approved need acceptedOn; approved
 * and rejected need decidedOn (a rejection at intake has no acceptance).
 */
export function stepDateIssues(status: FormalityStepStatus, d: StepDates, today: string): StepDateIssue[] {
  const issues: StepDateIssue[] = [];
  const need = (field: keyof StepDates, when: FormalityStepStatus[]) => {
    if (when.includes(status) && d[field] === null) issues.push({ field, message: 'date_required' });
  };
  need('submittedOn', ['submitted', 'accepted', 'approved', 'rejected']);
  need('acceptedOn', ['accepted', 'approved']);
  need('decidedOn', ['approved', 'rejected']);
  const order: (keyof StepDates)[] = ['submittedOn', 'acceptedOn', 'decidedOn'];
  let previous: string | null = null;
  for (const field of order) {
    const v = d[field];
    if (v === null) continue;
    if (previous !== null && v < previous) issues.push({ field, message: 'date_order' });
    if (v > today) issues.push({ field, message: 'date_in_future' });
    previous = v;
  }
  return issues;
}
