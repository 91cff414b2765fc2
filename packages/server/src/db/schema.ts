import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// Every business row carries district_id so every query is scoped and a distributed PostgreSQL
// could shard by it. Later modules (plans, reports, problems, formalities, meetings, relocation)
// add their own tables in their own migrations; see docs/decisions/002-data-model.md.

const id = () => uuid('id').primaryKey().defaultRandom();
const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
};

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
});

// ---- Plans and monthly reports -------------------------------------------------------------

/**
 * An annual plan version. The first approved version of a project's year is its baseline and is
 * never changed (a trigger refuses it); a re-plan is a new version with a reason.
 */
export const plans = pgTable(
  'plans',
  {
    id: id(),
    districtId: uuid('district_id')
      .notNull()
      .references(() => regions.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    year: integer('year').notNull(),
    versionNo: integer('version_no').notNull(),
    status: text('status', { enum: ['draft', 'approved', 'superseded'] })
      .notNull()
      .default('draft'),
    isBaseline: boolean('is_baseline').notNull().default(false),
    reason: text('reason'),
    plannedInvestment: numeric('planned_investment', { precision: 18, scale: 2 }).notNull(),
    monthlyTargets: numeric('monthly_targets', { precision: 18, scale: 2 }).array(),
    fundingBySource: jsonb('funding_by_source').notNull().default({}),
    createdBy: uuid('created_by').references(() => users.id),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [
    uniqueIndex('plans_project_year_version_uq').on(t.projectId, t.year, t.versionNo),
    index('plans_district_year_idx').on(t.districtId, t.year, t.status),
  ],
);

export const milestones = pgTable(
  'milestones',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    position: integer('position').notNull().default(0),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['start_of_works', 'topping_out', 'completion', 'handover', 'other'] }).notNull(),
    plannedDate: date('planned_date').notNull(),
    actualDate: date('actual_date'),
  },
  (t) => [index('milestones_plan_idx').on(t.planId), index('milestones_project_idx').on(t.projectId)],
);

export const monthlyReports = pgTable(
  'monthly_reports',
  {
    id: id(),
    districtId: uuid('district_id')
      .notNull()
      .references(() => regions.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    /** First day of the month reported on. */
    period: date('period').notNull(),
    status: text('status', { enum: ['draft', 'submitted', 'returned', 'accepted', 'reopened'] })
      .notNull()
      .default('draft'),
    completedThisMonth: numeric('completed_this_month', { precision: 18, scale: 2 }).notNull().default('0'),
    fundsReceived: jsonb('funds_received').notNull().default({}),
    progressPercent: numeric('progress_percent', { precision: 5, scale: 2 }),
    progressText: text('progress_text'),
    started: boolean('started').notNull().default(false),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    late: boolean('late').notNull().default(false),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    returnReason: text('return_reason'),
    createdBy: uuid('created_by').references(() => users.id),
    ...stamps,
  },
  (t) => [
    uniqueIndex('reports_project_period_uq').on(t.projectId, t.period),
    index('reports_district_period_idx').on(t.districtId, t.period, t.status),
  ],
);

/** The district's warning-light thresholds; absent rules take the defaults of domain.md. */
export const lightRuleConfigs = pgTable('light_rule_configs', {
  districtId: uuid('district_id')
    .primaryKey()
    .references(() => regions.id),
  rules: jsonb('rules').notNull(),
  ...stamps,
});
