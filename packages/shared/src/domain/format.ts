import Big from 'big.js';
import type { Locale } from '../labels.js';
import type { Period } from './periods.js';

// How indicators are written for people: one decimal, half away from zero, rounded from the exact
// decimal text of the number (so 0.4125 shows 41.3%, where (0.4125 * 100).toFixed(1) gives 41.2).

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Shown for a missing figure (no plan, no data). */
export const NO_FIGURE = '—';

function oneDecimal(value: Big): string {
  const text = value.toFixed(1, Big.roundHalfUp);
  // -0.04 rounds to "-0.0": a sign on zero would read as "behind".
  return text === '-0.0' ? '0.0' : text;
}

/** A ratio as a percent with one decimal: 0.41234 → '41.2%'. Same form in both locales. */
export function formatPercent(rate: number | null, _locale: Locale = 'zh-CN'): string {
  if (rate === null || !Number.isFinite(rate)) return NO_FIGURE;
  return `${oneDecimal(new Big(rate).times(100))}%`;
}

export type PointsDirection = 'ahead' | 'behind' | 'on_pace';

/**
 * A pace gap in percentage points, split into a direction and an unsigned one-decimal figure
 * ('ahead of pace by 7.3 points'). The direction follows the rounded figure, so a gap that shows as
 * 0.0 is 'on_pace' rather than "behind by 0.0".
 */
export function formatPoints(gap: number | null): { direction: PointsDirection; points: string } | null {
  if (gap === null || !Number.isFinite(gap)) return null;
  const points = oneDecimal(new Big(gap).abs());
  if (points === '0.0') return { direction: 'on_pace', points };
  return { direction: gap < 0 ? 'behind' : 'ahead', points };
}

/** 'ahead of pace by 7.3 points' / '快于时序进度 7.3 个百分点'. */
export function describeGap(gap: number | null, locale: Locale): string {
  const f = formatPoints(gap);
  if (!f) return NO_FIGURE;
  if (locale === 'zh-CN') {
    if (f.direction === 'on_pace') return '与时序进度持平';
    return `${f.direction === 'ahead' ? '快于' : '落后'}时序进度 ${f.points} 个百分点`;
  }
  if (f.direction === 'on_pace') return 'on the time-elapsed pace';
  return `${f.direction} of pace by ${f.points} points`;
}

/** The months a cumulative figure covers: '1–9月' / 'Jan–Sep'; a single month for January. */
export function monthRangeLabel(month: number, locale: Locale, fromMonth = 1): string {
  if (locale === 'zh-CN') return fromMonth === month ? `${month}月` : `${fromMonth}–${month}月`;
  const from = EN_MONTHS[fromMonth - 1] ?? String(fromMonth);
  const to = EN_MONTHS[month - 1] ?? String(month);
  return fromMonth === month ? to : `${from}–${to}`;
}

/** '2026年3月' / 'Mar 2026'. */
export function periodLabel(p: Period, locale: Locale): string {
  if (locale === 'zh-CN') return `${p.year}年${p.month}月`;
  return `${EN_MONTHS[p.month - 1] ?? String(p.month)} ${p.year}`;
}

/** A list of months, the year written only when it changes: '2026年8月、9月' / 'Aug 2026, Sep 2026'. */
export function periodListLabel(periods: readonly Period[], locale: Locale): string {
  if (locale === 'en-US') return periods.map((p) => periodLabel(p, locale)).join(', ');
  return periods
    .map((p, i) => (i > 0 && periods[i - 1]?.year === p.year ? `${p.month}月` : periodLabel(p, locale)))
    .join('、');
}
