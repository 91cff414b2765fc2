import {
  addMonths,
  daysBetween,
  localDate,
  periodFirstDay,
  periodKey,
  periodOf,
  reportDueAt,
  type Period,
} from '@tuijin/shared';
import type { Db } from '../../db/database.js';
import { runOnce } from '../jobs/job-runs.js';
import { reportDueBucket } from './notification-rules.js';
import * as repo from './notifications.repo.js';
import { notify } from './notifications.service.js';

// The report-due reminder: once a day (district time), every project that owes last month's
// report and has not submitted it is reminded as the due day nears, on the day, and weekly while
// it is overdue. One node runs each day's occurrence (job_runs); the dedupe keys make a second
// run on the same day, or a retried one, tell nobody twice.

export type ReminderSettings = { timeZone: string; dueDay: number };

export const REPORT_DUE_JOB = 'report-due';

export async function remindReportsDue(
  db: Db,
  settings: ReminderSettings,
  now = new Date(),
): Promise<{ period: string; daysLeft: number; projects: number; notified: number }> {
  const period: Period = addMonths(periodOf(now, settings.timeZone), -1);
  const dueDate = localDate(reportDueAt(period, settings.dueDay, settings.timeZone), settings.timeZone);
  const daysLeft = daysBetween(localDate(now, settings.timeZone), dueDate);
  const bucket = reportDueBucket(daysLeft);
  const key = periodKey(period);
  if (bucket === null) return { period: key, daysLeft, projects: 0, notified: 0 };

  const owing = await repo.projectsOwingReport(
    db,
    period.year,
    periodFirstDay(period),
    periodFirstDay(addMonths(period, 1)),
  );
  const byDistrict = new Map<string, typeof owing>();
  for (const p of owing) byDistrict.set(p.districtId, [...(byDistrict.get(p.districtId) ?? []), p]);
  let notified = 0;
  for (const [districtId, projects] of byDistrict) {
    notified += await db.transaction(async (tx) => {
      const owners = new Map<string, string[]>();
      for (const u of await repo.usersWithRole(tx, districtId, 'owner'))
        if (u.unitId) owners.set(u.unitId, [...(owners.get(u.unitId) ?? []), u.userId]);
      let n = 0;
      for (const p of projects) {
        const r = await notify(tx, {
          districtId,
          userIds: owners.get(p.ownerUnitId) ?? [],
          kind: 'report_due',
          payload: { projectId: p.id, projectName: p.name, period: key, dueDate, daysLeft },
          dedupeKey: `report_due:${p.id}:${key}:${bucket}`,
        });
        n += r.notified;
      }
      return n;
    });
  }
  return { period: key, daysLeft, projects: owing.length, notified };
}

/** Runs the day's reminders unless some node already did; true when this call ran them. */
export function dailyReportReminders(db: Db, settings: ReminderSettings, now = new Date()): Promise<boolean> {
  return runOnce(db, REPORT_DUE_JOB, localDate(now, settings.timeZone), () => remindReportsDue(db, settings, now));
}
