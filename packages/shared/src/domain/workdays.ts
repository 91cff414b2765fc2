// Working-day arithmetic (工作日) with the district's holiday calendar. Chinese administrative time
// limits are counted in working days without statutory holidays (Administrative Licensing Law,
// art. 82), and a period starts counting on the day AFTER the event that starts it (Civil Code,
// art. 201): a step accepted on a Wednesday with a limit of 1 working day is due on Thursday.
//
// Dates are civil dates 'YYYY-MM-DD' in the district's zone (take "today" with localDate() from
// periods.ts). A calendar is two sets of such dates: holidays (days off, the weekend days inside a
// holiday range included) and make-up working days (调休上班: a Saturday or Sunday worked). A day
// is a working day when it is a make-up working day, or a Monday–Friday that is not a holiday. A
// date listed both ways counts as a working day (calendarIssues() reports it to the administrator).

export type CalendarEntry = { date: string; kind: 'holiday' | 'make_up_workday'; name?: string };

export type WorkCalendar = {
  readonly holidays: ReadonlySet<string>;
  readonly makeUpWorkdays: ReadonlySet<string>;
};

/** No holidays at all: Monday to Friday are the working days. */
export const NO_HOLIDAYS: WorkCalendar = { holidays: new Set(), makeUpWorkdays: new Set() };

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (negative before); throws a RangeError on anything but a real 'YYYY-MM-DD'. */
export function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  // The round trip rejects 2026-02-30 and the like.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date)
    throw new RangeError(`invalid date ${JSON.stringify(date)}`);
  return ms / MS_PER_DAY;
}

/** The civil date of a day number: 0 → '1970-01-01', −1 → '1969-12-31'. */
export function dateOfDayNumber(day: number): string {
  if (!Number.isInteger(day)) throw new RangeError(`invalid day number ${day}`);
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** n calendar days later (n may be negative): 2028-02-28 + 1 = 2028-02-29. */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`days must be an integer, got ${n}`);
  return dateOfDayNumber(dayNumber(date) + n);
}

/** ISO day of the week of a day number: Monday 1 … Sunday 7 (day 0, 1970-01-01, was a Thursday). */
function isoDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** ISO day of the week: Monday 1 … Sunday 7. */
export function dayOfWeek(date: string): number {
  return isoDay(dayNumber(date));
}

/** Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  return dayOfWeek(date) >= 6;
}

/** Builds a calendar from the administrator's rows; throws a RangeError on an invalid date. */
export function workCalendar(entries: readonly CalendarEntry[]): WorkCalendar {
  const holidays = new Set<string>();
  const makeUpWorkdays = new Set<string>();
  for (const e of entries) {
    dayNumber(e.date);
    (e.kind === 'holiday' ? holidays : makeUpWorkdays).add(e.date);
  }
  return { holidays, makeUpWorkdays };
}

export type CalendarIssue = { date: string; code: 'date_invalid' | 'date_listed_twice' | 'make_up_on_weekday' };

/** What is wrong or pointless in the rows, row by row, for the administrator; empty when fine. */
export function calendarIssues(entries: readonly CalendarEntry[]): CalendarIssue[] {
  const issues: CalendarIssue[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    let day: number;
    try {
      day = dayNumber(e.date);
    } catch {
      issues.push({ date: e.date, code: 'date_invalid' });
      continue;
    }
    if (seen.has(e.date)) issues.push({ date: e.date, code: 'date_listed_twice' });
    seen.add(e.date);
    // A make-up working day is a Saturday or a Sunday; on a weekday it changes nothing.
    if (e.kind === 'make_up_workday' && isoDay(day) <= 5) issues.push({ date: e.date, code: 'make_up_on_weekday' });
  }
  return issues;
}

function workingDay(day: number, date: string, calendar: WorkCalendar): boolean {
  if (calendar.makeUpWorkdays.has(date)) return true;
  return isoDay(day) <= 5 && !calendar.holidays.has(date);
}

/** A make-up working day, or a Monday–Friday that is not a holiday. */
export function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  return workingDay(dayNumber(date), date, calendar);
}

/**
 * The n-th working day after start (n > 0) or before it (n < 0); start itself is never counted,
 * whether or not it is a working day, and n = 0 gives start back. With the 2026 calendar,
 * Fri 2026-09-18 + 20 = 2026-10-22 (中秋 and 国庆 skipped, the make-up Sun 20 Sep and Sat 10 Oct counted).
 */
export function addWorkingDays(start: string, n: number, calendar: WorkCalendar): string {
  if (!Number.isInteger(n) || Math.abs(n) > 100_000) throw new RangeError(`working days must be an integer, got ${n}`);
  const step = n < 0 ? -1 : 1;
  let day = dayNumber(start);
  for (let left = Math.abs(n); left > 0;) {
    day += step;
    if (workingDay(day, dateOfDayNumber(day), calendar)) left -= 1;
  }
  return dateOfDayNumber(day);
}

/** Mon–Fri among the days up to `day`, counted from Monday 1969-12-29; only differences matter. */
function weekdaysThrough(day: number): number {
  const k = day + 3;
  const weeks = Math.floor(k / 7);
  return weeks * 5 + Math.min(k - weeks * 7 + 1, 5);
}

/**
 * Working days d with from < d ≤ to: how many a clock started on `from` has used by the end of `to`.
 * Negative when to is earlier (workingDaysBetween(a, b) = −workingDaysBetween(b, a)); 0 for the same
 * day. For every n ≥ 0, workingDaysBetween(s, addWorkingDays(s, n)) = n. Cost: the calendar's size,
 * not the span's length.
 */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (b < a) return -workingDaysBetween(to, from, calendar);
  let count = weekdaysThrough(b) - weekdaysThrough(a);
  // Each listed date inside (from, to] corrects the plain weekday count by (actual − plain).
  const correct = (date: string) => {
    if (date <= from || date > to) return;
    const day = dayNumber(date);
    count += Number(workingDay(day, date, calendar)) - Number(isoDay(day) <= 5);
  };
  calendar.makeUpWorkdays.forEach(correct);
  calendar.holidays.forEach((date) => {
    if (!calendar.makeUpWorkdays.has(date)) correct(date);
  });
  return count;
}

/** The date itself when it is a working day, else the next working day. */
export function workingDayOnOrAfter(date: string, calendar: WorkCalendar): string {
  return isWorkingDay(date, calendar) ? date : addWorkingDays(date, 1, calendar);
}

/**
 * The last day a step accepted on acceptedOn may be decided within limitWorkingDays (自受理之日起
 * N 个工作日): the limit-th working day after acceptance. A limit of 0 (same-day filing) gives the
 * acceptance day itself; a negative limit is a RangeError.
 */
export function stepDeadline(acceptedOn: string, limitWorkingDays: number, calendar: WorkCalendar): string {
  if (!Number.isInteger(limitWorkingDays) || limitWorkingDays < 0)
    throw new RangeError(`a time limit is a whole number of working days from 0, got ${limitWorkingDays}`);
  return addWorkingDays(acceptedOn, limitWorkingDays, calendar);
}
