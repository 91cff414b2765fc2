import { z } from 'zod';
import { dateSchema, idSchema, text, yuanSchema } from './common.js';

export const FUNDING_SOURCES = ['government_budget', 'special_bonds', 'bank_loans', 'social_capital', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const MILESTONE_KINDS = ['start_of_works', 'topping_out', 'completion', 'handover', 'other'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const fundingSchema = z.partialRecord(z.enum(FUNDING_SOURCES), yuanSchema);
export type Funding = z.infer<typeof fundingSchema>;

export const milestoneInput = z.object({
  name: text(60).min(1),
  kind: z.enum(MILESTONE_KINDS),
  plannedDate: dateSchema,
});

export const planInput = z.object({
  year: z.number().int().min(2000).max(2100),
  plannedInvestment: yuanSchema,
  monthlyTargets: z.array(yuanSchema).length(12).nullable().default(null),
  fundingBySource: fundingSchema.default({}),
  milestones: z.array(milestoneInput).max(40).default([]),
  /** Required for any version after the first approved one: why the plan changes. */
  reason: text(500).min(1).optional(),
});
export type PlanInput = z.input<typeof planInput>;

export const planDraftUpdate = planInput
  .omit({ year: true })
  .partial()
  .extend({ version: z.number().int().min(1) });
export type PlanDraftUpdate = z.input<typeof planDraftUpdate>;

export const PLAN_STATUSES = ['draft', 'approved', 'superseded'] as const;

export const milestoneSchema = milestoneInput.extend({ id: idSchema, actualDate: z.string().nullable() });

export const planSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  year: z.number().int(),
  versionNo: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  isBaseline: z.boolean(),
  reason: z.string().nullable(),
  plannedInvestment: z.string(),
  monthlyTargets: z.array(z.string()).nullable(),
  fundingBySource: fundingSchema,
  milestones: z.array(milestoneSchema),
  approvedBy: z.object({ id: idSchema, name: z.string() }).nullable(),
  approvedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type Plan = z.infer<typeof planSchema>;

export const planApproveBody = z.object({ version: z.number().int().min(1) });
export const planQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
