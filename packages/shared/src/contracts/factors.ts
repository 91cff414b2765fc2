import { z } from 'zod';
import { FACTOR_KINDS, FACTOR_REQUEST_STATUSES, MEASURE_UNITS } from '../enums.js';
import { isFactorAmount, isFactorDetail } from '../domain/factors.js';
import { idSchema, paginationQuery, refSchema, text } from './common.js';
import { csvOf, sortOf, versionSchema } from './query.js';

// Factor guarantees (要素保障). Amounts are decimal strings in the factor's unit of measure
// (FACTOR_MEASURES: 亩, 元, persons, tce, t/year), checked per factor by isFactorAmount; `detail` is
// a funding channel for funds, a land-use type for land, the position for talent (isFactorDetail).
// The unit of measure is the server's to fill in from the factor, never the client's.

/** A decimal string with at most four decimals (the per-factor check needs the factor: see below). */
const amountText = z
  .string()
  .trim()
  .regex(/^(0|[1-9]\d{0,13})(\.\d{1,4})?$/, 'amount_invalid');

export const factorRequestCreate = z
  .object({
    projectId: idSchema,
    factor: z.enum(FACTOR_KINDS),
    detail: text(100).default(''),
    amount: amountText,
    supplierUnitId: idSchema.nullable().default(null),
    note: text(1000).default(''),
  })
  .superRefine((r, ctx) => {
    // A request asks for something: more than zero, in the factor's precision.
    if (!isFactorAmount(r.factor, r.amount) || !/[1-9]/.test(r.amount))
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'amount_invalid' });
    if (!isFactorDetail(r.factor, r.detail))
      ctx.addIssue({ code: 'custom', path: ['detail'], message: 'factor_detail_invalid' });
  });
export type FactorRequestCreate = z.input<typeof factorRequestCreate>;

/**
 * Changing a request (the project) or recording what was supplied (the supplying unit or the
 * office). The factor cannot change; the server checks `amount` and `suppliedAmount` with
 * isFactorAmount(factor, …) and `detail` with isFactorDetail once it has read the factor, and
 * derives the status with factorStatusAfterSupply unless one is given.
 */
export const factorRequestUpdate = z.object({
  version: versionSchema,
  detail: text(100).optional(),
  amount: amountText.optional(),
  supplierUnitId: idSchema.nullable().optional(),
  suppliedAmount: amountText.optional(),
  status: z.enum(FACTOR_REQUEST_STATUSES).optional(),
  note: text(1000).optional(),
  reason: text(500).optional(),
});
export type FactorRequestUpdate = z.input<typeof factorRequestUpdate>;

export const FACTOR_REQUEST_SORTS = ['createdAt', 'updatedAt', 'amount', 'unmet'] as const;

export const factorRequestQuery = paginationQuery.extend({
  projectId: idSchema.optional(),
  factor: csvOf(FACTOR_KINDS).optional(),
  status: csvOf(FACTOR_REQUEST_STATUSES).optional(),
  supplierUnitId: idSchema.optional(),
  districtId: idSchema.optional(),
  sort: sortOf(FACTOR_REQUEST_SORTS, '-createdAt'),
});
export type FactorRequestQuery = z.infer<typeof factorRequestQuery>;

export const factorRequestSchema = z.object({
  id: idSchema,
  districtId: idSchema,
  project: refSchema,
  factor: z.enum(FACTOR_KINDS),
  detail: z.string(),
  amount: z.string(),
  unitOfMeasure: z.enum(MEASURE_UNITS),
  supplier: refSchema.nullable(),
  status: z.enum(FACTOR_REQUEST_STATUSES),
  suppliedAmount: z.string(),
  /** unmetOf: what is still missing (0 when withdrawn or fully supplied). */
  unmet: z.string(),
  note: z.string(),
  createdBy: refSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  permissions: z.object({ edit: z.boolean(), supply: z.boolean() }),
});
export type FactorRequest = z.infer<typeof factorRequestSchema>;

const factorTotalsSchema = z.object({
  requests: z.number().int(),
  requested: z.string(),
  supplied: z.string(),
  met: z.string(),
  unmet: z.string(),
  /** met ÷ requested, a ratio (0.625 = 62.5%). */
  fulfilmentRate: z.number().nullable(),
});

/** The ledger (factorLedger): one row per factor, with its breakdown by detail. */
export const factorLedgerSchema = z.object({
  rows: z.array(
    factorTotalsSchema.extend({
      factor: z.enum(FACTOR_KINDS),
      unit: z.enum(MEASURE_UNITS),
      byDetail: z.array(factorTotalsSchema.extend({ detail: z.string() })),
    }),
  ),
});
export type FactorLedger = z.infer<typeof factorLedgerSchema>;

export const factorLedgerQuery = z.object({
  districtId: idSchema.optional(),
  projectId: idSchema.optional(),
  supplierUnitId: idSchema.optional(),
});
