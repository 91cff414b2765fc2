import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

// Columns every business table has (data-model.md): id, timestamps, version for optimistic locking.

export const id = () => uuid('id').primaryKey().defaultRandom();
export const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
};
