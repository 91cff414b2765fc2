import Big from 'big.js';
import type { RankingOrder } from '../enums.js';
import { daysInMonth, quarterEnd } from './periods.js';
import { dayNumber } from './workdays.js';

// Rankings (考核排名) of units and leaders for a quarter, by on-time closure of their problems and
// supervision items and by the lights of their projects. Rates are ratios of sums, never means of
// rates; comparisons are exact (big.js); ties are broken by a fixed, documented chain.
//
// Who is credited with what (the server gathers the sums; names here are the data model's):
//   unit    problems it leads (lead_unit_id; helping units are not scored), supervision items
//           assigned to it, projects it is the responsible unit of;
//   leader  problems and supervision items on the projects they lead (lead leader), and those
//           projects.
// A project's light for a quarter is its kept light for the quarter's last month (or the latest
// period before it that has one).

// ---- On-time closure ----------------------------------------------------------------------------

/** Inclusive civil dates. */
export type DateWindow = { from: string; to: string };

/** The dates of a quarter: quarterWindow(2026, 3) is 2026-07-01 … 2026-09-30. */
export function quarterWindow(year: number, quarter: number): DateWindow {
  const end = quarterEnd(year, quarter);
  const y = String(year).padStart(4, '0');
  const first = String(end.month - 2).padStart(2, '0');
  const last = String(end.month).padStart(2, '0');
  return { from: `${y}-${first}-01`, to: `${y}-${last}-${daysInMonth(year, end.month)}` };
}

/**
 * One item for on-time closure: its due date, and `doneOn`, the district-local day the unit
 * finished it, null while it is not closed. For a problem: the day it was solved, when it has been
 * closed since (a reopened problem is not done); for a supervision item: the report date of the
 * accepted round (supervisionDoneOn). The raiser's or the office's delay in verifying is not held
 * against the unit.
 */
export type OnTimeItem = { dueDate: string | null; doneOn: string | null };

export type OnTimeOutcome = 'not_counted' | 'on_time' | 'late';

/**
 * An item counts for a window when its due date falls in it and, as of `asOf` (the district's
 * today), it is either done or past its due date: an item due later this quarter and not yet done
 * is not counted yet. Counted items are on time when done on or before the due date, else late
 * (done after it, or still not done). Once the due date has passed the outcome no longer changes,
 * except that reopening an item makes it late.
 */
export function onTimeOutcome(item: OnTimeItem, window: DateWindow, asOf: string): OnTimeOutcome {
  const due = item.dueDate;
  if (due === null) return 'not_counted';
  dayNumber(due); // a RangeError on a malformed date, rather than a wrong comparison
  if (item.doneOn !== null) dayNumber(item.doneOn);
  if (due < window.from || due > window.to) return 'not_counted';
  if (item.doneOn !== null) return item.doneOn <= due ? 'on_time' : 'late';
  return due < asOf ? 'late' : 'not_counted';
}

/** Items counted (the denominator) and those on time (the numerator). */
export type OnTimeSums = { due: number; onTime: number };

export function onTimeSums(items: readonly OnTimeItem[], window: DateWindow, asOf: string): OnTimeSums {
  const sums = { due: 0, onTime: 0 };
  for (const item of items) {
    const o = onTimeOutcome(item, window, asOf);
    if (o === 'not_counted') continue;
    sums.due++;
    if (o === 'on_time') sums.onTime++;
  }
  return sums;
}

// ---- Scores and ranks ---------------------------------------------------------------------------

export type LightCounts = { green: number; yellow: number; red: number };

/** One unit or leader with its sums for the quarter. */
export type RankingInput = {
  id: string;
  name: string;
  problems: OnTimeSums;
  supervision: OnTimeSums;
  lights: LightCounts;
};

/**
 * The score, 0–100:
 *   on-time rate  C = (problems.onTime + supervision.onTime) ÷ (problems.due + supervision.due)
 *   light score   L = (green + yellowValue × yellow) ÷ (green + yellow + red)   (red is worth 0)
 *   score         100 × (onTime × C + lights × L) ÷ (onTime + lights)
 * When C or L has nothing to count (no item due, no project) the score is the other alone × 100;
 * with neither, there is no score and no rank. Defaults: C weighs 0.6, L 0.4, a yellow light half
 * a green one. They are this module's choice (domain.md names the criteria, not the weights).
 */
export type RankingWeights = { onTime: number; lights: number; yellowValue: number };
export const DEFAULT_RANKING_WEIGHTS: RankingWeights = { onTime: 0.6, lights: 0.4, yellowValue: 0.5 };

export type RankedRow = RankingInput & {
  onTimeRate: number | null;
  lightScore: number | null;
  score: number | null;
  /** 1, 2, 3… in order; null for rows without a value for the order (listed last, in the same tie order). */
  rank: number | null;
};

type Exact = { row: RankingInput; c: Big | null; l: Big | null; s: Big | null };

function exact(row: RankingInput, w: RankingWeights): Exact {
  const due = row.problems.due + row.supervision.due;
  const c = due === 0 ? null : new Big(row.problems.onTime + row.supervision.onTime).div(due);
  const projects = row.lights.green + row.lights.yellow + row.lights.red;
  const l =
    projects === 0
      ? null
      : new Big(row.lights.green).plus(new Big(w.yellowValue).times(row.lights.yellow)).div(projects);
  let s: Big | null = null;
  if (c !== null && l !== null) {
    const wc = new Big(w.onTime);
    const wl = new Big(w.lights);
    s = wc.times(c).plus(wl.times(l)).times(100).div(wc.plus(wl));
  } else if (c !== null) s = c.times(100);
  else if (l !== null) s = l.times(100);
  return { row, c, l, s };
}

/** Descending, a missing value below any value. */
function desc(a: Big | null, b: Big | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return b.cmp(a);
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Ranks rows by the order. Ties are broken, in turn, by: the other parts of the score, highest
 * first (for 'score': C then L; for 'on_time': L; for 'lights': C); more items due (more work
 * handled at the same rate); more projects; fewer red lights; the name (by code point, not by
 * locale, so every machine agrees); the id. Ranks are therefore unique: 1, 2, 3…
 */
export function rankSubjects(
  rows: readonly RankingInput[],
  order: RankingOrder = 'score',
  weights: RankingWeights = DEFAULT_RANKING_WEIGHTS,
): RankedRow[] {
  const primary = (e: Exact) => (order === 'score' ? e.s : order === 'on_time' ? e.c : e.l);
  const others = (e: Exact) => (order === 'score' ? [e.c, e.l] : order === 'on_time' ? [e.l] : [e.c]);
  const items = rows.map((r) => exact(r, weights));
  items.sort((a, b) => {
    let d = desc(primary(a), primary(b));
    const oa = others(a);
    const ob = others(b);
    for (let i = 0; d === 0 && i < oa.length; i++) d = desc(oa[i] ?? null, ob[i] ?? null);
    if (d !== 0) return d;
    const dueA = a.row.problems.due + a.row.supervision.due;
    const dueB = b.row.problems.due + b.row.supervision.due;
    const projA = a.row.lights.green + a.row.lights.yellow + a.row.lights.red;
    const projB = b.row.lights.green + b.row.lights.yellow + b.row.lights.red;
    return (
      dueB - dueA ||
      projB - projA ||
      a.row.lights.red - b.row.lights.red ||
      byText(a.row.name, b.row.name) ||
      byText(a.row.id, b.row.id)
    );
  });
  let next = 1;
  return items.map((e) => ({
    ...e.row,
    onTimeRate: e.c?.toNumber() ?? null,
    lightScore: e.l?.toNumber() ?? null,
    score: e.s?.toNumber() ?? null,
    rank: primary(e) === null ? null : next++,
  }));
}

/** Quarter over quarter, for one row. Changes of rates are in percentage points. */
export type RankingChange = {
  previousRank: number | null;
  /** previousRank − rank: positive = moved up. Null unless ranked in both quarters. */
  rankChange: number | null;
  scoreChange: number | null;
  onTimeRateChangePoints: number | null;
  lightScoreChangePoints: number | null;
};

/**
 * Adds last quarter's figures to this quarter's ranking (both ranked by the same order and
 * weights), matched by id; a row new this quarter has no previous figures.
 */
export function withQuarterChange(
  current: readonly RankedRow[],
  previous: readonly RankedRow[],
): (RankedRow & { change: RankingChange })[] {
  const before = new Map(previous.map((r) => [r.id, r]));
  const diff = (a: number | null, b: number | null, times = 1) =>
    a === null || b === null ? null : new Big(a).minus(b).times(times).toNumber();
  return current.map((row) => {
    const p = before.get(row.id) ?? null;
    return {
      ...row,
      change: {
        previousRank: p?.rank ?? null,
        rankChange: p === null || p.rank === null || row.rank === null ? null : p.rank - row.rank,
        scoreChange: diff(row.score, p?.score ?? null),
        onTimeRateChangePoints: diff(row.onTimeRate, p?.onTimeRate ?? null, 100),
        lightScoreChangePoints: diff(row.lightScore, p?.lightScore ?? null, 100),
      },
    };
  });
}

/** Checks ranking weights before they are saved; messages are codes. */
export function validateRankingWeights(w: RankingWeights): { field: keyof RankingWeights; message: string }[] {
  const issues: { field: keyof RankingWeights; message: string }[] = [];
  const ok = (v: number) => Number.isFinite(v) && v >= 0;
  if (!ok(w.onTime)) issues.push({ field: 'onTime', message: 'rule_number_min_0' });
  if (!ok(w.lights)) issues.push({ field: 'lights', message: 'rule_number_min_0' });
  if (ok(w.onTime) && ok(w.lights) && w.onTime + w.lights === 0)
    issues.push({ field: 'lights', message: 'rule_weights_not_both_zero' });
  if (!(Number.isFinite(w.yellowValue) && w.yellowValue >= 0 && w.yellowValue <= 1))
    issues.push({ field: 'yellowValue', message: 'rule_rate_0_1' });
  return issues;
}
