import { supervisionNotice, type SupervisionStatus } from '@tuijin/shared';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { runOnce } from '../jobs/job-runs.js';
import type { Task } from '../jobs/scheduler.js';
import * as repo from './supervision.repo.js';
import { tellAboutItem } from './supervision-notices.js';
import { today, type SupervisionSettings } from './supervision.service.js';

// Once a district-local day (on one node), every item waiting on its unit is judged by its due
// date; a unit hears when its item turns blue (due within 3 days), yellow (behind) or red
// (overdue), once per level, item and due date (the notification's dedupe key).

/** The notices of the district-local today; returns how many items carry one (each told once). */
export async function tellNotices(db: Db, s: SupervisionSettings): Promise<{ told: number }> {
  const t = today(s);
  const waiting = await db.execute<{ id: string; status: SupervisionStatus; due_date: string; blue: number }>(sql`
    SELECT id, status, due_date::text, ${repo.blueWithinDaysSql} AS blue FROM supervision_items s
    WHERE ${repo.noticeLevelSql(t)} IS NOT NULL`);
  let told = 0;
  for (const item of waiting.rows) {
    const level = supervisionNotice({ status: item.status, dueDate: item.due_date }, t, {
      blueWithinDays: item.blue,
    }).level;
    if (!level) continue;
    await db.transaction(async (tx) => {
      const row = await repo.findItem(tx, item.id);
      if (!row || row.status !== item.status || row.dueDate !== item.due_date) return;
      await tellAboutItem(tx, level, row, t);
      told++;
    });
  }
  return { told };
}

export function noticesOnce(db: Db, s: SupervisionSettings): Promise<boolean> {
  return runOnce(db, 'supervision-notices', today(s), () => tellNotices(db, s));
}

export function supervisionTasks(db: Db, s: SupervisionSettings): Task[] {
  return [{ name: 'supervision-notices', everyMs: 10 * 60_000, run: async () => void (await noticesOnce(db, s)) }];
}
