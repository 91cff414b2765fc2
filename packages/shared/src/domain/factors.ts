import Big from 'big.js';
import {
  FACTOR_KINDS,
  FUNDING_CHANNELS,
  LAND_USE_TYPES,
  type FactorKind,
  type FactorRequestStatus,
  type MeasureUnit,
} from '../enums.js';
import { isYuan } from '../money.js';

// Factor guarantees (要素保障): what projects ask for — land in 亩, funds in 元 by channel, talent
// as headcount by position, energy quota in tons of standard coal, environmental capacity in tons
// a year — and what the supplying units have supplied. Amounts are exact decimal strings (big.js);
// a float never touches them. Sums are per factor only: 亩 and 元 are never added together.

/** The unit of measure and the decimals kept for each factor (the column is numeric(18,4)). */
export const FACTOR_MEASURES: Record<FactorKind, { unit: MeasureUnit; decimals: number }> = {
  land: { unit: 'mu', decimals: 4 },
  funds: { unit: 'yuan', decimals: 2 },
  talent: { unit: 'person', decimals: 0 },
  energy: { unit: 'tce', decimals: 4 },
  environment: { unit: 'tonne_per_year', decimals: 4 },
};

/**
 * An amount as typed for this factor: funds as 元 (money.ts: at most two decimals); talent a whole
 * number of persons; the others at most four decimals. At most 14 integer digits (numeric(18,4)),
 * no sign, no exponent, no separators.
 */
export function isFactorAmount(factor: FactorKind, amount: string): boolean {
  if (factor === 'funds') return isYuan(amount);
  const decimals = FACTOR_MEASURES[factor].decimals;
  const fraction = decimals === 0 ? '' : `(\\.\\d{1,${decimals}})?`;
  return new RegExp(`^(0|[1-9]\\d{0,13})${fraction}$`).test(amount);
}

/**
 * What `detail` holds for each factor: funds a FUNDING_CHANNELS key, land a LAND_USE_TYPES key,
 * talent the position (required), energy and environment free text (e.g. the pollutant), may be empty.
 */
export function isFactorDetail(factor: FactorKind, detail: string): boolean {
  switch (factor) {
    case 'funds':
      return (FUNDING_CHANNELS as readonly string[]).includes(detail);
    case 'land':
      return (LAND_USE_TYPES as readonly string[]).includes(detail);
    case 'talent':
      return detail.trim().length > 0;
    default:
      return true;
  }
}

/**
 * The status that follows from a change of the supplied amount: all of it supplied → supplied;
 * some → partly_supplied; nothing any more after some → in_progress; otherwise unchanged
 * (requested, in progress, declined and withdrawn are people's decisions).
 */
export function factorStatusAfterSupply(
  current: FactorRequestStatus,
  amount: string,
  supplied: string,
): FactorRequestStatus {
  if (current === 'withdrawn') return current;
  const s = new Big(supplied);
  if (s.gt(0) && s.gte(amount)) return 'supplied';
  if (s.gt(0)) return 'partly_supplied';
  return current === 'supplied' || current === 'partly_supplied' ? 'in_progress' : current;
}

/** What a ledger needs of one request. */
export type FactorRequestFigures = {
  factor: FactorKind;
  detail: string;
  amount: string;
  suppliedAmount: string;
  status: FactorRequestStatus;
};

/**
 * Per request: met = min(supplied, requested); unmet = requested − met (never negative: a surplus
 * on one request does not cover another's shortfall). A withdrawn request counts for nothing; a
 * declined one is demand left unmet.
 */
export function unmetOf(r: Pick<FactorRequestFigures, 'amount' | 'suppliedAmount' | 'status'>): Big {
  if (r.status === 'withdrawn') return new Big(0);
  const amount = new Big(r.amount);
  const supplied = new Big(r.suppliedAmount);
  return supplied.gte(amount) ? new Big(0) : amount.minus(supplied);
}

export type FactorTotals = {
  /** Requests counted (withdrawn ones are not). */
  requests: number;
  requested: string;
  /** What was actually supplied, surpluses included. */
  supplied: string;
  /** Σ min(supplied, requested) per request. */
  met: string;
  /** Σ unmet per request = requested − met. */
  unmet: string;
  /** met ÷ requested, a ratio of sums; null when nothing was requested. */
  fulfilmentRate: number | null;
};

export type FactorLedgerRow = FactorTotals & {
  factor: FactorKind;
  unit: MeasureUnit;
  /** By channel (funds), land-use type (land), position (talent)…; most unmet first, then by detail. */
  byDetail: (FactorTotals & { detail: string })[];
};

type Acc = { requests: number; requested: Big; supplied: Big; met: Big };
const zero = (): Acc => ({ requests: 0, requested: new Big(0), supplied: new Big(0), met: new Big(0) });

function add(acc: Acc, r: FactorRequestFigures): void {
  const amount = new Big(r.amount);
  const supplied = new Big(r.suppliedAmount);
  acc.requests += 1;
  acc.requested = acc.requested.plus(amount);
  acc.supplied = acc.supplied.plus(supplied);
  acc.met = acc.met.plus(supplied.lt(amount) ? supplied : amount);
}

function totals(acc: Acc, decimals: number): FactorTotals {
  return {
    requests: acc.requests,
    requested: acc.requested.toFixed(decimals),
    supplied: acc.supplied.toFixed(decimals),
    met: acc.met.toFixed(decimals),
    unmet: acc.requested.minus(acc.met).toFixed(decimals),
    fulfilmentRate: acc.requested.eq(0) ? null : acc.met.div(acc.requested).toNumber(),
  };
}

/**
 * The district ledger (or a project's): one row per factor in FACTOR_KINDS order, all five even
 * when empty, with exact totals written with the factor's decimals (funds: 元 with two decimals).
 */
export function factorLedger(requests: readonly FactorRequestFigures[]): FactorLedgerRow[] {
  return FACTOR_KINDS.map((factor) => {
    const { unit, decimals } = FACTOR_MEASURES[factor];
    const all = zero();
    const byDetail = new Map<string, Acc>();
    for (const r of requests) {
      if (r.factor !== factor || r.status === 'withdrawn') continue;
      add(all, r);
      let acc = byDetail.get(r.detail);
      if (!acc) byDetail.set(r.detail, (acc = zero()));
      add(acc, r);
    }
    const details = [...byDetail.entries()]
      .map(([detail, acc]) => ({ detail, unmetBig: acc.requested.minus(acc.met), ...totals(acc, decimals) }))
      .sort((a, b) => b.unmetBig.cmp(a.unmetBig) || (a.detail < b.detail ? -1 : a.detail > b.detail ? 1 : 0))
      .map(({ unmetBig: _unmet, ...row }) => row);
    return { factor, unit, ...totals(all, decimals), byDetail: details };
  });
}
