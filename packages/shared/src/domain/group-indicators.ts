import Big from 'big.js';
import { assertMonth, completionRate, hasPlan, paceGapOf, ratio } from './indicators.js';

// Indicators of a group of projects (a district, a direction, a unit...) as ratios of sums, never
// means of rates; and the change of a rate or an amount from one period to another (QoQ, YoY).

export type GroupItem = { plannedYuan: string | null; cumulativeYuan: string };

export type GroupIndicators = {
  /** Sum of the plans of the projects that have one (> 0). */
  plannedYuan: string;
  /** Completed by those same projects: the numerator of the rate. */
  cumulativeYuan: string;
  /** Ratio of sums (never the mean of rates); null when no project has a plan. */
  rate: number | null;
  gap: number | null;
  /** Projects in the rate. */
  count: number;
  /** Projects without a plan (null or 0): outside the rate, reported on their own. */
  unplannedCount: number;
  unplannedCumulativeYuan: string;
  /** Everything completed by the group, planned or not. */
  totalCumulativeYuan: string;
};

/**
 * A group's figures (any set of projects: a unit, a leader, the district). The rate is Σ completed
 * ÷ Σ planned over the projects that have a plan. Projects without a plan are left out of BOTH sums
 * (counting their work against nobody's plan would inflate the rate) and reported separately.
 */
export function groupIndicators(items: readonly GroupItem[], month: number): GroupIndicators {
  let planned = new Big(0);
  let cumulative = new Big(0);
  let unplanned = new Big(0);
  let count = 0;
  for (const item of items) {
    if (hasPlan(item.plannedYuan)) {
      planned = planned.plus(item.plannedYuan);
      cumulative = cumulative.plus(item.cumulativeYuan);
      count++;
    } else {
      unplanned = unplanned.plus(item.cumulativeYuan);
    }
  }
  return groupIndicatorsFromSums(
    {
      plannedYuan: planned.toFixed(2),
      cumulativeYuan: cumulative.toFixed(2),
      count,
      unplannedCount: items.length - count,
      unplannedCumulativeYuan: unplanned.toFixed(2),
    },
    month,
  );
}

export type GroupSums = Pick<
  GroupIndicators,
  'plannedYuan' | 'cumulativeYuan' | 'count' | 'unplannedCount' | 'unplannedCumulativeYuan'
>;

/**
 * The same figures from sums already added up (by the database over the kept per-project
 * figures): plannedYuan and cumulativeYuan over the projects with a plan (> 0), the rest apart.
 */
export function groupIndicatorsFromSums(sums: GroupSums, month: number): GroupIndicators {
  assertMonth(month);
  const plannedYuan = new Big(sums.plannedYuan).toFixed(2);
  const cumulativeYuan = new Big(sums.cumulativeYuan).toFixed(2);
  const unplannedCumulativeYuan = new Big(sums.unplannedCumulativeYuan).toFixed(2);
  return {
    plannedYuan,
    cumulativeYuan,
    rate: sums.count ? completionRate(cumulativeYuan, plannedYuan) : null,
    gap: sums.count ? paceGapOf(cumulativeYuan, plannedYuan, month) : null,
    count: sums.count,
    unplannedCount: sums.unplannedCount,
    unplannedCumulativeYuan,
    totalCumulativeYuan: new Big(cumulativeYuan).plus(unplannedCumulativeYuan).toFixed(2),
  };
}

export type RateChange = { current: number | null; previous: number | null; change: number | null };

/** Rates at two points (end of quarter q and q−1): change in percentage points. */
export function quarterOverQuarter(current: number | null, previous: number | null): RateChange {
  const change = current === null || previous === null ? null : new Big(current).minus(previous).times(100).toNumber();
  return { current, previous, change };
}

/** Same indicator at the same period a year earlier: change in percentage points. */
export const yearOverYear = quarterOverQuarter;

export type AmountChange = {
  currentYuan: string;
  previousYuan: string;
  changeYuan: string;
  /** (current − previous) ÷ previous (同比/环比增长); null when previous is zero. */
  growth: number | null;
};

/** Amounts at two points (e.g. completed Jan–Jun this year and last year). */
export function changeOfYuan(currentYuan: string, previousYuan: string): AmountChange {
  const change = new Big(currentYuan).minus(previousYuan);
  return {
    currentYuan: new Big(currentYuan).toFixed(2),
    previousYuan: new Big(previousYuan).toFixed(2),
    changeYuan: change.toFixed(2),
    growth: ratio(change.toFixed(2), previousYuan),
  };
}
