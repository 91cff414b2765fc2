import { z } from 'zod';
import {
  FEEDBACK_VERDICTS,
  NOTICE_LEVELS,
  SUPERVISION_ACTIONS,
  SUPERVISION_SOURCES,
  SUPERVISION_STATUSES,
} from '../enums.js';
import { validateNoticeRules } from '../domain/supervision.js';
import { dateSchema, idSchema, paginationQuery, reasonSchema, refSchema, text } from './common.js';
import { csvOf, flagQuery, sortOf, versionSchema } from './query.js';

// Supervision items (督查督办). The state machine, feedback rounds and notices by due date are in
// domain/supervision.ts; a refused action answers TRANSITION_REFUSAL_ERRORS[refusal].

const itemFields = {
  title: text(200).min(2),
  /** What is required, as decided or instructed. */
  requirement: text(4000),
  assigneeUnitId: idSchema,
  dueDate: dateSchema,
};

/**
 * A new item. `sourceId` points at what it came from: the decision (议定事项) of a meeting, which
 * is required for 'meeting_decision'; null for the others. The server also refuses a due date
 * before the district's today ('due_date_past').
 */
export const supervisionItemCreate = z
  .object({
    ...itemFields,
    requirement: itemFields.requirement.default(''),
    source: z.enum(SUPERVISION_SOURCES),
    sourceId: idSchema.nullable().default(null),
    projectId: idSchema.nullable().default(null),
    districtId: idSchema.optional(),
  })
  .superRefine((b, ctx) => {
    if (b.source === 'meeting_decision' && b.sourceId === null)
      ctx.addIssue({ code: 'custom', path: ['sourceId'], message: 'source_id_required' });
  });
export type SupervisionItemCreate = z.input<typeof supervisionItemCreate>;

/** Editing by the supervision office until closed (action 'edit'); a new due date needs a reason. */
export const supervisionItemUpdate = z
  .object(itemFields)
  .partial()
  .extend({ version: versionSchema, projectId: idSchema.nullable().optional(), reason: text(500).optional() })
  .superRefine((b, ctx) => {
    if (b.dueDate !== undefined && !b.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reason_required' });
  });
export type SupervisionItemUpdate = z.input<typeof supervisionItemUpdate>;

/** The assignee unit reports: a new feedback round. Evidence is attached to the round afterwards. */
export const supervisionReport = z.object({ version: versionSchema, text: text(4000).min(1) });
/** The supervision office accepts the pending round: the item is closed. */
export const supervisionAccept = z.object({ version: versionSchema, note: text(1000).default('') });
/** The supervision office returns the pending round, saying why. */
export const supervisionReturn = z.object({ version: versionSchema, reason: reasonSchema });
export const supervisionReopen = z.object({ version: versionSchema, reason: reasonSchema });

export const SUPERVISION_SORTS = ['dueDate', 'createdAt', 'updatedAt'] as const;

export const supervisionQuery = paginationQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: csvOf(SUPERVISION_STATUSES).optional(),
  source: csvOf(SUPERVISION_SOURCES).optional(),
  notice: csvOf(NOTICE_LEVELS).optional(),
  assigneeUnitId: idSchema.optional(),
  projectId: idSchema.optional(),
  districtId: idSchema.optional(),
  /** What waits on the caller: its unit's open and returned items; for the office, rounds to judge. */
  mine: flagQuery.optional(),
  sort: sortOf(SUPERVISION_SORTS, 'dueDate'),
});
export type SupervisionQuery = z.infer<typeof supervisionQuery>;

/** supervisionNotice with its sentence (noticeText). */
export const noticeSchema = z.object({
  level: z.enum(NOTICE_LEVELS).nullable(),
  daysLeft: z.number().int(),
  daysOverdue: z.number().int(),
  text: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }).nullable(),
});
export type Notice = z.infer<typeof noticeSchema>;

export const supervisionListItem = z.object({
  id: idSchema,
  districtId: idSchema,
  source: z.enum(SUPERVISION_SOURCES),
  sourceId: idSchema.nullable(),
  project: refSchema.nullable(),
  title: z.string(),
  assignee: refSchema,
  dueDate: z.string(),
  status: z.enum(SUPERVISION_STATUSES),
  notice: noticeSchema,
  /** Feedback rounds so far. */
  rounds: z.number().int(),
  closedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type SupervisionListItem = z.infer<typeof supervisionListItem>;

export const feedbackRoundSchema = z.object({
  id: idSchema,
  round: z.number().int(),
  text: z.string(),
  by: refSchema,
  at: z.string(),
  /** The district-local day of the report (what on-time closure compares with the due date). */
  reportedOn: z.string(),
  verdict: z.enum(FEEDBACK_VERDICTS),
  verdictNote: z.string().nullable(),
  verdictBy: refSchema.nullable(),
  verdictAt: z.string().nullable(),
  attachmentCount: z.number().int(),
});
export type FeedbackRoundBody = z.infer<typeof feedbackRoundSchema>;

export const supervisionDetail = supervisionListItem.extend({
  requirement: z.string(),
  createdBy: refSchema.nullable(),
  createdAt: z.string(),
  /** Oldest first. */
  feedback: z.array(feedbackRoundSchema),
  /** What the caller may do now (allowedSupervisionActions). */
  actions: z.array(z.enum(SUPERVISION_ACTIONS)),
});
export type SupervisionDetail = z.infer<typeof supervisionDetail>;

/** The district's notice settings (DEFAULT_NOTICE_RULES when none is stored). */
export const noticeRulesSchema = z.object({ blueWithinDays: z.number().int().max(60) }).superRefine((r, ctx) => {
  for (const issue of validateNoticeRules(r))
    ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
});

/** How many items of the list's filters are in each status, and carry each notice. */
export const supervisionCountsSchema = z.object({
  status: z.record(z.enum(SUPERVISION_STATUSES), z.number().int()),
  notice: z.record(z.enum(NOTICE_LEVELS), z.number().int()),
});
export type SupervisionCounts = z.infer<typeof supervisionCountsSchema>;

/** The notice rules in force in a district, with the version to send back when changing them. */
export const noticeRulesConfigSchema = z.object({
  districtId: idSchema,
  /** 0 while the defaults are in force. */
  version: z.number().int(),
  rules: noticeRulesSchema,
});
export type NoticeRulesConfig = z.infer<typeof noticeRulesConfigSchema>;

/** The supervision office changes its district's notice rules (journaled, with an optional reason). */
export const noticeRulesUpdate = z.object({
  districtId: idSchema.optional(),
  version: z.number().int().min(0),
  rules: noticeRulesSchema,
  reason: z.string().trim().max(500).optional(),
});
export type NoticeRulesUpdate = z.input<typeof noticeRulesUpdate>;

export const noticeRulesQuery = z.object({ districtId: idSchema.optional() });
