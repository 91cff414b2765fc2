import {
  comparePeriods,
  DEFAULT_RANKING_WEIGHTS,
  localDate,
  parsePeriodKey,
  periodFirstDay,
  quarterOf,
  quarterWindow,
  rankSubjects,
  withQuarterChange,
  type Period,
  type Ranking,
  type RankingQuery,
} from '@tuijin/shared';
import type { Db } from '../../db/database.js';
import { allDistricts, type Actor } from '../../lib/actor.js';
import { notFound } from '../../lib/app-error.js';
import type { Clock } from '../../lib/clock.js';
import { defaultPeriod, ensureRollups } from '../indicators/figures.service.js';
import * as repo from './rankings.repo.js';

// Rankings (考核排名) of units and leaders for a quarter and the change from the quarter before:
// sums by the database, scores, ranks and ties by the shared rules (domain/rankings.ts).

export type RankingSettings = { timeZone: string; dueDay: number; clock: Clock };

const previousQuarter = (year: number, quarter: number) =>
  quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };

/** A quarter and the period whose lights it is judged by: its last month, or the latest closed one. */
function rankedQuarter(s: RankingSettings, year: number, quarter: number): repo.RankedQuarter {
  const last: Period = { year, month: quarter * 3 };
  const latest = defaultPeriod(s, s.clock.now());
  return { year, quarter, period: periodFirstDay(comparePeriods(last, latest) > 0 ? latest : last) };
}

/** A quarter and the one before it, as rankings read them. */
export function rankedQuarters(s: RankingSettings, year: number, quarter: number): repo.RankedQuarter[] {
  const prev = previousQuarter(year, quarter);
  return [rankedQuarter(s, year, quarter), rankedQuarter(s, prev.year, prev.quarter)];
}

/**
 * Computes what the ranking of the quarters needs and is not kept yet: the period's rollups first
 * (computing them can move the figures version that the sums carry), then the on-time sums.
 * Nothing to do on the usual request: one statement tells.
 */
export async function prepareRankings(
  db: Db,
  s: RankingSettings,
  subject: repo.Subject,
  districts: string[],
  quarters: readonly repo.RankedQuarter[],
  asOf: string,
): Promise<void> {
  const stale = await repo.staleForRanking(db, subject, districts, quarters, asOf);
  for (const [period, ids] of stale.rollups) await ensureRollups(db, ids, parsePeriodKey(period.slice(0, 7)), s);
  for (const q of quarters) {
    const window = quarterWindow(q.year, q.quarter);
    for (const d of stale.sums.get(`${q.year}-${q.quarter}`) ?? [])
      await db.transaction((tx) =>
        repo.rebuildRankingSums(tx, subject, d, { year: q.year, quarter: q.quarter, ...window }, asOf, s.timeZone),
      );
  }
}

export async function ranking(db: Db, actor: Actor, s: RankingSettings, q: RankingQuery): Promise<Ranking> {
  const seen = allDistricts(actor);
  const districts = q.districtId ? seen.filter((d) => d === q.districtId) : seen;
  if (!districts.length) throw notFound('district');
  const today = localDate(s.clock.now(), s.timeZone);
  const now: Period = { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
  const year = q.year ?? now.year;
  const quarter = q.quarter ?? quarterOf(now);
  const prev = previousQuarter(year, quarter);
  const quarters = rankedQuarters(s, year, quarter);
  await prepareRankings(db, s, q.subject, districts, quarters, today);
  const figures = await repo.subjectFigures(db, q.subject, districts, quarters);
  const [current, before] = quarters.map((_, k) =>
    rankSubjects(
      figures.map((f) => ({ id: f.id, name: f.name, ...f.quarters[k]!.sums, lights: f.quarters[k]!.lights })),
      q.order,
      DEFAULT_RANKING_WEIGHTS,
    ),
  );
  const window = quarterWindow(year, quarter);
  return {
    subject: q.subject,
    order: q.order,
    year,
    quarter,
    from: window.from,
    to: window.to,
    asOf: today,
    previous: prev,
    weights: DEFAULT_RANKING_WEIGHTS,
    rows: withQuarterChange(current!, before!),
  };
}
