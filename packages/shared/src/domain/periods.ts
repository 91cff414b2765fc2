// Calendar periods (months) and deadlines in the district's time zone. Reports, quarters and due
// days are civil dates in that zone, never in the server's zone: a report submitted at 23:30 on
// the 5th in Shanghai is 15:30 UTC and must count as on time. Only Intl is used (no date library).

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
export const DEFAULT_REPORT_DUE_DAY = 5;

/** A calendar month; month is 1-12. */
export type Period = { year: number; month: number };

const MS_PER_DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-US with h23 gives plain ASCII digits and hours 0-23 for every zone (throws on an unknown zone).
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

type ZonedParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const out: ZonedParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type in out) out[part.type as keyof ZonedParts] = Number(part.value);
  }
  return out;
}

/** Offset of the zone from UTC at that instant, in ms (Shanghai: +8 h). */
function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  const p = zonedParts(new Date(wholeSecond), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - wholeSecond;
}

/** The instant of local midnight starting that civil day (day may overflow: Date.UTC rolls it). */
function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const local = Date.UTC(year, month - 1, day);
  // Two passes: the first guess may sit on the other side of a DST change.
  const first = local - zoneOffsetMs(local, timeZone);
  return new Date(local - zoneOffsetMs(first, timeZone));
}

function assertPeriod(p: Period): void {
  if (!Number.isInteger(p.year) || !Number.isInteger(p.month) || p.month < 1 || p.month > 12)
    throw new RangeError(`invalid period ${p.year}-${p.month}`);
}

/** The calendar month of an instant in the zone (2026-03-31T16:30Z is April 2026 in Shanghai). */
export function periodOf(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): Period {
  const p = zonedParts(instant, timeZone);
  return { year: p.year, month: p.month };
}

/** The civil date of an instant in the zone, as 'YYYY-MM-DD'. */
export function localDate(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = zonedParts(instant, timeZone);
  return `${String(p.year).padStart(4, '0')}-${pad2(p.month)}-${pad2(p.day)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** 'YYYY-MM'. */
export function periodKey(p: Period): string {
  assertPeriod(p);
  return `${String(p.year).padStart(4, '0')}-${pad2(p.month)}`;
}

export function isPeriodKey(s: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
}

/** Parses 'YYYY-MM'; throws a RangeError on anything else (callers validate input with zod first). */
export function parsePeriodKey(s: string): Period {
  if (!isPeriodKey(s)) throw new RangeError(`invalid period key ${JSON.stringify(s)}`);
  return { year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)) };
}

/** Shifts by n months (n may be negative); years roll over. */
export function addMonths(p: Period, n: number): Period {
  assertPeriod(p);
  if (!Number.isInteger(n)) throw new RangeError(`months must be an integer, got ${n}`);
  const index = p.year * 12 + (p.month - 1) + n;
  const year = Math.floor(index / 12);
  return { year, month: index - year * 12 + 1 };
}

/** Months from `from` to `to` (positive when `to` is later): March → July is 4. */
export function monthsBetween(from: Period, to: Period): number {
  return (to.year - from.year) * 12 + (to.month - from.month);
}

/** Sort comparator: negative when a is earlier. */
export function comparePeriods(a: Period, b: Period): number {
  return monthsBetween(b, a);
}

/** 1..4. */
export function quarterOf(p: Period): 1 | 2 | 3 | 4 {
  assertPeriod(p);
  return Math.ceil(p.month / 3) as 1 | 2 | 3 | 4;
}

/** The last month of a quarter: quarterEnd(2026, 2) is June 2026. */
export function quarterEnd(year: number, quarter: number): Period {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new RangeError(`invalid quarter ${quarter}`);
  return { year, month: quarter * 3 };
}

/** The quarter before (Q1 2026 → Q4 2025), for quarter-over-quarter figures. */
export function previousQuarter(year: number, quarter: number): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const end = addMonths(quarterEnd(year, quarter), -3);
  return { year: end.year, quarter: quarterOf(end) };
}

/** 'YYYY-MM-01', the date a period is stored under. */
export function periodFirstDay(p: Period): string {
  return `${periodKey(p)}-01`;
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (Feb 2028 → 29).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The instant after which the report of period p is late: the END of day `dueDay` of the next
 * month in the zone (inclusive, …23:59:59.999). A due day past the month's length is clamped to
 * its last day (due day 31 for the January report → 28 or 29 February).
 */
export function reportDueAt(
  p: Period,
  dueDay: number = DEFAULT_REPORT_DUE_DAY,
  timeZone: string = DEFAULT_TIME_ZONE,
): Date {
  if (!Number.isInteger(dueDay) || dueDay < 1 || dueDay > 31) throw new RangeError(`invalid due day ${dueDay}`);
  const next = addMonths(p, 1);
  const day = Math.min(dueDay, daysInMonth(next.year, next.month));
  // Midnight starting the following day, minus one millisecond.
  return new Date(zonedMidnight(next.year, next.month, day + 1, timeZone).getTime() - 1);
}

/** Late when submitted after the due instant, or not submitted and the due instant has passed. */
export function isLate(submittedAt: Date | null, due: Date, now: Date): boolean {
  return (submittedAt ?? now).getTime() > due.getTime();
}

function parseDate(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  // Rejects 2026-02-30 and the like: the round trip must give back the same text.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== s)
    throw new RangeError(`invalid date ${JSON.stringify(s)}`);
  return ms;
}

/** Calendar days from one civil date to another (negative when toDate is earlier). */
export function daysBetween(fromDate: string, toDate: string): number {
  return Math.round((parseDate(toDate) - parseDate(fromDate)) / MS_PER_DAY);
}
