import { and, asc, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { JournalAction } from '@tuijin/shared';
import type { Tx } from '../../db/database.js';
import { journalEntries, users } from '../../db/schema.js';
import { entryHash, GENESIS_HASH, type HashedFields } from './journal-hash.js';

export type JournalInput = Omit<HashedFields, 'at' | 'before' | 'after' | 'action'> & {
  action: JournalAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

const chainIs = (districtId: string | null) =>
  districtId === null ? isNull(journalEntries.districtId) : eq(journalEntries.districtId, districtId);

/**
 * Appends one entry in the caller's transaction. The advisory lock serialises appends to one
 * chain until commit, so prev_hash is always the hash of the entry committed just before.
 */
export async function appendEntry(tx: Tx, input: JournalInput): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`journal:${input.districtId ?? 'global'}`}))`);
  const [last] = await tx
    .select({ hash: journalEntries.hash })
    .from(journalEntries)
    .where(chainIs(input.districtId))
    .orderBy(desc(journalEntries.seq))
    .limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date().toISOString();
  const hash = entryHash(prevHash, { ...input, at });
  await tx.insert(journalEntries).values({ ...input, at: new Date(at), prevHash, hash });
}

/** Appends many entries of one chain at once (imports, demo data): one lock, one insert. */
export async function appendEntries(
  tx: Tx,
  districtId: string | null,
  inputs: Omit<JournalInput, 'districtId'>[],
): Promise<void> {
  if (!inputs.length) return;
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`journal:${districtId ?? 'global'}`}))`);
  const [last] = await tx
    .select({ hash: journalEntries.hash })
    .from(journalEntries)
    .where(chainIs(districtId))
    .orderBy(desc(journalEntries.seq))
    .limit(1);
  let prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date().toISOString();
  const rows = inputs.map((input) => {
    const entry = { ...input, districtId };
    const hash = entryHash(prevHash, { ...entry, at });
    const row = { ...entry, at: new Date(at), prevHash, hash };
    prevHash = hash;
    return row;
  });
  // Inserted in order, so sequence numbers follow the chain.
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(journalEntries).values(rows.slice(i, i + 1000));
}

export async function listEntityEntries(tx: Tx, entity: string, entityId: string, page: number, pageSize: number) {
  const where = and(eq(journalEntries.entity, entity), eq(journalEntries.entityId, entityId));
  const [rows, [total]] = await Promise.all([
    tx
      .select({ entry: journalEntries, actorName: users.displayName })
      .from(journalEntries)
      .leftJoin(users, eq(users.id, journalEntries.actorUserId))
      .where(where)
      .orderBy(desc(journalEntries.seq))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx.select({ n: count() }).from(journalEntries).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function listChains(tx: Tx): Promise<(string | null)[]> {
  const rows = await tx.selectDistinct({ districtId: journalEntries.districtId }).from(journalEntries);
  return rows.map((r) => r.districtId);
}

export async function chainBatch(tx: Tx, districtId: string | null, afterSeq: number, limit: number) {
  return tx
    .select()
    .from(journalEntries)
    .where(and(chainIs(districtId), gt(journalEntries.seq, afterSeq)))
    .orderBy(asc(journalEntries.seq))
    .limit(limit);
}
