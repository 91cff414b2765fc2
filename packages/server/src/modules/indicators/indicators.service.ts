import {
  addMonths,
  compareYuan,
  sumYuan,
  groupIndicatorsFromSums,
  periodFirstDay,
  periodKey,
  parsePeriodKey,
  quarterEnd,
  quarterOf,
  type GroupBy,
  type LightHistory,
  type Period,
  type ProjectIndicators,
  type Summary,
} from '@tuijin/shared';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { projects } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { projectScope, wholeDistrictScope } from '../projects/projects.policy.js';
import { loadVisible } from '../projects/projects.service.js';
import { figuresOf, groupSums, lightHistory, warningPage, type GroupSumsRow } from './figures.repo.js';
import { defaultPeriod, ensureFigures, ensureRollups, type IndicatorSettings } from './figures.service.js';
import { rollupSums } from './rollups.repo.js';

// Indicators read from the figures kept per project and period (figures.service.ts).

export type { IndicatorSettings };
export { defaultPeriod };

const periodOrDefault = (settings: IndicatorSettings, key?: string): Period =>
  key ? parsePeriodKey(key) : defaultPeriod(settings);

export async function projectIndicators(
  db: Db,
  actor: Actor,
  settings: IndicatorSettings,
  projectId: string,
  periodKeyIn?: string,
): Promise<ProjectIndicators> {
  await loadVisible(db, actor, projectId);
  const period = periodOrDefault(settings, periodKeyIn);
  const q = quarterOf(period);
  const prevEnd = q === 1 ? quarterEnd(period.year - 1, 4) : quarterEnd(period.year, q - 1);
  const one = eq(projects.id, projectId);
  await Promise.all([ensureFigures(db, one, period, settings), ensureFigures(db, one, prevEnd, settings)]);
  const [f, previous] = await Promise.all([
    figuresOf(db, projectId, periodFirstDay(period)),
    figuresOf(db, projectId, periodFirstDay(prevEnd)),
  ]);
  if (!f) {
    // A reserve-stage project has no figures yet.
    return {
      period: periodKey(period),
      plannedYuan: null,
      baselinePlannedYuan: null,
      cumulativeYuan: '0.00',
      completedByMonthYuan: Array<string | null>(12).fill(null),
      missingMonths: [],
      rate: null,
      gap: null,
      progressPercent: null,
      lastAcceptedPeriod: null,
      light: { colour: 'green', reasons: [] },
      forecast: null,
      previousQuarter: null,
    };
  }
  return {
    period: periodKey(period),
    ...f,
    previousQuarter: previous ? { period: periodKey(prevEnd), rate: previous.rate, gap: previous.gap } : null,
  };
}

function figuresOfGroup(g: GroupSumsRow, month: number): Summary['total'] {
  const i = groupIndicatorsFromSums(
    {
      plannedYuan: g.planned,
      cumulativeYuan: g.cumulative,
      count: g.count,
      unplannedCount: g.unplanned_count,
      unplannedCumulativeYuan: g.unplanned_cumulative,
    },
    month,
  );
  return {
    plannedYuan: i.plannedYuan,
    cumulativeYuan: i.cumulativeYuan,
    rate: i.rate,
    gap: i.gap,
    count: i.count,
    unplannedCount: i.unplannedCount,
    totalCumulativeYuan: i.totalCumulativeYuan,
    lights: { green: g.green, yellow: g.yellow, red: g.red },
    forecast: {
      expectedYuan: cents(g.forecast),
      lowYuan: cents(g.forecast_low),
      highYuan: cents(g.forecast_high),
      count: g.forecast_count,
    },
  };
}

const cents = (v: string) => sumYuan([v]);

/** The groups' sums added up into the total (exact: sums of numeric text). */
function totalOf(groups: GroupSumsRow[]): GroupSumsRow {
  const add = (pick: (g: GroupSumsRow) => string) => sumYuan(groups.map(pick));
  const count = (pick: (g: GroupSumsRow) => number) => groups.reduce((t, g) => t + pick(g), 0);
  return {
    key: '',
    name: '',
    planned: add((g) => g.planned),
    cumulative: add((g) => g.cumulative),
    count: count((g) => g.count),
    unplanned_count: count((g) => g.unplanned_count),
    unplanned_cumulative: add((g) => g.unplanned_cumulative),
    green: count((g) => g.green),
    yellow: count((g) => g.yellow),
    red: count((g) => g.red),
    forecast: add((g) => g.forecast),
    forecast_low: add((g) => g.forecast_low),
    forecast_high: add((g) => g.forecast_high),
    forecast_count: count((g) => g.forecast_count),
  };
}

/** Figures of the caller's projects summed by a grouping; every rate a ratio of sums. */
export async function summary(
  db: Db,
  actor: Actor,
  settings: IndicatorSettings,
  groupBy: GroupBy,
  periodKeyIn?: string,
): Promise<Summary> {
  const period = periodOrDefault(settings, periodKeyIn);
  const whole = wholeDistrictScope(actor);
  let rows;
  if (whole) {
    // Whole districts (the office, a city or province): their rollups, a few rows a district.
    await ensureRollups(db, whole, period, settings);
    rows = await rollupSums(db, whole, periodFirstDay(period), groupBy);
  } else {
    const scope = projectScope(actor);
    await ensureFigures(db, scope, period, settings);
    rows = await groupSums(db, scope, periodFirstDay(period), groupBy);
  }
  return {
    period: periodKey(period),
    groupBy,
    total: figuresOfGroup(totalOf(rows), period.month),
    groups: rows
      .map((g) => ({ key: g.key, name: g.name, ...figuresOfGroup(g, period.month) }))
      .sort((a, b) => compareYuan(b.plannedYuan, a.plannedYuan) || a.key.localeCompare(b.key)),
  };
}

/** The warning board: every yellow or red project in scope, worst first, with its reasons. */
export async function warnings(
  db: Db,
  actor: Actor,
  settings: IndicatorSettings,
  q: {
    period?: string;
    colour?: 'yellow' | 'red';
    leaderId?: string;
    unitId?: string;
    direction?: string;
    page: number;
    pageSize: number;
  },
) {
  const period = periodOrDefault(settings, q.period);
  const scope = projectScope(actor);
  const whole = wholeDistrictScope(actor);
  // Fresh rollups of whole districts mean every project has its figures (cheaper to check).
  if (whole) await ensureRollups(db, whole, period, settings);
  else await ensureFigures(db, scope, period, settings);
  const rows = await warningPage(db, scope, periodFirstDay(period), { ...q, districtIds: whole }, q.page, q.pageSize);
  return {
    items: rows.map((row) => ({
      project: { id: row.id, name: row.name },
      leader: row.lead_leader_id ? { id: row.lead_leader_id, name: row.leader_name ?? '' } : null,
      responsibleUnit: row.responsible_unit_id ? { id: row.responsible_unit_id, name: row.unit_name ?? '' } : null,
      direction: row.direction as 'high_quality',
      colour: row.colour,
      reasons: row.reasons,
      rate: row.rate,
      gap: row.gap,
    })),
    total: rows[0]?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** A project's light month by month, the months before `to` (default: the current period). */
export async function projectLightHistory(
  db: Db,
  actor: Actor,
  settings: IndicatorSettings,
  projectId: string,
  months: number,
  toKey?: string,
): Promise<LightHistory> {
  await loadVisible(db, actor, projectId);
  const to = periodOrDefault(settings, toKey);
  const from = addMonths(to, -(months - 1));
  const one = eq(projects.id, projectId);
  for (let p = from; p.year < to.year || (p.year === to.year && p.month <= to.month); p = addMonths(p, 1)) {
    await ensureFigures(db, one, p, settings);
  }
  const rows = await lightHistory(db, projectId, periodFirstDay(from), periodFirstDay(to));
  return {
    from: periodKey(from),
    to: periodKey(to),
    items: rows.map((r) => ({ period: r.period, colour: r.colour, reasons: r.reasons, rate: r.rate, gap: r.gap })),
  };
}
