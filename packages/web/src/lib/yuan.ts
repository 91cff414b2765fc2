import { formatWan, wanToYuan, yuanToWan } from '@tuijin/shared';

// Exact arithmetic on 元 strings (at most two decimals) through integer fen: sums, differences,
// comparisons and an even split never pass through binary floating point.

const YUAN = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

export function toFen(yuan: string): bigint {
  const m = YUAN.exec(yuan.trim());
  if (!m) throw new RangeError(`not an amount in 元: ${JSON.stringify(yuan)}`);
  const fen = BigInt(m[2] ?? '0') * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0');
  return m[1] === '-' ? -fen : fen;
}

export function fromFen(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const cents = String(abs % 100n).padStart(2, '0');
  return `${negative ? '-' : ''}${abs / 100n}.${cents}`;
}

export function addYuan(...values: readonly string[]): string {
  return fromFen(values.reduce((acc, v) => acc + toFen(v), 0n));
}

export function subtractYuan(a: string, b: string): string {
  return fromFen(toFen(a) - toFen(b));
}

export function compareYuan(a: string, b: string): -1 | 0 | 1 {
  const d = toFen(a) - toFen(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/**
 * Splits an annual amount into `parts` whole-元 amounts that add up exactly: each part is the
 * floor of the share, and what remains (the odd 元 and any fen) goes on the last part (December).
 */
export function splitEvenly(total: string, parts = 12): string[] {
  const fen = toFen(total);
  if (fen < 0n) throw new RangeError('cannot split a negative amount');
  const share = (fen / BigInt(parts) / 100n) * 100n;
  const last = fen - share * BigInt(parts - 1);
  return [...Array.from({ length: parts - 1 }, () => fromFen(share)), fromFen(last)];
}

/** 元 → 万元 text for an input (exact, no separators); empty for missing amounts. */
export function wanInput(yuan: string | null | undefined): string {
  return yuan === null || yuan === undefined || yuan === '' ? '' : yuanToWan(yuan);
}

/** Signed 万元 with separators, for differences: "+12.50", "-3.00", "0.00". */
export function formatWanDelta(yuan: string): string {
  const sign = toFen(yuan) > 0n ? '+' : '';
  return `${sign}${formatWan(yuan)}`;
}

/**
 * An amount typed in 万元 (separators allowed) → 元; the validation code when it is not one:
 * 'negative_amount' or 'amount_invalid'. Empty text gives neither an amount nor an issue.
 */
export function parseWanInput(text: string | undefined): { yuan: string | null; issue: string | null } {
  const trimmed = (text ?? '').trim().replace(/,/g, '');
  if (trimmed === '') return { yuan: null, issue: null };
  if (trimmed.startsWith('-')) return { yuan: null, issue: 'negative_amount' };
  const yuan = wanToYuan(trimmed);
  return yuan === null ? { yuan: null, issue: 'amount_invalid' } : { yuan, issue: null };
}
