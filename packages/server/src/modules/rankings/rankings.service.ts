import {
  comparePeriods,
  DEFAULT_RANKING_WEIGHTS,
  localDate,
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

async function rank(
  db: Db,
  s: RankingSettings,
  q: Pick<RankingQuery, 'subject' | 'order'>,
  districts: string[],
  year: number,
  quarter: number,
  asOf: string,
) {
  const window = quarterWindow(year, quarter);
  // Lights of the quarter's last month, or of the latest closed month when the quarter is running.
  const last: Period = { year, month: quarter * 3 };
  const latest = defaultPeriod(s, s.clock.now());
  const period = comparePeriods(last, latest) > 0 ? latest : last;
  await ensureRollups(db, districts, period, s);
  for (const d of await repo.staleRankingDistricts(db, q.subject, districts, year, quarter, asOf))
    await db.transaction((tx) =>
      repo.rebuildRankingSums(tx, q.subject, d, { year, quarter, ...window }, asOf, s.timeZone),
    );
  const [people, onTime, lights] = await Promise.all([
    repo.subjects(db, q.subject, districts),
    repo.rankingSums(db, q.subject, districts, year, quarter),
    repo.lightsBySubject(db, q.subject, districts, periodFirstDay(period)),
  ]);
  const rows = people.map((p) => ({
    id: p.id,
    name: p.name,
    problems: onTime.get(p.id)?.problems ?? { due: 0, onTime: 0 },
    supervision: onTime.get(p.id)?.supervision ?? { due: 0, onTime: 0 },
    lights: lights.get(p.id) ?? { green: 0, yellow: 0, red: 0 },
  }));
  return { window, ranked: rankSubjects(rows, q.order, DEFAULT_RANKING_WEIGHTS) };
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
  const [current, before] = await Promise.all([
    rank(db, s, q, districts, year, quarter, today),
    rank(db, s, q, districts, prev.year, prev.quarter, today),
  ]);
  return {
    subject: q.subject,
    order: q.order,
    year,
    quarter,
    from: current.window.from,
    to: current.window.to,
    asOf: today,
    previous: prev,
    weights: DEFAULT_RANKING_WEIGHTS,
    rows: withQuarterChange(current.ranked, before.ranked),
  };
}
