import {
  bigint,
  date,
  doublePrecision,
  index,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { regions } from './org.js';
import { projects } from './projects.js';

// ---- Figures and lights kept per project and period ----------------------------------------

/**
 * One project's figures and warning light for one month, as computed by the indicator rules
 * (data-model.md's "light", with the sums the group rollups add up). Rewritten for the project
 * whenever a report, plan or project changes, and for every project by the nightly job, so group
 * summaries read sums instead of evaluating every project and a project's light history is kept.
 */
export const projectFigures = pgTable(
  'project_figures',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    districtId: uuid('district_id')
      .notNull()
      .references(() => regions.id),
    /** First day of the month the figures are for. */
    period: date('period').notNull(),
    colour: text('colour', { enum: ['green', 'yellow', 'red'] }).notNull(),
    /** The light's reasons: [{ rule, zh, en, figures }]. */
    reasons: jsonb('reasons').notNull().default([]),
    plannedYuan: numeric('planned_yuan', { precision: 18, scale: 2 }),
    baselinePlannedYuan: numeric('baseline_planned_yuan', { precision: 18, scale: 2 }),
    cumulativeYuan: numeric('cumulative_yuan', { precision: 18, scale: 2 }).notNull(),
    rate: doublePrecision('rate'),
    gap: doublePrecision('gap'),
    forecastYuan: numeric('forecast_yuan', { precision: 18, scale: 2 }),
    forecastLowYuan: numeric('forecast_low_yuan', { precision: 18, scale: 2 }),
    forecastHighYuan: numeric('forecast_high_yuan', { precision: 18, scale: 2 }),
    /** Everything the project page shows for the period (months, missing months, forecast…). */
    detail: jsonb('detail').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.period] }),
    index('project_figures_district_period_idx').on(t.districtId, t.period, t.colour),
  ],
);

/** A run of a scheduled job, keyed so that several app nodes run each occurrence once. */
export const jobRuns = pgTable(
  'job_runs',
  {
    name: text('name').notNull(),
    runKey: text('run_key').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    node: text('node').notNull(),
    result: jsonb('result'),
  },
  (t) => [primaryKey({ columns: [t.name, t.runKey] })],
);

/**
 * A district's figures of one period summed by every grouping (data-model.md's indicator_rollup),
 * derived from project_figures. Valid while figures_version equals data_versions.figures of the
 * district; the whole-district summaries of a province read these rows instead of 100,000.
 */
export const districtRollups = pgTable(
  'district_rollups',
  {
    districtId: uuid('district_id')
      .notNull()
      .references(() => regions.id),
    period: date('period').notNull(),
    /** 'total' (one row, key ''), or a GroupBy: district, direction, investorType, field… */
    groupKind: text('group_kind').notNull(),
    groupKey: text('group_key').notNull(),
    figuresVersion: bigint('figures_version', { mode: 'number' }).notNull(),
    plannedYuan: numeric('planned_yuan', { precision: 20, scale: 2 }).notNull(),
    cumulativeYuan: numeric('cumulative_yuan', { precision: 20, scale: 2 }).notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
    unplannedCount: bigint('unplanned_count', { mode: 'number' }).notNull(),
    unplannedCumulativeYuan: numeric('unplanned_cumulative_yuan', { precision: 20, scale: 2 }).notNull(),
    green: bigint('green', { mode: 'number' }).notNull(),
    yellow: bigint('yellow', { mode: 'number' }).notNull(),
    red: bigint('red', { mode: 'number' }).notNull(),
    forecastYuan: numeric('forecast_yuan', { precision: 20, scale: 2 }).notNull(),
    forecastLowYuan: numeric('forecast_low_yuan', { precision: 20, scale: 2 }).notNull(),
    forecastHighYuan: numeric('forecast_high_yuan', { precision: 20, scale: 2 }).notNull(),
    forecastCount: bigint('forecast_count', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.districtId, t.period, t.groupKind, t.groupKey] })],
);
