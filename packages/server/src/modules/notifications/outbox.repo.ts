import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { notificationChannels, outboundMessages } from '../../db/schema.js';

export type OutboundRow = typeof outboundMessages.$inferSelect;

/**
 * Claims up to `limit` pending messages that are due: each gets its attempt counted and is
 * pushed `leaseMs` into the future, in one statement. SKIP LOCKED lets several nodes claim at the
 * same time without waiting for, or taking, each other's rows; once claimed, a message is not due
 * for anyone until its lease ends (then a node that died while sending it is replaced).
 */
export async function claimDue(tx: Tx, now: Date, limit: number, leaseMs: number): Promise<OutboundRow[]> {
  const lease = new Date(now.getTime() + leaseMs);
  const r = await tx.execute<{ id: string }>(sql`
    UPDATE outbound_messages m
    SET attempts = m.attempts + 1, next_attempt_at = ${lease.toISOString()}::timestamptz
    FROM (
      SELECT id FROM outbound_messages
      WHERE status = 'pending' AND next_attempt_at <= ${now.toISOString()}::timestamptz
      ORDER BY next_attempt_at, created_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ) due
    WHERE m.id = due.id
    RETURNING m.id`);
  const ids = r.rows.map((x) => x.id);
  if (!ids.length) return [];
  return tx.select().from(outboundMessages).where(inArray(outboundMessages.id, ids));
}

export async function channelsByIds(tx: Tx, ids: string[]) {
  if (!ids.length) return [];
  return tx.select().from(notificationChannels).where(inArray(notificationChannels.id, ids));
}

export async function markSent(tx: Tx, id: string, at: Date): Promise<void> {
  await tx
    .update(outboundMessages)
    .set({ status: 'sent', sentAt: at, lastError: null })
    .where(and(eq(outboundMessages.id, id), eq(outboundMessages.status, 'pending')));
}

export async function markRetry(tx: Tx, id: string, nextAttemptAt: Date, error: string): Promise<void> {
  await tx
    .update(outboundMessages)
    .set({ nextAttemptAt, lastError: error })
    .where(and(eq(outboundMessages.id, id), eq(outboundMessages.status, 'pending')));
}

export async function markFailed(tx: Tx, id: string, error: string): Promise<void> {
  await tx
    .update(outboundMessages)
    .set({ status: 'failed', lastError: error })
    .where(and(eq(outboundMessages.id, id), eq(outboundMessages.status, 'pending')));
}
