import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, stamps } from './columns.js';
import { regions, units, users } from './org.js';

export const tags = pgTable(
  'tags',
  {
    id: id(),
    districtId: uuid('district_id')
      .notNull()
      .references(() => regions.id),
    category: text('category', { enum: ['transformation', 'strategy', 'livelihood'] }).notNull(),
    name: text('name').notNull(),
    ...stamps,
  },
  (t) => [uniqueIndex('tags_district_name_uq').on(t.districtId, t.name)],
);

export const projects = pgTable(
  'projects',
  {
    id: id(),
    districtId: uuid('district_id')
      .notNull()
      .references(() => regions.id),
    streetId: uuid('street_id').references(() => regions.id),
    code: text('code'),
    name: text('name').notNull(),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => units.id),
    investorType: text('investor_type', { enum: ['government', 'social', 'joint'] }).notNull(),
    field: text('field', { enum: ['industrial', 'social', 'livelihood', 'urban'] }).notNull(),
    direction: text('direction', { enum: ['high_quality', 'ecology', 'livelihood', 'governance'] }).notNull(),
    industry: text('industry'),
    stage: text('stage', {
      enum: ['reserve', 'preparation', 'new_start', 'continuing', 'completed', 'operating'],
    }).notNull(),
    inStatistics: boolean('in_statistics').notNull().default(false),
    content: text('content'),
    totalInvestment: numeric('total_investment', { precision: 18, scale: 2 }).notNull(),
    plannedStart: date('planned_start'),
    plannedEnd: date('planned_end'),
    actualStart: date('actual_start'),
    actualEnd: date('actual_end'),
    address: text('address'),
    lng: doublePrecision('lng'),
    lat: doublePrecision('lat'),
    publishable: boolean('publishable').notNull().default(false),
    tagIds: uuid('tag_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    // Denormalised from the responsibility group (kept in the same transaction) so the registry
    // filters and sorts by them with plain indexes.
    leadLeaderId: uuid('lead_leader_id').references(() => users.id),
    responsibleUnitId: uuid('responsible_unit_id').references(() => units.id),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [
    uniqueIndex('projects_code_uq').on(t.code),
    // The registry's default order (largest first) read straight from the index, with the id as
    // the tie-breaker that makes paging stable.
    index('projects_district_idx').on(t.districtId, t.archivedAt, t.totalInvestment, t.id),
    index('projects_leader_idx').on(t.leadLeaderId),
    index('projects_unit_idx').on(t.responsibleUnitId),
    index('projects_owner_idx').on(t.ownerUnitId),
    index('projects_street_idx').on(t.streetId),
  ],
);

/** The configurable "1+3" slots of a district, one row per district holding the ordered set. */
export const responsibilityConfigs = pgTable('responsibility_configs', {
  id: id(),
  districtId: uuid('district_id')
    .notNull()
    .unique()
    .references(() => regions.id),
  slots: jsonb('slots').notNull(),
  ...stamps,
});

export const responsibilityAssignments = pgTable(
  'responsibility_assignments',
  {
    id: id(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    slotKey: text('slot_key').notNull(),
    position: integer('position').notNull().default(0),
    userId: uuid('user_id').references(() => users.id),
    unitId: uuid('unit_id').references(() => units.id),
    text: text('text'),
  },
  (t) => [index('assignments_project_idx').on(t.projectId), index('assignments_user_idx').on(t.userId)],
);
