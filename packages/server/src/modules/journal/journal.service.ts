import type { JournalEntry, JournalVerifyResult } from '@tuijin/shared';
import type { Tx } from '../../db/database.js';
import { diffSnapshots, entryHash, GENESIS_HASH } from './journal-hash.js';
import { chainBatch, listChains, listEntityEntries } from './journal.repo.js';

export { appendEntries, appendEntry, type JournalInput } from './journal.repo.js';

type Snapshot = Record<string, unknown> | null;

export async function entityHistory(tx: Tx, entity: string, entityId: string, page: number, pageSize: number) {
  const { rows, total } = await listEntityEntries(tx, entity, entityId, page, pageSize);
  const items: JournalEntry[] = rows.map(({ entry, actorName }) => ({
    seq: entry.seq,
    at: entry.at.toISOString(),
    actor: entry.actorUserId ? { id: entry.actorUserId, name: actorName ?? '' } : null,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action as JournalEntry['action'],
    before: entry.before as Snapshot,
    after: entry.after as Snapshot,
    changes: diffSnapshots(entry.before as Snapshot, entry.after as Snapshot),
    reason: entry.reason,
  }));
  return { items, total, page, pageSize };
}

/** Walks every chain in order; reports the first entry whose link or content does not hold. */
export async function verifyJournal(tx: Tx): Promise<JournalVerifyResult> {
  const chains: JournalVerifyResult['chains'] = [];
  for (const districtId of await listChains(tx)) {
    let prev = GENESIS_HASH;
    let lastSeq = 0;
    let entries = 0;
    let broken: { seq: number; problem: string } | null = null;
    while (!broken) {
      const batch = await chainBatch(tx, districtId, lastSeq, 5000);
      if (batch.length === 0) break;
      for (const e of batch) {
        entries++;
        const expected = entryHash(e.prevHash, {
          at: e.at.toISOString(),
          districtId: e.districtId,
          actorUserId: e.actorUserId,
          entity: e.entity,
          entityId: e.entityId,
          action: e.action,
          before: e.before,
          after: e.after,
          reason: e.reason,
        });
        if (e.prevHash !== prev)
          broken = { seq: e.seq, problem: 'link to the previous entry is broken (an entry was removed or reordered)' };
        else if (e.hash !== expected)
          broken = { seq: e.seq, problem: 'content does not match its hash (the entry was altered)' };
        if (broken) break;
        prev = e.hash;
        lastSeq = e.seq;
      }
    }
    chains.push({ districtId, entries, firstBrokenSeq: broken?.seq ?? null, problem: broken?.problem ?? null });
  }
  return { ok: chains.every((c) => c.firstBrokenSeq === null), chains };
}
