import { z } from 'zod';
import { JOURNAL_ACTIONS } from '../enums.js';
import { idSchema, paginationQuery } from './common.js';

export const journalEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.object({ id: idSchema, name: z.string() }).nullable(),
  entity: z.string(),
  entityId: z.string(),
  action: z.enum(JOURNAL_ACTIONS),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
  reason: z.string().nullable(),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export const historyQuery = paginationQuery.extend({
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const journalVerifyResult = z.object({
  ok: z.boolean(),
  chains: z.array(
    z.object({
      districtId: idSchema.nullable(),
      entries: z.number().int(),
      firstBrokenSeq: z.number().int().nullable(),
      problem: z.string().nullable(),
    }),
  ),
});
export type JournalVerifyResult = z.infer<typeof journalVerifyResult>;
