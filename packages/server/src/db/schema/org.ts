import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, stamps } from './columns.js';

// Every business row carries district_id so every query is scoped and a distributed PostgreSQL
// could shard by it. Later modules (plans, reports, problems, formalities, meetings, relocation)
// add their own tables in their own migrations; see docs/decisions/002-data-model.md.

export const regions = pgTable(
  'regions',
  {
    id: id(),
    parentId: uuid('parent_id').references((): never => regions.id as never),
    level: text('level', { enum: ['province', 'city', 'district', 'street'] }).notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    ...stamps,
  },
  (t) => [uniqueIndex('regions_code_uq').on(t.code), index('regions_parent_idx').on(t.parentId)],
);

export const units = pgTable(
  'units',
  {
    id: id(),
    districtId: uuid('district_id')
      .notNull()
      .references(() => regions.id),
    kind: text('kind', { enum: ['office', 'bureau', 'street', 'enterprise', 'other'] }).notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    parentUnitId: uuid('parent_unit_id'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [uniqueIndex('units_district_name_uq').on(t.districtId, t.name)],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    districtId: uuid('district_id').references(() => regions.id),
    unitId: uuid('unit_id').references(() => units.id),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    phone: text('phone'),
    passwordHash: text('password_hash').notNull(),
    status: text('status', { enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [uniqueIndex('users_username_uq').on(sql`lower(${t.username})`)],
);

export const roleGrants = pgTable(
  'role_grants',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role', { enum: ['admin', 'office', 'leader', 'unit', 'owner', 'supervisor'] }).notNull(),
    scopeRegionId: uuid('scope_region_id')
      .notNull()
      .references(() => regions.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role, t.scopeRegionId] })],
);

export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull(),
    csrfToken: text('csrf_token').notNull(),
    // The districts each role covers, resolved at sign-in; any change of the user's roles,
    // unit or of the region tree above their grants ends their sessions.
    scope: jsonb('scope').notNull().default({}),
    districtIds: uuid('district_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [uniqueIndex('sessions_token_uq').on(t.tokenHash), index('sessions_user_idx').on(t.userId)],
);

/** Failed sign-ins, in the database so every app node counts the same attempts. */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_failures_user_at_idx').on(t.username, t.at), index('login_failures_ip_at_idx').on(t.ip, t.at)],
);
