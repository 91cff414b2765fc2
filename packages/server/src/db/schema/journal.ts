import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { regions } from './org.js';

export const journalEntries = pgTable(
  'journal_entries',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    districtId: uuid('district_id'),
    actorUserId: uuid('actor_user_id'),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    reason: text('reason'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('journal_entity_idx').on(t.entity, t.entityId, t.seq),
    index('journal_chain_idx').on(t.districtId, t.seq),
  ],
);

/**
 * A counter per district, bumped by triggers whenever registry data of the district changes
 * (projects, units, users, regions). Cached registry pages are valid while it stands still;
 * every app node reads it, so a write on one node invalidates the caches of all.
 */
export const dataVersions = pgTable('data_versions', {
  districtId: uuid('district_id')
    .primaryKey()
    .references(() => regions.id),
  registry: bigint('registry', { mode: 'number' }).notNull().default(0),
  /** Bumped by every change of the district's kept figures or projects: rollups compare it. */
  figures: bigint('figures', { mode: 'number' }).notNull().default(0),
  /** Bumped by every change of the district's problems and supervision items: ranking sums compare it. */
  unstuck: bigint('unstuck', { mode: 'number' }).notNull().default(0),
});
