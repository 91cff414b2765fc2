import Big from 'big.js';

// The indicators of domain.md for a report period ending in month m of a year. Amounts are exact
// decimal strings of 元 (big.js); ratios are computed from exact values and converted to a number
// only at the end, at full precision (a double resolves a ratio to ~1e-16, far finer than any cent
// on amounts below 1万亿元). Rounding to one decimal is for display only (format.ts).

/** The plan figures of one project for one year, as given (the functions never pick a plan version). */
export type PlanFigures = {
  plannedYuan: string | null;
  /** Twelve monthly amounts (not cumulative), when the plan has a monthly schedule. */
  monthlyTargetsYuan?: (string | null)[] | null;
};

/** This year's completed investment per month (index 0 = January); null = no accepted report. */
export type ActualFigures = { completedByMonthYuan: (string | null)[] };

/** Months are 1–12 (0 where a period before the year's first month is meant); else a RangeError. */
export function assertMonth(month: number, min = 0): void {
  if (!Number.isInteger(month) || month < min || month > 12) throw new RangeError(`invalid month ${month}`);
}

/** A plan counts only when it is a positive amount: no plan and a zero plan both mean "no rate". */
export function hasPlan(plannedYuan: string | null | undefined): plannedYuan is string {
  return plannedYuan !== null && plannedYuan !== undefined && new Big(plannedYuan).gt(0);
}

/** R = cumulative completed this year ÷ annual planned; null when there is no (or a zero) plan. */
export function completionRate(cumulativeYuan: string, plannedYuan: string | null): number | null {
  if (!hasPlan(plannedYuan)) return null;
  return new Big(cumulativeYuan).div(plannedYuan).toNumber();
}

/** T = m ÷ 12. */
export function timePace(month: number): number {
  assertMonth(month);
  return month / 12;
}

/** G = (R − m/12) × 100 in percentage points; negative = behind. Null when R is null. */
export function paceGap(rate: number | null, month: number): number | null {
  assertMonth(month);
  if (rate === null) return null;
  // Big from the rate's decimal text: 0.4 at June gives exactly −10, where floats give −9.999…
  return new Big(rate).minus(new Big(month).div(12)).times(100).toNumber();
}

/** G straight from the amounts, with a single exact division: (12·C − m·P) × 100 ÷ (12·P). */
export function paceGapOf(cumulativeYuan: string, plannedYuan: string | null, month: number): number | null {
  return paceGapBig(cumulativeYuan, plannedYuan, month)?.toNumber() ?? null;
}

/** The exact gap, for comparisons against thresholds (lights.ts). */
export function paceGapBig(cumulativeYuan: string, plannedYuan: string | null | undefined, month: number): Big | null {
  assertMonth(month);
  if (!hasPlan(plannedYuan)) return null;
  const planned = new Big(plannedYuan);
  return new Big(cumulativeYuan).times(12).minus(planned.times(month)).times(100).div(planned.times(12));
}

export type Cumulative = {
  cumulativeYuan: string;
  /** Months in firstMonth..m without an accepted report (counted as 0 in the sum). */
  missingMonths: number[];
  missingCount: number;
};

/**
 * Exact sum of months 1..m (null counts as 0). `firstMonth` is the first month the project had to
 * report (a project entering the registry in July): earlier empty months are not "missing".
 */
export function cumulativeThrough(actual: ActualFigures, month: number, firstMonth = 1): Cumulative {
  assertMonth(month);
  let sum = new Big(0);
  const missingMonths: number[] = [];
  for (let m = 1; m <= month; m++) {
    const v = actual.completedByMonthYuan[m - 1] ?? null;
    if (v !== null) sum = sum.plus(v);
    else if (m >= firstMonth) missingMonths.push(m);
  }
  return { cumulativeYuan: sum.toFixed(2), missingMonths, missingCount: missingMonths.length };
}

/**
 * 双过半: by 30 June the completion rate is at least 50% (elapsed time is 50% on 30 June by
 * definition, so only the rate is tested). Pass the rate at June; null when there is no plan.
 */
export function halfYearStatus(rateAtJune: number | null): 'achieved' | 'missed' | null {
  if (rateAtJune === null) return null;
  return rateAtJune >= 0.5 ? 'achieved' : 'missed';
}

/** Projects planned to start this year that have started ÷ those planned; null when none planned. */
export function startRate(plannedToStart: number, started: number): number | null {
  if (!Number.isInteger(plannedToStart) || !Number.isInteger(started) || started < 0 || started > plannedToStart)
    throw new RangeError(`started (${started}) must be a count within planned (${plannedToStart})`);
  return plannedToStart === 0 ? null : started / plannedToStart;
}

/** EV = physical progress % × budget, in 元 rounded to the cent. */
export function earnedValue(progressPercent: number, budgetYuan: string): string {
  return new Big(progressPercent).div(100).times(budgetYuan).toFixed(2, Big.roundHalfUp);
}

/** numerator ÷ denominator from exact amounts, as a number; null when the denominator is 0. */
export function ratio(numerator: string, denominator: string): number | null {
  const d = new Big(denominator);
  return d.eq(0) ? null : new Big(numerator).div(d).toNumber();
}

/** SPI = EV ÷ PV; null when PV is zero. EV and PV must be on the same basis (see plannedValueThrough). */
export function spi(earnedValueYuan: string, plannedValueYuan: string): number | null {
  return ratio(earnedValueYuan, plannedValueYuan);
}

/** CPI = EV ÷ AC; null when AC is zero. */
export function cpi(earnedValueYuan: string, actualCostYuan: string): number | null {
  return ratio(earnedValueYuan, actualCostYuan);
}

export type SpiBands = { greenFrom: number; redBelow: number };
export const DEFAULT_SPI_BANDS: SpiBands = { greenFrom: 0.95, redBelow: 0.85 };

/** domain.md: green ≥ 0.95, yellow 0.85–0.95, red < 0.85. */
export function spiColour(
  value: number | null,
  bands: SpiBands = DEFAULT_SPI_BANDS,
): 'green' | 'yellow' | 'red' | null {
  if (value === null) return null;
  return value >= bands.greenFrom ? 'green' : value >= bands.redBelow ? 'yellow' : 'red';
}

/** True when the plan has a usable monthly schedule: twelve entries summing to more than zero. */
export function hasMonthlyTargets(plan: PlanFigures): boolean {
  const t = plan.monthlyTargetsYuan;
  return Boolean(t && t.length === 12 && t.reduce((s, v) => s.plus(v ?? 0), new Big(0)).gt(0));
}

/**
 * Planned value of this year through month m: the sum of the monthly targets 1..m when the plan has
 * a schedule (null entries count as 0; the targets are used as given, even if they do not add up to
 * the annual figure), else planned × m ÷ 12 rounded to the cent. Null with neither.
 * This is a year-to-date PV: the matching EV is the value earned this year, i.e. (progress now −
 * progress at 31 December last year) × budget, or add the value done before this year to both.
 */
export function plannedValueThrough(plan: PlanFigures, month: number): string | null {
  assertMonth(month);
  if (hasMonthlyTargets(plan)) {
    const t = plan.monthlyTargetsYuan ?? [];
    return t
      .slice(0, month)
      .reduce((s: Big, v) => s.plus(v ?? 0), new Big(0))
      .toFixed(2);
  }
  if (plan.plannedYuan === null) return null;
  return new Big(plan.plannedYuan).times(month).div(12).toFixed(2, Big.roundHalfUp);
}

export type RecentWindow = {
  fromMonth: number;
  toMonth: number;
  completedYuan: string;
  plannedValueYuan: string;
  missingCount: number;
};

/**
 * Completed vs planned over the last `windowMonths` months ending at m (shorter in early months):
 * the recent-performance input of the 'recent_pace' light. Null without any plan.
 */
export function recentWindow(
  plan: PlanFigures,
  actual: ActualFigures,
  month: number,
  windowMonths = 3,
): RecentWindow | null {
  assertMonth(month, 1);
  if (!Number.isInteger(windowMonths) || windowMonths < 1) throw new RangeError(`invalid window ${windowMonths}`);
  const fromMonth = Math.max(1, month - windowMonths + 1);
  const pvTo = plannedValueThrough(plan, month);
  const pvBefore = plannedValueThrough(plan, fromMonth - 1);
  if (pvTo === null || pvBefore === null) return null;
  let completed = new Big(0);
  let missingCount = 0;
  for (let m = fromMonth; m <= month; m++) {
    const v = actual.completedByMonthYuan[m - 1] ?? null;
    if (v === null) missingCount++;
    else completed = completed.plus(v);
  }
  return {
    fromMonth,
    toMonth: month,
    completedYuan: completed.toFixed(2),
    plannedValueYuan: new Big(pvTo).minus(pvBefore).toFixed(2),
    missingCount,
  };
}
