import dayjs, { type Dayjs } from 'dayjs';
import { DISTRICT_TZ } from './format';

// Report periods are calendar months 'YYYY-MM' in the district's zone, whatever the browser's zone.

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriodKey(value: string | null | undefined): value is string {
  return !!value && PERIOD.test(value);
}

/** The month now running in the district. */
export function currentPeriod(now: Date = new Date()): string {
  return dayjs(now).tz(DISTRICT_TZ).format('YYYY-MM');
}

/** Today's civil date in the district, 'YYYY-MM-DD'. */
export function districtToday(now: Date = new Date()): string {
  return dayjs(now).tz(DISTRICT_TZ).format('YYYY-MM-DD');
}

/** The year now running in the district. */
export function currentYear(now: Date = new Date()): number {
  return Number(currentPeriod(now).slice(0, 4));
}

/** Reports are filed in the first days of the next month: the default is last month. */
export function defaultReportPeriod(now: Date = new Date()): string {
  return shiftPeriod(currentPeriod(now), -1);
}

export function periodYear(period: string): number {
  return Number(period.slice(0, 4));
}

export function periodMonth(period: string): number {
  return Number(period.slice(5, 7));
}

export function makePeriod(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Moves by n months; years roll over. */
export function shiftPeriod(period: string, n: number): string {
  const index = periodYear(period) * 12 + periodMonth(period) - 1 + n;
  const year = Math.floor(index / 12);
  return makePeriod(year, index - year * 12 + 1);
}

/** For the month picker: the first day of the month as a calendar value (no zone involved). */
export function periodToDayjs(period: string): Dayjs {
  return dayjs(`${period}-01`, 'YYYY-MM-DD');
}

export function dayjsToPeriod(value: Dayjs): string {
  return value.format('YYYY-MM');
}
