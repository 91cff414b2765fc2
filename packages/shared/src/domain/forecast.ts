import Big from 'big.js';
import { hasMonthlyTargets, type ActualFigures, type PlanFigures } from './indicators.js';

/*
 * Year-end forecast of completed investment, from the project's own monthly pattern (its S-curve).
 *
 * 1. Pattern. A weight P_i for each month i = 1..12, the expected shape of the year's work:
 *    - 'last_year_pattern': last year's completed amounts, when last year has ≥ 6 reported months;
 *    - 'plan_targets': this year's monthly targets, when the plan has them;
 *    - 'linear': P_i = 1 (an even year).
 *    The first method that applies is used; a method is skipped when no reported month so far has
 *    a weight above zero (e.g. last year began in July and it is now March).
 * 2. Run rate. Over the reported months i ≤ m with P_i > 0 (the `monthsUsed`):
 *    rate = Σ actual_i ÷ Σ P_i, i.e. the work done per unit of expected work.
 * 3. Forecast = cumulative + remaining × rate, where cumulative = Σ actual_i over all reported
 *    months ≤ m and remaining = Σ P_i over months m+1..12. When every month is reported this is
 *    exactly cumulative ÷ share_m, share_m = Σ_{i≤m} P_i ÷ Σ P_i. A month without an accepted report
 *    counts as unknown, not as zero: a project reporting only from July, seen in September, is
 *    forecast to go on at its July–September rate (an even year: 90 done → 90 + 3 × 30 = 180),
 *    not at 90 ÷ 0.75 = 120.
 * 4. Band. The same with the slowest and the fastest month's own rate (actual_i ÷ P_i) in place of
 *    the average: "if the rest of the year runs like its weakest / strongest month so far". Rates
 *    below zero (corrections) count as zero, so neither the forecast nor the band is ever below the
 *    cumulative already done. With one usable month the band has no width: read monthsUsed.
 * Amounts are exact (big.js) and rounded half up to the cent at the end.
 */

export type ForecastMethod = 'last_year_pattern' | 'plan_targets' | 'linear';

export type ForecastInput = {
  /** The last month of data, 0..12. */
  month: number;
  actual: ActualFigures;
  plan: PlanFigures;
  lastYear?: ActualFigures | null;
};

export type ProjectForecast = {
  expectedYuan: string;
  lowYuan: string;
  highYuan: string;
  method: ForecastMethod;
  /** Reported months that fed the run rate. */
  monthsUsed: number;
  cumulativeYuan: string;
  /** Σ_{i≤m} P_i ÷ Σ P_i: the share of the year's work the pattern expects done by month m. */
  shareElapsed: number;
};

const MIN_LAST_YEAR_MONTHS = 6;

/** Twelve non-negative weights, or null when the source is absent; a null month weighs 0. */
function weights(values: readonly (string | null)[] | null | undefined): Big[] | null {
  if (!values) return null;
  return Array.from({ length: 12 }, (_, i) => {
    const v = values[i] ?? null;
    // A negative month (a correction) says nothing about the shape of the year.
    return v === null ? new Big(0) : nonNegative(new Big(v));
  });
}

function patterns(input: ForecastInput): { method: ForecastMethod; weights: Big[] }[] {
  const out: { method: ForecastMethod; weights: Big[] }[] = [];
  const last = input.lastYear?.completedByMonthYuan;
  if (last && last.slice(0, 12).filter((v) => v !== null).length >= MIN_LAST_YEAR_MONTHS) {
    const w = weights(last);
    if (w) out.push({ method: 'last_year_pattern', weights: w });
  }
  if (hasMonthlyTargets(input.plan)) {
    const w = weights(input.plan.monthlyTargetsYuan);
    if (w) out.push({ method: 'plan_targets', weights: w });
  }
  out.push({ method: 'linear', weights: Array.from({ length: 12 }, () => new Big(1)) });
  return out;
}

const nonNegative = (x: Big) => (x.lt(0) ? new Big(0) : x);
const sum = (xs: readonly Big[]) => xs.reduce((s, x) => s.plus(x), new Big(0));
const cents = (x: Big) => x.toFixed(2, Big.roundHalfUp);

/** The year-end forecast of one project; null when m = 0 or no month 1..m is reported. */
export function forecastYearEnd(input: ForecastInput): ProjectForecast | null {
  const m = input.month;
  if (!Number.isInteger(m) || m < 0 || m > 12) throw new RangeError(`invalid month ${m}`);
  const reported: { month: number; amount: Big }[] = [];
  for (let i = 1; i <= m; i++) {
    const v = input.actual.completedByMonthYuan[i - 1] ?? null;
    if (v !== null) reported.push({ month: i, amount: new Big(v) });
  }
  if (reported.length === 0) return null;
  const cumulative = sum(reported.map((r) => r.amount));

  for (const { method, weights: w } of patterns(input)) {
    const total = sum(w);
    const used = reported
      .map((r) => ({ amount: r.amount, weight: w[r.month - 1] ?? new Big(0) }))
      .filter((u) => u.weight.gt(0));
    if (total.lte(0) || used.length === 0) continue;
    const elapsed = sum(w.slice(0, m));
    const remaining = total.minus(elapsed);
    // Rates kept as fractions (amount / weight) so each amount needs a single division.
    const at = (amount: Big, weight: Big) => cumulative.plus(remaining.times(nonNegative(amount)).div(weight));
    const avg = { amount: sum(used.map((u) => u.amount)), weight: sum(used.map((u) => u.weight)) };
    // a/p < b/q ⇔ a·q < b·p (weights are positive).
    let slow = used[0] ?? avg;
    let fast = slow;
    for (const u of used) {
      if (u.amount.times(slow.weight).lt(slow.amount.times(u.weight))) slow = u;
      if (u.amount.times(fast.weight).gt(fast.amount.times(u.weight))) fast = u;
    }
    return {
      expectedYuan: cents(at(avg.amount, avg.weight)),
      lowYuan: cents(at(slow.amount, slow.weight)),
      highYuan: cents(at(fast.amount, fast.weight)),
      method,
      monthsUsed: used.length,
      cumulativeYuan: cents(cumulative),
      shareElapsed: elapsed.div(total).toNumber(),
    };
  }
  return null;
}

export type GroupForecast = {
  expectedYuan: string;
  lowYuan: string;
  highYuan: string;
  /** Projects with a forecast. */
  count: number;
  /** Projects without one (no report this year): not in the sums. */
  withoutForecast: number;
};

/**
 * A group's forecast: the sum of the projects' forecasts. The band is the sum of the lows and of
 * the highs, i.e. every project at its worst (or best) at once: conservative (wider than a
 * statistical band would be, since projects do not all slip together).
 */
export function groupForecast(forecasts: readonly (ProjectForecast | null)[]): GroupForecast {
  const present = forecasts.filter((f): f is ProjectForecast => f !== null);
  const total = (pick: (f: ProjectForecast) => string) => cents(sum(present.map((f) => new Big(pick(f)))));
  return {
    expectedYuan: total((f) => f.expectedYuan),
    lowYuan: total((f) => f.lowYuan),
    highYuan: total((f) => f.highYuan),
    count: present.length,
    withoutForecast: forecasts.length - present.length,
  };
}
