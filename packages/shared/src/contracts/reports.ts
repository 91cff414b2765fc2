import { z } from 'zod';
import { fundingSchema } from './plans.js';
import { dateSchema, idSchema, paginationQuery, reasonSchema, refSchema, text, yuanSchema } from './common.js';

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted', 'reopened'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A month as 'YYYY-MM'. */
export const periodKeySchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'period_invalid');

export const reportDraft = z.object({
  completedThisMonth: yuanSchema,
  fundsReceived: fundingSchema.default({}),
  progressPercent: z.number().min(0).max(100).nullable().default(null),
  progressText: text(2000).nullable().default(null),
  started: z.boolean().default(false),
  milestoneActuals: z
    .array(z.object({ milestoneId: idSchema, actualDate: dateSchema.nullable() }))
    .max(40)
    .default([]),
  /** The version read, when the report already exists. */
  version: z.number().int().min(1).optional(),
});
export type ReportDraft = z.input<typeof reportDraft>;

export const reportTransition = z.object({ version: z.number().int().min(1) });
export const reportTransitionWithReason = reportTransition.extend({ reason: reasonSchema });

export const reportSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  period: z.string(),
  status: z.enum(REPORT_STATUSES),
  completedThisMonth: z.string(),
  /** Completed this year through this month: derived from the accepted months and this one. */
  cumulativeThisYear: z.string(),
  fundsReceived: fundingSchema,
  progressPercent: z.number().nullable(),
  progressText: z.string().nullable(),
  started: z.boolean(),
  dueAt: z.string(),
  submittedAt: z.string().nullable(),
  late: z.boolean(),
  reviewedBy: refSchema.nullable(),
  reviewedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  /** Photos attached (GET /projects/{id}/reports/{period}/photos lists them). */
  photoCount: z.number().int(),
  version: z.number().int(),
  permissions: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean(), reopen: z.boolean() }),
});
export type Report = z.infer<typeof reportSchema>;

export const reviewQueueQuery = paginationQuery.extend({
  status: z.enum(REPORT_STATUSES).default('submitted'),
  period: periodKeySchema.optional(),
});

export const reviewQueueItem = z.object({
  id: idSchema,
  project: refSchema,
  period: z.string(),
  status: z.enum(REPORT_STATUSES),
  completedThisMonth: z.string(),
  submittedAt: z.string().nullable(),
  late: z.boolean(),
  version: z.number().int(),
});
export type ReviewQueueItem = z.infer<typeof reviewQueueItem>;
