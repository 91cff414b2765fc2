import { z } from 'zod';
import { CALENDAR_DAY_KINDS, FORMALITY_CHAINS, FORMALITY_STEP_ACTIONS, FORMALITY_STEP_STATUSES } from '../enums.js';
import { calendarIssues } from '../domain/workdays.js';
import { DEFAULT_CHAIN_TARGET_WORKING_DAYS } from '../domain/formality-timing.js';
import { dateSchema, idSchema, paginationQuery, reasonSchema, refSchema, text } from './common.js';
import { csvOf, flagQuery, sortOf, versionSchema } from './query.js';

// Pre-construction formalities (前期手续): templates of approval chains, each project's steps with
// their timing against the statutory limit (domain/formality-timing.ts), the approving units' queues and
// the district's holiday calendar (domain/workdays.ts). Limits are in working days counted from
// the day after acceptance.

const limitWorkingDays = z.number().int().min(0).max(3650);

export const templateStepInput = z.object({
  /** A stable key, e.g. 'feasibility_study', 'construction_permit'. */
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, 'step_code_invalid'),
  name: text(100).min(1),
  approverUnitId: idSchema.nullable().default(null),
  limitWorkingDays,
  isConstructionPermit: z.boolean().default(false),
});

const templateFields = {
  name: text(100).min(1),
  appliesTo: z.enum(FORMALITY_CHAINS),
  targetWorkingDays: z.number().int().min(1).max(3650),
  /** In order: the position is the index. */
  steps: z.array(templateStepInput).min(1).max(40),
};

function uniqueCodes(t: { steps?: { code: string }[] }, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  (t.steps ?? []).forEach((s, i) => {
    if (seen.has(s.code)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'code'], message: 'step_code_duplicate' });
    seen.add(s.code);
  });
}

export const formalityTemplateCreate = z
  .object({
    ...templateFields,
    districtId: idSchema.optional(),
    targetWorkingDays: templateFields.targetWorkingDays.default(DEFAULT_CHAIN_TARGET_WORKING_DAYS),
  })
  .superRefine(uniqueCodes);
export type FormalityTemplateCreate = z.input<typeof formalityTemplateCreate>;

export const formalityTemplateUpdate = z
  .object(templateFields)
  .partial()
  .extend({ version: versionSchema })
  .superRefine(uniqueCodes);
export type FormalityTemplateUpdate = z.input<typeof formalityTemplateUpdate>;

export const formalityTemplateSchema = z.object({
  id: idSchema,
  districtId: idSchema,
  name: z.string(),
  appliesTo: z.enum(FORMALITY_CHAINS),
  targetWorkingDays: z.number().int(),
  steps: z.array(
    z.object({
      id: idSchema,
      position: z.number().int(),
      code: z.string(),
      name: z.string(),
      approverUnit: refSchema.nullable(),
      limitWorkingDays: z.number().int(),
      isConstructionPermit: z.boolean(),
    }),
  ),
  version: z.number().int(),
});
export type FormalityTemplate = z.infer<typeof formalityTemplateSchema>;

/** Gives a project the steps of a template (steps already there keep their status, matched by code). */
export const applyTemplateBody = z.object({ templateId: idSchema });

/** stepTiming, as computed by the server with the district's calendar and today. */
export const stepTimingSchema = z.object({
  running: z.boolean(),
  deadline: z.string().nullable(),
  elapsedWorkingDays: z.number().int().nullable(),
  daysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
  overdueWorkingDays: z.number().int(),
  decidedLate: z.boolean().nullable(),
  waitingWorkingDays: z.number().int().nullable(),
});
export type StepTimingBody = z.infer<typeof stepTimingSchema>;

export const formalityStepSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  position: z.number().int(),
  code: z.string(),
  name: z.string(),
  approverUnit: refSchema.nullable(),
  limitWorkingDays: z.number().int(),
  isConstructionPermit: z.boolean(),
  status: z.enum(FORMALITY_STEP_STATUSES),
  submittedOn: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
  documentNo: z.string().nullable(),
  note: z.string(),
  timing: stepTimingSchema,
  /** What the caller may do now (allowedFormalityStepActions). */
  actions: z.array(z.enum(FORMALITY_STEP_ACTIONS)),
  attachmentCount: z.number().int(),
  version: z.number().int(),
});
export type FormalityStep = z.infer<typeof formalityStepSchema>;

/**
 * An action on a step (POST /formality-steps/{id}/actions). `on` is the day it happened (default:
 * the district's today); the dates follow stepDatesAfter and are checked by stepDateIssues.
 * Rejecting and waiving need a reason; approving may carry the document number (文号).
 */
export const formalityStepActionBody = z
  .object({
    version: versionSchema,
    action: z.enum(FORMALITY_STEP_ACTIONS),
    on: dateSchema.optional(),
    reason: text(500).optional(),
    documentNo: text(60).min(1).optional(),
    note: text(1000).optional(),
  })
  .superRefine((b, ctx) => {
    if ((b.action === 'reject' || b.action === 'waive') && !b.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reason_required' });
    if (b.documentNo !== undefined && b.action !== 'approve')
      ctx.addIssue({ code: 'custom', path: ['documentNo'], message: 'document_no_only_on_approval' });
  });
export type FormalityStepActionBody = z.input<typeof formalityStepActionBody>;

/** The office corrects a step (name, approver, limit, dates, document number), with a reason. */
export const formalityStepUpdate = z
  .object({
    version: versionSchema,
    name: text(100).min(1).optional(),
    approverUnitId: idSchema.nullable().optional(),
    limitWorkingDays: limitWorkingDays.optional(),
    isConstructionPermit: z.boolean().optional(),
    submittedOn: dateSchema.nullable().optional(),
    acceptedOn: dateSchema.nullable().optional(),
    decidedOn: dateSchema.nullable().optional(),
    documentNo: text(60).nullable().optional(),
    note: text(1000).optional(),
    reason: reasonSchema,
  })
  .superRefine((b, ctx) => {
    // Order of the dates sent together; against the stored ones and today the server uses stepDateIssues.
    const { submittedOn: s, acceptedOn: a, decidedOn: d } = b;
    if (s && a && a < s) ctx.addIssue({ code: 'custom', path: ['acceptedOn'], message: 'date_order' });
    if (a && d && d < a) ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: 'date_order' });
    else if (s && d && d < s) ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: 'date_order' });
  });
export type FormalityStepUpdate = z.input<typeof formalityStepUpdate>;

/** chainTiming. */
export const chainTimingSchema = z.object({
  workingDays: z.number().int(),
  stepWorkingDaysSum: z.number().int(),
  limitWorkingDaysSum: z.number().int(),
  targetWorkingDays: z.number().int(),
  remainingWorkingDays: z.number().int(),
  overTarget: z.boolean(),
  complete: z.boolean(),
  pendingSteps: z.number().int(),
  overdueSteps: z.number().int(),
});

/** permitCompliance. */
export const permitComplianceSchema = z.object({
  violation: z.boolean(),
  reason: z
    .object({
      code: z.enum(['no_permit_step', 'permit_not_approved']),
      stepStatus: z.enum(FORMALITY_STEP_STATUSES).nullable(),
      text: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }),
    })
    .nullable(),
});

/** A project's checklist (GET /projects/{id}/formalities). */
export const projectFormalitiesSchema = z.object({
  projectId: idSchema,
  template: refSchema.nullable(),
  steps: z.array(formalityStepSchema),
  chain: chainTimingSchema,
  started: z.boolean(),
  compliance: permitComplianceSchema,
  /** The district-local day the timing was computed for. */
  today: z.string(),
});
export type ProjectFormalities = z.infer<typeof projectFormalitiesSchema>;

export const APPROVER_QUEUE_SORTS = ['urgency', 'submittedOn', 'acceptedOn'] as const;

/** The approving unit's queue: its steps submitted or accepted ("service" view). */
export const approverQueueQuery = paginationQuery.extend({
  /** Defaults to the caller's unit; the office may look at any. */
  unitId: idSchema.optional(),
  status: csvOf(['submitted', 'accepted'] as const).optional(),
  overdue: flagQuery.optional(),
  districtId: idSchema.optional(),
  /** 'urgency' is approverQueue's order: running clocks by days left, then the longest waiting. */
  sort: sortOf(APPROVER_QUEUE_SORTS, 'urgency'),
});
export type ApproverQueueQuery = z.infer<typeof approverQueueQuery>;

export const approverQueueItem = formalityStepSchema.extend({ project: refSchema });
export type ApproverQueueItem = z.infer<typeof approverQueueItem>;

// ---- Holiday calendar ---------------------------------------------------------------------------

export const calendarEntrySchema = z.object({
  date: dateSchema,
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: text(40).default(''),
});
export type CalendarEntryBody = z.input<typeof calendarEntrySchema>;

export const calendarQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  districtId: idSchema.optional(),
});

/**
 * Replaces one year's rows of the district's calendar. Refused: a date outside the year, a date
 * listed twice, a make-up working day on a Monday–Friday (calendarIssues).
 */
export const calendarUpdate = z
  .object({
    year: z.number().int().min(2000).max(2100),
    entries: z.array(calendarEntrySchema).max(366),
    reason: text(500).optional(),
  })
  .superRefine((b, ctx) => {
    const seen = new Set<string>();
    b.entries.forEach((e, i) => {
      const add = (message: string) => ctx.addIssue({ code: 'custom', path: ['entries', i, 'date'], message });
      if (!e.date.startsWith(`${b.year}-`)) add('date_outside_year');
      if (seen.has(e.date)) add('date_listed_twice');
      seen.add(e.date);
      for (const issue of calendarIssues([e])) add(issue.code);
    });
  });
export type CalendarUpdate = z.input<typeof calendarUpdate>;

export const calendarSchema = z.object({
  districtId: idSchema,
  year: z.number().int(),
  entries: z.array(z.object({ date: z.string(), kind: z.enum(CALENDAR_DAY_KINDS), name: z.string() })),
  /** Working days in the year with these rows (workingDaysBetween from 31 December before). */
  workingDays: z.number().int(),
});
export type CalendarBody = z.infer<typeof calendarSchema>;
