import { bigint, boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id } from './columns.js';
import { regions, users } from './org.js';

// ---- Attachments: files kept through the storage interface ---------------------------------

/** A stored file (report photo, problem attachment…); the bytes live in storage under storage_key. */
export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    districtId: uuid('district_id')
      .notNull()
      .references(() => regions.id),
    /** The entity the file belongs to, e.g. 'monthly_report'. */
    ownerKind: text('owner_kind').notNull(),
    ownerId: uuid('owner_id').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    bytes: bigint('bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    public: boolean('public').notNull().default(false),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('attachments_owner_idx').on(t.ownerKind, t.ownerId)],
);
