import { describe, expect, it } from 'vitest';
import {
  addMonths,
  comparePeriods,
  daysBetween,
  daysInMonth,
  isLate,
  localDate,
  monthsBetween,
  parsePeriodKey,
  periodFirstDay,
  periodKey,
  periodOf,
  previousQuarter,
  quarterEnd,
  quarterOf,
  reportDueAt,
} from './periods.js';

// The test runner sets TZ=UTC: every zone below is explicit, nothing depends on the machine's zone.
const SH = 'Asia/Shanghai';

describe('periods', () => {
  it('runs in UTC, so zone handling is really exercised', () => {
    expect(new Date(0).getTimezoneOffset()).toBe(0);
  });

  it('takes the month of an instant in the district zone, not in UTC', () => {
    // 2026-03-31T16:30Z + 8 h = 2026-04-01 00:30 in Shanghai → April.
    expect(periodOf(new Date('2026-03-31T16:30:00Z'), SH)).toEqual({ year: 2026, month: 4 });
    // 15:59:59.999Z + 8 h = 23:59:59.999 on 31 March → still March.
    expect(periodOf(new Date('2026-03-31T15:59:59.999Z'), SH)).toEqual({ year: 2026, month: 3 });
    // UTC 16:00 on 31 December = 00:00 on 1 January next year in Shanghai.
    expect(periodOf(new Date('2025-12-31T16:00:00Z'), SH)).toEqual({ year: 2026, month: 1 });
    expect(periodOf(new Date('2025-12-31T16:00:00Z'), 'UTC')).toEqual({ year: 2025, month: 12 });
    expect(localDate(new Date('2026-02-28T16:00:00Z'), SH)).toBe('2026-03-01');
    expect(localDate(new Date('2026-02-28T16:00:00Z'), 'UTC')).toBe('2026-02-28');
  });

  it('writes and reads period keys', () => {
    expect(periodKey({ year: 2026, month: 3 })).toBe('2026-03');
    expect(parsePeriodKey('2026-12')).toEqual({ year: 2026, month: 12 });
    expect(() => parsePeriodKey('2026-13')).toThrow(RangeError);
    expect(() => parsePeriodKey('2026-3')).toThrow(RangeError);
    expect(periodFirstDay({ year: 2026, month: 9 })).toBe('2026-09-01');
  });

  it('adds months across years both ways and compares periods', () => {
    expect(addMonths({ year: 2025, month: 12 }, 1)).toEqual({ year: 2026, month: 1 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    // 2026-03 + 22 months: index 2026·12 + 2 + 22 = 24336 → year 2028, month 0 + 1 = January.
    expect(addMonths({ year: 2026, month: 3 }, 22)).toEqual({ year: 2028, month: 1 });
    expect(addMonths({ year: 2026, month: 3 }, -15)).toEqual({ year: 2024, month: 12 });
    expect(monthsBetween({ year: 2026, month: 3 }, { year: 2026, month: 7 })).toBe(4);
    expect(monthsBetween({ year: 2025, month: 11 }, { year: 2026, month: 2 })).toBe(3);
    expect(comparePeriods({ year: 2025, month: 12 }, { year: 2026, month: 1 })).toBeLessThan(0);
    expect(comparePeriods({ year: 2026, month: 1 }, { year: 2026, month: 1 })).toBe(0);
    const sorted = [
      { year: 2026, month: 2 },
      { year: 2025, month: 12 },
      { year: 2026, month: 1 },
    ].sort(comparePeriods);
    expect(sorted.map(periodKey)).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it('knows quarters', () => {
    expect([1, 3, 4, 6, 7, 9, 10, 12].map((month) => quarterOf({ year: 2026, month }))).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4,
    ]);
    expect(quarterEnd(2026, 2)).toEqual({ year: 2026, month: 6 });
    expect(quarterEnd(2026, 4)).toEqual({ year: 2026, month: 12 });
    expect(previousQuarter(2026, 1)).toEqual({ year: 2025, quarter: 4 });
    expect(previousQuarter(2026, 3)).toEqual({ year: 2026, quarter: 2 });
  });

  it('puts the due instant at the end of the due day of the next month, in the zone', () => {
    // March 2026 report: due 2026-04-05 23:59:59.999 Shanghai = 15:59:59.999Z (−8 h).
    expect(reportDueAt({ year: 2026, month: 3 }, 5, SH).toISOString()).toBe('2026-04-05T15:59:59.999Z');
    // Defaults: due day 5, Shanghai.
    expect(reportDueAt({ year: 2026, month: 3 }).toISOString()).toBe('2026-04-05T15:59:59.999Z');
    // December 2025 report is due in January 2026.
    expect(reportDueAt({ year: 2025, month: 12 }, 5, SH).toISOString()).toBe('2026-01-05T15:59:59.999Z');
    // Same period in UTC: end of 5 April UTC.
    expect(reportDueAt({ year: 2026, month: 3 }, 5, 'UTC').toISOString()).toBe('2026-04-05T23:59:59.999Z');
  });

  it('clamps a due day past the month end, leap years included', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    // January 2028 report is due in February 2028, which has 29 days: day 31 → 29 Feb 23:59:59.999
    // Shanghai = 29 Feb 15:59:59.999Z.
    expect(reportDueAt({ year: 2028, month: 1 }, 31, SH).toISOString()).toBe('2028-02-29T15:59:59.999Z');
    expect(reportDueAt({ year: 2026, month: 1 }, 31, SH).toISOString()).toBe('2026-02-28T15:59:59.999Z');
    // March report, day 31 → April has 30 → 30 April.
    expect(reportDueAt({ year: 2026, month: 3 }, 31, SH).toISOString()).toBe('2026-04-30T15:59:59.999Z');
    expect(() => reportDueAt({ year: 2026, month: 3 }, 0, SH)).toThrow(RangeError);
  });

  it('handles a zone with daylight saving time', () => {
    // New York, EDT (−4 h) in April: end of 5 April local = 6 April 03:59:59.999Z.
    expect(reportDueAt({ year: 2026, month: 3 }, 5, 'America/New_York').toISOString()).toBe('2026-04-06T03:59:59.999Z');
    // EST (−5 h) in January: end of 5 January = 6 January 04:59:59.999Z.
    expect(reportDueAt({ year: 2025, month: 12 }, 5, 'America/New_York').toISOString()).toBe(
      '2026-01-06T04:59:59.999Z',
    );
  });

  it('says whether a report is late', () => {
    const due = reportDueAt({ year: 2026, month: 3 }, 5, SH);
    // 23:30 on 5 April in Shanghai = 15:30Z: on time.
    expect(isLate(new Date('2026-04-05T15:30:00Z'), due, new Date('2026-05-01T00:00:00Z'))).toBe(false);
    // 00:00 on 6 April in Shanghai = 16:00Z on the 5th: late.
    expect(isLate(new Date('2026-04-05T16:00:00Z'), due, new Date('2026-04-05T16:00:00Z'))).toBe(true);
    expect(isLate(due, due, due)).toBe(false);
    // Not submitted: late only once the due instant has passed.
    expect(isLate(null, due, new Date('2026-04-05T15:59:59.999Z'))).toBe(false);
    expect(isLate(null, due, new Date('2026-04-05T16:00:00Z'))).toBe(true);
  });

  it('counts calendar days', () => {
    expect(daysBetween('2026-03-01', '2026-04-15')).toBe(45); // 30 left in March + 15
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2); // 29 Feb exists in 2028
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2026-01-01', '2025-12-31')).toBe(-1);
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
  });
});
