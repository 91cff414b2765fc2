import { z } from 'zod';

// Query-string helpers for the list endpoints of problems, factors, formalities and supervision.

/** A comma-separated list of enum values in a query string ('open,assigned'), or an array. */
export function csvOf<T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v),
    z.array(z.enum(values)).max(values.length),
  );
}

/** 'true' / 'false' in a query string, read as a boolean. */
export const flagQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

/** A sort key, optionally with '-' for descending: sortOf(['dueDate', 'createdAt'], 'dueDate'). */
export function sortOf(keys: readonly string[], fallback: string) {
  return z
    .string()
    .regex(new RegExp(`^-?(${keys.join('|')})$`), 'sort_invalid')
    .default(fallback);
}

/** A version read, for optimistic concurrency on every change. */
export const versionSchema = z.number().int().min(1);
