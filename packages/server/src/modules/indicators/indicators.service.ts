import {
  addMonths,
  groupForecast,
  groupIndicators,
  localDate,
  parsePeriodKey,
  periodFirstDay,
  periodKey,
  periodOf,
  quarterEnd,
  quarterOf,
  type GroupBy,
  type Period,
  type ProjectIndicators,
  type Summary,
} from '@tuijin/shared';
import { eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { projects } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { projectScope } from '../projects/projects.policy.js';
import { loadVisible } from '../projects/projects.service.js';
import { projectYearRows, type ProjectYearRow } from './indicators.repo.js';
import { rulesByDistrict } from './light-rules.service.js';
import { projectFigures, type Clock, type ProjectFigures } from './project-figures.js';

export type IndicatorSettings = { timeZone: string; dueDay: number };

function clockOf(settings: IndicatorSettings, now = new Date()): Clock {
  return { now, today: localDate(now, settings.timeZone), timeZone: settings.timeZone, dueDay: settings.dueDay };
}

/** Without a period the latest one reported on: last month, in the district's time zone. */
export function defaultPeriod(settings: IndicatorSettings, now = new Date()): Period {
  return addMonths(periodOf(now, settings.timeZone), -1);
}

async function figuresFor(db: Db, scope: SQL, period: Period, clock: Clock) {
  const rows = await projectYearRows(db, scope, period.year, periodFirstDay(period), clock.today);
  const rules = await rulesByDistrict(db, [...new Set(rows.map((r) => r.district_id))]);
  return rows.map((row) => ({ row, f: projectFigures(row, period, clock, rules.get(row.district_id)!) }));
}

export async function projectIndicators(
  db: Db,
  actor: Actor,
  settings: IndicatorSettings,
  projectId: string,
  periodKeyIn?: string,
): Promise<ProjectIndicators> {
  await loadVisible(db, actor, projectId);
  const clock = clockOf(settings);
  const period = periodKeyIn ? parsePeriodKey(periodKeyIn) : defaultPeriod(settings);
  const [current] = await figuresFor(db, eq(projects.id, projectId), period, clock);
  const q = quarterOf(period);
  const prevEnd = q === 1 ? quarterEnd(period.year - 1, 4) : quarterEnd(period.year, q - 1);
  const [previous] = await figuresFor(db, eq(projects.id, projectId), prevEnd, clock);
  const f: ProjectFigures | undefined = current?.f;
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
    previousQuarter: previous ? { period: periodKey(prevEnd), rate: previous.f.rate, gap: previous.f.gap } : null,
  };
}

const GROUP_KEY: Record<GroupBy, (r: ProjectYearRow) => [string, string]> = {
  district: (r) => [r.district_id, ''],
  direction: (r) => [r.direction, r.direction],
  investorType: (r) => [r.investor_type, r.investor_type],
  field: (r) => [r.field, r.field],
  stage: (r) => [r.stage, r.stage],
  leader: (r) => [r.lead_leader_id ?? '', r.leader_name ?? ''],
  unit: (r) => [r.responsible_unit_id ?? '', r.unit_name ?? ''],
  street: (r) => [r.street_id ?? '', ''],
};

function figuresOfGroup(items: { f: ProjectFigures }[], month: number): Summary['total'] {
  const g = groupIndicators(
    items.map(({ f }) => ({ plannedYuan: f.plannedYuan, cumulativeYuan: f.cumulativeYuan })),
    month,
  );
  const lights = { green: 0, yellow: 0, red: 0 };
  for (const { f } of items) lights[f.light.colour]++;
  const fc = groupForecast(items.map(({ f }) => f.forecast));
  return {
    plannedYuan: g.plannedYuan,
    cumulativeYuan: g.cumulativeYuan,
    rate: g.rate,
    gap: g.gap,
    count: g.count,
    unplannedCount: g.unplannedCount,
    totalCumulativeYuan: g.totalCumulativeYuan,
    lights,
    forecast: { expectedYuan: fc.expectedYuan, lowYuan: fc.lowYuan, highYuan: fc.highYuan, count: fc.count },
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
  const period = periodKeyIn ? parsePeriodKey(periodKeyIn) : defaultPeriod(settings);
  const all = await figuresFor(db, projectScope(actor), period, clockOf(settings));
  const groups = new Map<string, { name: string; items: typeof all }>();
  for (const item of all) {
    const [key, name] = GROUP_KEY[groupBy](item.row);
    const g = groups.get(key) ?? { name, items: [] };
    g.items.push(item);
    groups.set(key, g);
  }
  return {
    period: periodKey(period),
    groupBy,
    total: figuresOfGroup(all, period.month),
    groups: [...groups]
      .map(([key, g]) => ({ key, name: g.name, ...figuresOfGroup(g.items, period.month) }))
      .sort((a, b) => b.plannedYuan.localeCompare(a.plannedYuan, undefined, { numeric: true })),
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
  const period = q.period ? parsePeriodKey(q.period) : defaultPeriod(settings);
  const all = await figuresFor(db, projectScope(actor), period, clockOf(settings));
  const lit = all
    .filter(({ f }) => f.light.colour !== 'green' && (!q.colour || f.light.colour === q.colour))
    .filter(
      ({ row }) =>
        (!q.leaderId || row.lead_leader_id === q.leaderId) &&
        (!q.unitId || row.responsible_unit_id === q.unitId) &&
        (!q.direction || row.direction === q.direction),
    )
    .sort((a, b) =>
      a.f.light.colour === b.f.light.colour ? (a.f.gap ?? 0) - (b.f.gap ?? 0) : a.f.light.colour === 'red' ? -1 : 1,
    );
  const page = lit.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  return {
    items: page.map(({ row, f }) => ({
      project: { id: row.id, name: row.name },
      leader: row.lead_leader_id ? { id: row.lead_leader_id, name: row.leader_name ?? '' } : null,
      responsibleUnit: row.responsible_unit_id ? { id: row.responsible_unit_id, name: row.unit_name ?? '' } : null,
      direction: row.direction as 'high_quality',
      colour: f.light.colour as 'yellow' | 'red',
      reasons: f.light.reasons,
      rate: f.rate,
      gap: f.gap,
    })),
    total: lit.length,
    page: q.page,
    pageSize: q.pageSize,
  };
}
