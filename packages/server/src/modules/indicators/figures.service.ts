import {
  addMonths,
  comparePeriods,
  daysInMonth,
  localDate,
  periodFirstDay,
  periodOf,
  type Period,
} from '@tuijin/shared';
import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.js';
import { projects } from '../../db/schema.js';
import { projectYearRows, type ProjectYearRow } from './indicators.repo.js';
import { deleteFiguresFrom, projectsWithoutFigures, storedColours, upsertFigures } from './figures.repo.js';
import { rebuildRollups, staleDistricts } from './rollups.repo.js';
import { rulesByDistrict } from './light-rules.service.js';
import { projectFigures, type Clock, type ProjectFigures } from './project-figures.js';

// Figures and lights are kept per project and period (project_figures). They are computed by the
// pure rules from the project's plans and reports, stored, and read back by the summaries, the
// warning board, the project page and the light history. A change to a project's reports, plans
// or record forgets its figures from the changed period on and computes the current period again
// in the same transaction; the nightly job recomputes the current period of every project, since
// lights also move with the calendar (a report falls due, a milestone passes its date). A period
// nobody has asked for yet is computed when first read.

export type IndicatorSettings = { timeZone: string; dueDay: number };

export type Computed = { row: ProjectYearRow; f: ProjectFigures };

/** Someone to tell when a project's light of the current period turns red. */
export type RedListener = (
  tx: Tx,
  turnedRed: { row: ProjectYearRow; f: ProjectFigures; period: Period }[],
) => Promise<void>;

let redListener: RedListener | null = null;

/** Set once at start by the notifications module; figures never import notifications. */
export function onLightTurnedRed(listener: RedListener | null): void {
  redListener = listener;
}

export function clockOf(settings: IndicatorSettings, now = new Date()): Clock {
  return { now, today: localDate(now, settings.timeZone), timeZone: settings.timeZone, dueDay: settings.dueDay };
}

/** Without a period the latest one reported on: last month, in the district's time zone. */
export function defaultPeriod(settings: IndicatorSettings, now = new Date()): Period {
  return addMonths(periodOf(now, settings.timeZone), -1);
}

/** Computes (without storing) the figures of the active projects matching the condition. */
export async function computeFigures(tx: Tx, where: SQL, period: Period, clockNow: Clock): Promise<Computed[]> {
  // The current period is judged as of today. A period before it is judged as of its last day: a
  // milestone or problem that fell due later does not light a month that ended before it.
  const current = addMonths(periodOf(clockNow.now, clockNow.timeZone), -1);
  const last = `${periodFirstDay(period).slice(0, 8)}${String(daysInMonth(period.year, period.month)).padStart(2, '0')}`;
  const clock = comparePeriods(period, current) < 0 ? { ...clockNow, today: last } : clockNow;
  const rows = await projectYearRows(tx, where, period.year, periodFirstDay(period), clock.today);
  const rules = await rulesByDistrict(tx, [...new Set(rows.map((r) => r.district_id))]);
  return rows.map((row) => ({ row, f: projectFigures(row, period, clock, rules.get(row.district_id)!) }));
}

/**
 * Computes and stores the figures of the given projects for a period. For the current period the
 * projects whose light turned red (from another colour or from nothing) are passed to the
 * listener when `notify` is set.
 */
async function computeAndStore(
  tx: Tx,
  where: SQL,
  period: Period,
  settings: IndicatorSettings,
  notify: boolean,
  now = new Date(),
): Promise<Computed[]> {
  const computed = await computeFigures(tx, where, period, clockOf(settings, now));
  const first = periodFirstDay(period);
  const isCurrent = comparePeriods(period, defaultPeriod(settings, now)) === 0;
  const before =
    notify && isCurrent && redListener
      ? await storedColours(
          tx,
          computed.map((c) => c.row.id),
          first,
        )
      : null;
  await upsertFigures(
    tx,
    computed.map(({ row, f }) => ({ projectId: row.id, districtId: row.district_id, period: first, f })),
  );
  if (before && redListener) {
    const turned = computed.filter(({ row, f }) => f.light.colour === 'red' && before.get(row.id) !== 'red');
    if (turned.length)
      await redListener(
        tx,
        turned.map((c) => ({ ...c, period })),
      );
  }
  return computed;
}

/** Makes sure every active project in scope has figures for the period (computing the missing). */
export async function ensureFigures(db: Db, scope: SQL, period: Period, settings: IndicatorSettings): Promise<void> {
  const missing = await projectsWithoutFigures(db, scope, periodFirstDay(period));
  for (let i = 0; i < missing.length; i += 1000) {
    await computeAndStore(db, inArray(projects.id, missing.slice(i, i + 1000)), period, settings, false);
  }
}

/**
 * Makes the rollups of whole districts current for a period: for each district whose figures
 * changed since (or that has none), its missing figures are computed and its sums rebuilt.
 */
export async function ensureRollups(
  db: Db,
  districtIds: string[],
  period: Period,
  settings: IndicatorSettings,
): Promise<void> {
  const first = periodFirstDay(period);
  for (const districtId of await staleDistricts(db, districtIds, first)) {
    await ensureFigures(db, eq(projects.districtId, districtId), period, settings);
    await db.transaction((tx) => rebuildRollups(tx, districtId, first));
  }
}

/**
 * After a change to a project's reports, plans or record that affects figures from `from` on:
 * forgets them and computes the current period again (telling of a red light), in the caller's
 * transaction so that readers never see figures older than the data.
 */
export async function projectChanged(
  tx: Tx,
  projectId: string,
  from: Period | 'current',
  settings: IndicatorSettings,
): Promise<void> {
  const current = defaultPeriod(settings);
  const start = from === 'current' ? current : from;
  // The current period's row stays until it is overwritten, so the recompute sees a change of colour.
  await deleteFiguresFrom(tx, projectId, periodFirstDay(start), periodFirstDay(current));
  if (comparePeriods(start, current) <= 0) {
    await computeAndStore(tx, eq(projects.id, projectId), current, settings, true);
  }
}

/** The current period of every active project of a district again (nightly, and on new rules). */
export async function recomputeDistrict(
  tx: Tx,
  districtId: string,
  settings: IndicatorSettings,
  now = new Date(),
): Promise<number> {
  const period = defaultPeriod(settings, now);
  const computed = await computeAndStore(tx, eq(projects.districtId, districtId), period, settings, true, now);
  await rebuildRollups(tx, districtId, periodFirstDay(period));
  return computed.length;
}

/** Districts that have active projects. */
export async function districtsWithProjects(db: Db): Promise<string[]> {
  const r = await db.execute<{ district_id: string }>(
    sql`SELECT DISTINCT district_id FROM projects WHERE archived_at IS NULL AND stage <> 'reserve'`,
  );
  return r.rows.map((x) => x.district_id);
}
