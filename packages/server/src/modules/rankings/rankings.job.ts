import { localDate, quarterOf } from '@tuijin/shared';
import type { Db } from '../../db/database.js';
import { allFinished, runOnce } from '../jobs/job-runs.js';
import type { Task } from '../jobs/scheduler.js';
import { districtsWithProjects } from '../indicators/figures.service.js';
import { prepareRankings, rankedQuarters, type RankingSettings } from './rankings.service.js';

// Once a district-local day, after the nightly figures and the problems' escalation have run (they
// move the versions the kept sums carry), the rankings of this quarter and the one before are
// computed for every district, so that the first ranking of the day reads kept sums too.

/** The jobs whose changes the day's kept ranking sums must come after. */
export const RANKINGS_AFTER = ['figures', 'problem-escalation'] as const;

export async function warmRankings(db: Db, s: RankingSettings): Promise<{ districts: number }> {
  const today = localDate(s.clock.now(), s.timeZone);
  const year = Number(today.slice(0, 4));
  const quarters = rankedQuarters(s, year, quarterOf({ year, month: Number(today.slice(5, 7)) }));
  const districts = await districtsWithProjects(db);
  for (const subject of ['unit', 'leader'] as const) await prepareRankings(db, s, subject, districts, quarters, today);
  return { districts: districts.length };
}

/** Runs the day's warm-up unless it ran already or what it comes after has not finished. */
export async function rankingsOnce(db: Db, s: RankingSettings): Promise<boolean> {
  const today = localDate(s.clock.now(), s.timeZone);
  if (!(await allFinished(db, RANKINGS_AFTER, today))) return false;
  return runOnce(db, 'rankings', today, () => warmRankings(db, s));
}

export function rankingsTask(db: Db, s: RankingSettings): Task {
  return { name: 'rankings', everyMs: 10 * 60_000, run: async () => void (await rankingsOnce(db, s)) };
}
