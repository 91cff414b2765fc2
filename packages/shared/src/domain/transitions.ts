import type { ErrorCode } from '../errors.js';

// A small rule engine for the state machines of problems, supervision items and formality steps.
// A rule says: from these statuses, a person acting in one of these capacities may take this
// action, which leads to that status (or leaves it unchanged), with or without a reason.

/** Why an action was refused. */
export type TransitionRefusal =
  /** The person may not take this action at all, or not in this status (e.g. a raiser reopening a closed problem). */
  | 'not_allowed'
  /** The action does not apply to the current status (closing an open problem). */
  | 'wrong_status'
  /** The action needs a reason and none was given. */
  | 'reason_required';

/** The error code the server answers with for each refusal (the refusal itself goes in the message). */
export const TRANSITION_REFUSAL_ERRORS: Record<TransitionRefusal, ErrorCode> = {
  not_allowed: 'forbidden',
  wrong_status: 'conflict',
  reason_required: 'validation_failed',
};

export type TransitionRule<S extends string, C extends string> = {
  from: readonly S[];
  by: readonly C[];
  /** The status after the action; null = unchanged. */
  to: S | null;
  reasonRequired?: boolean;
};

export type TransitionRules<S extends string, C extends string, A extends string> = Record<
  A,
  readonly TransitionRule<S, C>[]
>;

export type TransitionResult<S extends string> =
  { ok: true; status: S; changed: boolean } | { ok: false; refusal: TransitionRefusal };

/**
 * Applies an action. Refusals are checked in this order: `not_allowed` when none of the person's
 * capacities may ever take the action; `wrong_status` when the action does not apply to the
 * status; `not_allowed` when it applies but not for these capacities; `reason_required` last.
 */
export function applyTransition<S extends string, C extends string, A extends string>(
  rules: TransitionRules<S, C, A>,
  status: S,
  action: A,
  capacities: readonly C[],
  reason?: string | null,
): TransitionResult<S> {
  const forAction = rules[action];
  const mine = (r: TransitionRule<S, C>) => r.by.some((c) => capacities.includes(c));
  if (!forAction.some(mine)) return { ok: false, refusal: 'not_allowed' };
  const applicable = forAction.filter((r) => r.from.includes(status));
  if (applicable.length === 0) return { ok: false, refusal: 'wrong_status' };
  const rule = applicable.find(mine);
  if (!rule) return { ok: false, refusal: 'not_allowed' };
  if (rule.reasonRequired && !(reason ?? '').trim()) return { ok: false, refusal: 'reason_required' };
  const next = rule.to ?? status;
  return { ok: true, status: next, changed: next !== status };
}

/** The actions a person may take now (reasons aside), in the order of `actions`: for the UI's buttons. */
export function allowedTransitions<S extends string, C extends string, A extends string>(
  rules: TransitionRules<S, C, A>,
  actions: readonly A[],
  status: S,
  capacities: readonly C[],
): A[] {
  return actions.filter((a) =>
    rules[a].some((r) => r.from.includes(status) && r.by.some((c) => capacities.includes(c))),
  );
}
