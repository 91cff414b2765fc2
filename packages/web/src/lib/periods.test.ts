import { describe, expect, it } from 'vitest';
import { currentPeriod, defaultReportPeriod, districtToday, isPeriodKey, shiftPeriod } from './periods';

describe('report periods in the district zone', () => {
  it('reads the month in Shanghai, not in UTC', () => {
    // 16:30 UTC on 31 March is 00:30 on 1 April in Shanghai.
    const instant = new Date('2026-03-31T16:30:00Z');
    expect(currentPeriod(instant)).toBe('2026-04');
    expect(districtToday(instant)).toBe('2026-04-01');
    expect(defaultReportPeriod(instant)).toBe('2026-03');
  });

  it('defaults to last month, across the year', () => {
    expect(defaultReportPeriod(new Date('2026-01-03T02:00:00Z'))).toBe('2025-12');
  });

  it('shifts months both ways', () => {
    expect(shiftPeriod('2026-01', -1)).toBe('2025-12');
    expect(shiftPeriod('2026-12', 1)).toBe('2027-01');
    expect(shiftPeriod('2026-05', -17)).toBe('2024-12');
  });

  it('recognises period keys', () => {
    expect(isPeriodKey('2026-09')).toBe(true);
    expect(isPeriodKey('2026-13')).toBe(false);
    expect(isPeriodKey('2026-9')).toBe(false);
    expect(isPeriodKey(null)).toBe(false);
  });
});
