import { localDate } from '@tuijin/shared';
import type { Db } from '../../db/database.js';
import { runOnce } from '../jobs/job-runs.js';
import type { Task } from '../jobs/scheduler.js';
import { districtsWithProjects, recomputeDistrict, type IndicatorSettings } from './figures.service.js';

// The nightly recompute: lights move with the calendar (a report falls due, a milestone passes
// its date), so once a day, soon after midnight in the district's time zone, the current period
// of every active project is computed again. One node runs each day's occurrence (job_runs).

export async function recomputeAll(db: Db, settings: IndicatorSettings, now = new Date()) {
  const districts = await districtsWithProjects(db);
  let projects = 0;
  for (const districtId of districts) {
    projects += await db.transaction((tx) => recomputeDistrict(tx, districtId, settings, now));
  }
  return { districts: districts.length, projects };
}

/** Runs the day's recompute unless some node already did; true when this call ran it. */
export function nightlyFigures(db: Db, settings: IndicatorSettings, now = new Date()): Promise<boolean> {
  return runOnce(db, 'figures', localDate(now, settings.timeZone), () => recomputeAll(db, settings, now));
}

export function figuresTask(db: Db, settings: IndicatorSettings): Task {
  return { name: 'figures', everyMs: 10 * 60_000, run: async (now) => void (await nightlyFigures(db, settings, now)) };
}
