import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { notificationChannels, outboundMessages } from '../../db/schema.js';

export type ChannelRow = typeof notificationChannels.$inferSelect;

export async function listChannels(tx: Tx, districtId: string): Promise<ChannelRow[]> {
  return tx
    .select()
    .from(notificationChannels)
    .where(eq(notificationChannels.districtId, districtId))
    .orderBy(asc(notificationChannels.createdAt), asc(notificationChannels.id));
}

export async function findChannel(tx: Tx, id: string, forUpdate = false): Promise<ChannelRow | null> {
  const q = tx.select().from(notificationChannels).where(eq(notificationChannels.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function insertChannel(tx: Tx, values: typeof notificationChannels.$inferInsert): Promise<ChannelRow> {
  const [row] = await tx.insert(notificationChannels).values(values).returning();
  return row!;
}

export async function updateChannel(
  tx: Tx,
  id: string,
  version: number,
  changes: Partial<Pick<ChannelRow, 'name' | 'target' | 'secret' | 'kinds' | 'enabled'>>,
): Promise<ChannelRow | null> {
  const [row] = await tx
    .update(notificationChannels)
    .set({ ...changes, version: sql`${notificationChannels.version} + 1`, updatedAt: new Date() })
    .where(and(eq(notificationChannels.id, id), eq(notificationChannels.version, version)))
    .returning();
  return row ?? null;
}

/** Removes the channel and its outbox (sent, pending and failed): they only make sense with it. */
export async function deleteChannel(tx: Tx, id: string): Promise<{ messages: number }> {
  const messages = await tx
    .delete(outboundMessages)
    .where(eq(outboundMessages.channelId, id))
    .returning({ id: outboundMessages.id });
  await tx.delete(notificationChannels).where(eq(notificationChannels.id, id));
  return { messages: messages.length };
}

/** How many of the channel's messages are in each state, for the journal entry of a deletion. */
export async function outboxCounts(tx: Tx, channelIds: string[]) {
  if (!channelIds.length) return [];
  return tx
    .select({
      channelId: outboundMessages.channelId,
      status: outboundMessages.status,
      n: sql<number>`count(*)::int`,
    })
    .from(outboundMessages)
    .where(inArray(outboundMessages.channelId, channelIds))
    .groupBy(outboundMessages.channelId, outboundMessages.status);
}
