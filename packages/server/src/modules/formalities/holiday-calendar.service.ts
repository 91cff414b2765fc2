import {
  calendarIssues,
  workCalendar,
  workingDaysBetween,
  type CalendarBody,
  type calendarQuery,
  type calendarUpdate,
} from '@tuijin/shared';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import { allDistricts, districtsFor, type Actor } from '../../lib/actor.js';
import { validation } from '../../lib/app-error.js';
import { chooseDistrict } from '../../lib/choose-district.js';
import { appendEntry } from '../journal/journal.service.js';
import * as repo from './formalities.repo.js';

// The district's holiday calendar (holidays and make-up working days 调休) that working days count by.

// ---- Holiday calendar ---------------------------------------------------------------------------

type CalendarQuery = z.output<typeof calendarQuery>;
type CalendarUpdate = z.output<typeof calendarUpdate>;

async function calendarBody(tx: Tx, districtId: string, year: number): Promise<CalendarBody> {
  const all = await repo.calendarRows(tx, districtId);
  const entries = all.filter((e) => e.date.startsWith(`${year}-`));
  return {
    districtId,
    year,
    entries: entries.map((e) => ({ date: e.date, kind: e.kind, name: e.name })),
    workingDays: workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`, workCalendar(all)),
  };
}

/** Anyone signed in in the district reads its calendar. */
export async function getCalendar(db: Db, actor: Actor, q: CalendarQuery): Promise<CalendarBody> {
  const districtId = chooseDistrict(allDistricts(actor), q.districtId, 'no district');
  return db.transaction((tx) => calendarBody(tx, districtId, q.year));
}

/** The district's administrator replaces one year's rows; journaled. */
export async function putCalendar(
  db: Db,
  actor: Actor,
  districtIdAsked: string | undefined,
  body: CalendarUpdate,
): Promise<CalendarBody> {
  const districtId = chooseDistrict(
    districtsFor(actor, 'admin'),
    districtIdAsked,
    'only the administrator keeps the calendar',
  );
  const issues = calendarIssues(body.entries);
  if (issues.length) {
    const i = body.entries.findIndex((e) => e.date === issues[0]!.date);
    throw validation(['entries', Math.max(0, i), 'date'], issues[0]!.code);
  }
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`holiday-calendar:${districtId}`}))`);
    const before = await calendarBody(tx, districtId, body.year);
    const entries = body.entries.map((e) => ({ date: e.date, kind: e.kind, name: e.name ?? '' }));
    await repo.replaceCalendarYear(tx, districtId, body.year, entries);
    const after = await calendarBody(tx, districtId, body.year);
    await appendEntry(tx, {
      districtId,
      actorUserId: actor.userId,
      entity: 'holiday_calendar',
      entityId: `${districtId}:${body.year}`,
      action: 'replace_year',
      before: { year: body.year, entries: before.entries },
      after: { year: body.year, entries: after.entries },
      reason: body.reason ?? null,
    });
    return after;
  });
}
