import {
  boolean,
  date,
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
import { regions, users } from './org.js';
import { projects } from './projects.js';

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
