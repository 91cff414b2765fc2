import { z } from 'zod';
import { isYuan } from '../money.js';

export const idSchema = z.uuid();

/** Calendar date without time, YYYY-MM-DD. */
export const dateSchema = z.iso.date();

export const yuanSchema = z
  .string()
  .refine(isYuan, { message: 'amount_invalid' })
  .describe('Amount in 元 as a decimal string with at most two decimals');

/** Free text that may be shown anywhere: trimmed, no control characters but newlines and tabs. */
export function text(max: number) {
  return (
    z
      .string()
      .trim()
      .max(max)
      // eslint-disable-next-line no-control-regex
      .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), {
        message: 'control_characters',
      })
  );
}

export const paginationQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export function listResponse<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export type ListResponse<T> = { items: T[]; total: number; page: number; pageSize: number };

export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

export const refSchema = z.object({ id: idSchema, name: z.string() });
export type Ref = z.infer<typeof refSchema>;

/** A reason for a change, required where a change must be explained. */
export const reasonSchema = text(500).min(1);
