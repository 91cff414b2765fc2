import { z } from 'zod';
import {
  ESCALATION_LEVELS,
  PROBLEM_ACTIONS,
  PROBLEM_CAPACITIES,
  PROBLEM_CATEGORIES,
  PROBLEM_EVENT_KINDS,
  PROBLEM_STATUSES,
  PROBLEM_URGENCIES,
  type ProblemAction,
} from '../enums.js';
import { validateEscalationRules } from '../domain/problems.js';
import { dateSchema, idSchema, paginationQuery, reasonSchema, refSchema, text } from './common.js';
import { csvOf, flagQuery, sortOf, versionSchema } from './query.js';

// Problems (问题清单). The state machine, who may do what, overdue days and escalation are in
// domain/problems.ts; a refused action answers TRANSITION_REFUSAL_ERRORS[refusal] with the refusal
// as the message. Dates are district-local 'YYYY-MM-DD'; instants are ISO strings.

const problemFields = {
  category: z.enum(PROBLEM_CATEGORIES),
  title: text(100).min(2),
  description: text(4000).min(1),
  /** What help is needed, and from whom. */
  helpNeeded: text(2000),
  urgency: z.enum(PROBLEM_URGENCIES),
};

/** Raising a problem. Attachments are uploaded afterwards to the problem (owner kind 'problem'). */
export const problemCreate = z.object({
  projectId: idSchema,
  ...problemFields,
  helpNeeded: problemFields.helpNeeded.default(''),
  urgency: problemFields.urgency.default('normal'),
  /** Raised together with a monthly report. */
  reportId: idSchema.nullable().default(null),
  /** Put it on the next coordination meeting straight away (office and lead leader only). */
  forMeeting: z.boolean().default(false),
});
export type ProblemCreate = z.input<typeof problemCreate>;

/** Editing (action 'edit'). */
export const problemUpdate = z
  .object(problemFields)
  .partial()
  .extend({ version: versionSchema, reason: text(500).optional() });
export type ProblemUpdate = z.input<typeof problemUpdate>;

/**
 * Assigning (交办) or reassigning: one lead unit, helping units, a due date. The server also
 * refuses a due date before the district's today ('due_date_past').
 */
export const problemAssign = z
  .object({
    version: versionSchema,
    leadUnitId: idSchema,
    helperUnitIds: z.array(idSchema).max(10).default([]),
    dueDate: dateSchema,
    note: text(2000).default(''),
  })
  .superRefine((b, ctx) => {
    if (b.helperUnitIds.includes(b.leadUnitId))
      ctx.addIssue({ code: 'custom', path: ['helperUnitIds'], message: 'helper_is_lead_unit' });
    if (new Set(b.helperUnitIds).size !== b.helperUnitIds.length)
      ctx.addIssue({ code: 'custom', path: ['helperUnitIds'], message: 'helper_listed_twice' });
  });
export type ProblemAssign = z.input<typeof problemAssign>;

/** Progress posted by the lead or a helping unit. */
export const problemProgress = z.object({ version: versionSchema, note: text(2000).min(1) });
/** Marked solved by the lead unit: what was done. */
export const problemSolve = z.object({ version: versionSchema, note: text(2000).min(1) });
/** Verified and closed (销号) by the raiser or the office. */
export const problemClose = z.object({ version: versionSchema, note: text(2000).default('') });
/** Reopened after a failed check, with the reason. */
export const problemReopen = z.object({ version: versionSchema, reason: reasonSchema });
/** A comment changes nothing, so it needs no version. */
export const problemComment = z.object({ note: text(2000).min(1) });
export const problemMeetingFlag = z.object({ version: versionSchema });

/** The body of each action (POST /problems/{id}/{action}). */
export const PROBLEM_ACTION_BODIES = {
  edit: problemUpdate,
  assign: problemAssign,
  progress: problemProgress,
  solve: problemSolve,
  close: problemClose,
  reopen: problemReopen,
  comment: problemComment,
  flag_for_meeting: problemMeetingFlag,
  unflag_for_meeting: problemMeetingFlag,
} satisfies Record<ProblemAction, z.ZodType>;

export const PROBLEM_SORTS = ['dueDate', 'createdAt', 'updatedAt', 'urgency', 'daysOverdue'] as const;

export const problemQuery = paginationQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: csvOf(PROBLEM_STATUSES).optional(),
  category: csvOf(PROBLEM_CATEGORIES).optional(),
  urgency: csvOf(PROBLEM_URGENCIES).optional(),
  projectId: idSchema.optional(),
  /** Problems a unit works on, as lead or helping unit. */
  unitId: idSchema.optional(),
  /** Problems on the projects a leader leads. */
  leaderId: idSchema.optional(),
  districtId: idSchema.optional(),
  /**
   * "On my desk": what waits on the caller — for a unit, its open work (lead or helping); for a
   * raiser, solved problems to verify; for the office, problems to assign or close.
   */
  mine: flagQuery.optional(),
  overdue: flagQuery.optional(),
  /** Escalated at least to the lead leader. */
  escalated: flagQuery.optional(),
  forMeeting: flagQuery.optional(),
  sort: sortOf(PROBLEM_SORTS, 'dueDate'),
});
export type ProblemQuery = z.infer<typeof problemQuery>;

export const problemListItem = z.object({
  id: idSchema,
  districtId: idSchema,
  project: refSchema,
  category: z.enum(PROBLEM_CATEGORIES),
  title: z.string(),
  urgency: z.enum(PROBLEM_URGENCIES),
  status: z.enum(PROBLEM_STATUSES),
  raisedBy: refSchema,
  leadUnit: refSchema.nullable(),
  helperUnits: z.array(refSchema),
  dueDate: z.string().nullable(),
  /** The district-local day it was raised, and its age in days (problemAgeDays). */
  raisedOn: z.string(),
  ageDays: z.number().int(),
  /** problemDaysOverdue: 0 unless the lead unit owes work past the due date. */
  daysOverdue: z.number().int(),
  /** 0 none, 1 the lead leader, 2 the office's escalation list (ESCALATION_LEVELS by index). */
  escalationLevel: z
    .number()
    .int()
    .min(0)
    .max(ESCALATION_LEVELS.length - 1),
  forMeeting: z.boolean(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ProblemListItem = z.infer<typeof problemListItem>;

export const problemEventSchema = z.object({
  id: z.number().int(),
  kind: z.enum(PROBLEM_EVENT_KINDS),
  by: refSchema.nullable(),
  byUnit: refSchema.nullable(),
  note: z.string(),
  /** What changed: e.g. the lead unit and due date of an assignment, the level of an escalation. */
  data: z.record(z.string(), z.unknown()),
  at: z.string(),
});
export type ProblemEvent = z.infer<typeof problemEventSchema>;

export const problemDetail = problemListItem.extend({
  description: z.string(),
  helpNeeded: z.string(),
  reportId: idSchema.nullable(),
  leadLeader: refSchema.nullable(),
  assignedAt: z.string().nullable(),
  solvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  attachmentCount: z.number().int(),
  /** The timeline, oldest first. */
  events: z.array(problemEventSchema),
  /** The caller's capacities on this problem and the actions open to it now (allowedProblemActions). */
  capacities: z.array(z.enum(PROBLEM_CAPACITIES)),
  actions: z.array(z.enum(PROBLEM_ACTIONS)),
});
export type ProblemDetail = z.infer<typeof problemDetail>;

/** The board: how many problems in each status for the same filters as the list. */
export const problemCountsSchema = z.record(z.enum(PROBLEM_STATUSES), z.number().int());
export type ProblemCounts = z.infer<typeof problemCountsSchema>;

/** Closure figures per lead unit over the problems assigned in a date range (closureSumsOf). */
export const problemStatsQuery = z.object({
  districtId: idSchema.optional(),
  /** Problems assigned on or after / on or before these days. */
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  category: csvOf(PROBLEM_CATEGORIES).optional(),
});
export type ProblemStatsQuery = z.infer<typeof problemStatsQuery>;

const closureSumsSchema = z.object({
  assigned: z.number().int(),
  closed: z.number().int(),
  overdue: z.number().int(),
  daysToCloseSum: z.number().int(),
  daysToCloseCount: z.number().int(),
  /** closed ÷ assigned. */
  closureRate: z.number().nullable(),
  /** daysToCloseSum ÷ daysToCloseCount, in calendar days from assignment to closure. */
  averageDaysToClose: z.number().nullable(),
});

export const problemStatsSchema = z.object({
  units: z.array(closureSumsSchema.extend({ unit: refSchema })),
  /** The same over all units: ratios of the sums. */
  total: closureSumsSchema,
});
export type ProblemStats = z.infer<typeof problemStatsSchema>;

/** The district's escalation settings (DEFAULT_ESCALATION_RULES when none is stored). */
export const escalationRulesSchema = z
  .object({ leaderAboveDays: z.number().int(), listAboveDays: z.number().int() })
  .superRefine((r, ctx) => {
    for (const issue of validateEscalationRules(r))
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  });
export type EscalationRulesBody = z.infer<typeof escalationRulesSchema>;

/** The office's escalation list: the people told of problems long overdue. */
export const escalationContactsUpdate = z.object({
  userIds: z.array(idSchema).max(50),
  districtId: idSchema.optional(),
});
export const escalationContactsQuery = z.object({ districtId: idSchema.optional() });
export const escalationContactsSchema = z.object({ districtId: idSchema, contacts: z.array(refSchema) });
export type EscalationContacts = z.infer<typeof escalationContactsSchema>;
