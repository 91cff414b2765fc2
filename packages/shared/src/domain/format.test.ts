import { describe, expect, it } from 'vitest';
import { describeGap, formatPercent, formatPoints, monthRangeLabel, periodLabel, periodListLabel } from './format.js';

describe('format', () => {
  it('writes rates as one-decimal percents, half up from the exact decimal', () => {
    expect(formatPercent(0.41234, 'zh-CN')).toBe('41.2%');
    expect(formatPercent(0.41234, 'en-US')).toBe('41.2%');
    // 0.4125 × 100 = 41.25 → 41.3 (half up)
    expect(formatPercent(0.4125)).toBe('41.3%');
    expect(formatPercent(1.5)).toBe('150.0%');
    expect(formatPercent(-0.0004)).toBe('0.0%');
    expect(formatPercent(null)).toBe('—');
  });

  it('splits a gap into a direction and unsigned points', () => {
    expect(formatPoints(7.25)).toEqual({ direction: 'ahead', points: '7.3' });
    expect(formatPoints(-1.44)).toEqual({ direction: 'behind', points: '1.4' });
    expect(formatPoints(-0.04)).toEqual({ direction: 'on_pace', points: '0.0' });
    expect(formatPoints(null)).toBeNull();
    expect(describeGap(7.3, 'en-US')).toBe('ahead of pace by 7.3 points');
    expect(describeGap(-33.8, 'zh-CN')).toBe('落后时序进度 33.8 个百分点');
    expect(describeGap(1.4, 'zh-CN')).toBe('快于时序进度 1.4 个百分点');
    expect(describeGap(0, 'zh-CN')).toBe('与时序进度持平');
  });

  it('labels months and periods', () => {
    expect(monthRangeLabel(9, 'zh-CN')).toBe('1–9月');
    expect(monthRangeLabel(9, 'en-US')).toBe('Jan–Sep');
    expect(monthRangeLabel(1, 'zh-CN')).toBe('1月');
    expect(monthRangeLabel(1, 'en-US')).toBe('Jan');
    expect(monthRangeLabel(9, 'zh-CN', 7)).toBe('7–9月');
    expect(periodLabel({ year: 2026, month: 3 }, 'zh-CN')).toBe('2026年3月');
    expect(periodLabel({ year: 2026, month: 3 }, 'en-US')).toBe('Mar 2026');
    const list = [
      { year: 2025, month: 12 },
      { year: 2026, month: 1 },
      { year: 2026, month: 2 },
    ];
    expect(periodListLabel(list, 'zh-CN')).toBe('2025年12月、2026年1月、2月');
    expect(periodListLabel(list, 'en-US')).toBe('Dec 2025, Jan 2026, Feb 2026');
  });
});
