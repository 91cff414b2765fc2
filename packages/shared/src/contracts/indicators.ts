import { z } from 'zod';
import { DIRECTIONS } from '../enums.js';
import { idSchema, paginationQuery, refSchema } from './common.js';
import { periodKeySchema } from './reports.js';

export const LIGHT_COLOURS = ['green', 'yellow', 'red'] as const;

export const lightReasonSchema = z.object({
  rule: z.string(),
  colour: z.enum(['yellow', 'red']),
  figures: z.record(z.string(), z.union([z.number(), z.string()])),
  text: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }),
});

export const lightSchema = z.object({ colour: z.enum(LIGHT_COLOURS), reasons: z.array(lightReasonSchema) });
export type Light = z.infer<typeof lightSchema>;

export const periodQuery = z.object({ period: periodKeySchema.optional() });

export const forecastSchema = z.object({
  expectedYuan: z.string(),
  lowYuan: z.string(),
  highYuan: z.string(),
  method: z.enum(['last_year_pattern', 'plan_targets', 'linear']),
  monthsUsed: z.number().int(),
});

export const projectIndicatorsSchema = z.object({
  period: z.string(),
  plannedYuan: z.string().nullable(),
  baselinePlannedYuan: z.string().nullable(),
  cumulativeYuan: z.string(),
  completedByMonthYuan: z.array(z.string().nullable()),
  missingMonths: z.array(z.number().int()),
  /** Completion rate, a ratio (0.412 = 41.2%). */
  rate: z.number().nullable(),
  /** Gap to the time-elapsed pace in percentage points (negative = behind). */
  gap: z.number().nullable(),
  progressPercent: z.number().nullable(),
  lastAcceptedPeriod: z.string().nullable(),
  light: lightSchema,
  /** Year-end completed investment from the project's own monthly pattern, with a band. */
  forecast: forecastSchema.nullable(),
  previousQuarter: z.object({ period: z.string(), rate: z.number().nullable(), gap: z.number().nullable() }).nullable(),
});
export type ProjectIndicators = z.infer<typeof projectIndicatorsSchema>;

export const GROUP_BY = [
  'district',
  'direction',
  'investorType',
  'field',
  'stage',
  'leader',
  'unit',
  'street',
] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export const groupFiguresSchema = z.object({
  plannedYuan: z.string(),
  cumulativeYuan: z.string(),
  rate: z.number().nullable(),
  gap: z.number().nullable(),
  count: z.number().int(),
  unplannedCount: z.number().int(),
  totalCumulativeYuan: z.string(),
  lights: z.object({ green: z.number().int(), yellow: z.number().int(), red: z.number().int() }),
  forecast: z.object({ expectedYuan: z.string(), lowYuan: z.string(), highYuan: z.string(), count: z.number().int() }),
});

export const summaryQuery = periodQuery.extend({ groupBy: z.enum(GROUP_BY).default('direction') });
export const summarySchema = z.object({
  period: z.string(),
  groupBy: z.enum(GROUP_BY),
  total: groupFiguresSchema,
  groups: z.array(groupFiguresSchema.extend({ key: z.string(), name: z.string() })),
});
export type Summary = z.infer<typeof summarySchema>;

export const warningsQuery = paginationQuery.extend({
  period: periodKeySchema.optional(),
  colour: z.enum(['yellow', 'red']).optional(),
  leaderId: idSchema.optional(),
  unitId: idSchema.optional(),
  direction: z.enum(DIRECTIONS).optional(),
});

export const warningItemSchema = z.object({
  project: refSchema,
  leader: refSchema.nullable(),
  responsibleUnit: refSchema.nullable(),
  direction: z.enum(DIRECTIONS),
  colour: z.enum(['yellow', 'red']),
  reasons: z.array(lightReasonSchema),
  rate: z.number().nullable(),
  gap: z.number().nullable(),
});

const threshold = z.number().min(0).max(1000);
/** The warning-light rules of a district; every rule can be switched off. */
export const lightRulesSchema = z.object({
  behind_pace: z.object({ enabled: z.boolean(), yellowFromPoints: threshold, redAbovePoints: threshold }),
  not_started: z.object({ enabled: z.boolean(), redAfterMonths: z.number().int().min(0).max(60) }),
  report_late: z.object({
    enabled: z.boolean(),
    yellowPeriods: z.number().int().min(1).max(24),
    redPeriods: z.number().int().min(1).max(24),
  }),
  milestone_overdue: z.object({ enabled: z.boolean(), redAboveDays: z.number().int().min(0).max(3650) }),
  problem_overdue: z.object({ enabled: z.boolean(), redAboveDays: z.number().int().min(0).max(3650) }),
  no_permit: z.object({ enabled: z.boolean() }),
  stale_report: z.object({ enabled: z.boolean(), staleAfterMonths: z.number().int().min(1).max(60) }),
  recent_pace: z.object({
    enabled: z.boolean(),
    windowMonths: z.number().int().min(1).max(12),
    yellowBelowRate: z.number().min(0).max(1),
  }),
});

export const lightRulesConfigSchema = z.object({
  districtId: idSchema,
  version: z.number().int(),
  rules: lightRulesSchema,
});
export const lightRulesUpdate = z.object({
  districtId: idSchema.optional(),
  version: z.number().int().min(0),
  rules: lightRulesSchema,
  reason: z.string().trim().max(500).optional(),
});
export type WarningItem = z.infer<typeof warningItemSchema>;

/** A project's light month by month (kept per period), oldest first. */
export const lightHistoryQuery = z.object({
  months: z.coerce.number().int().min(1).max(60).default(24),
  to: periodKeySchema.optional(),
});
export const lightHistorySchema = z.object({
  from: z.string(),
  to: z.string(),
  items: z.array(
    z.object({
      period: z.string(),
      colour: z.enum(LIGHT_COLOURS),
      reasons: z.array(lightReasonSchema),
      rate: z.number().nullable(),
      gap: z.number().nullable(),
    }),
  ),
});
export type LightHistory = z.infer<typeof lightHistorySchema>;
