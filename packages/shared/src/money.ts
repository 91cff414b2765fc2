import Big from 'big.js';

// Money travels as a decimal string of 元 with at most two decimals; the UI shows 万元.
// Binary floating point never touches an amount.

export const YUAN_PATTERN = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;

/** Largest amount accepted: numeric(18,2) holds 16 integer digits. */
export function isYuan(value: string): boolean {
  return YUAN_PATTERN.test(value);
}

/** 元 → 万元 as an exact decimal string (up to 6 decimals, trailing zeros trimmed). */
export function yuanToWan(yuan: string): string {
  return new Big(yuan)
    .div(10000)
    .toFixed(6)
    .replace(/\.?0+$/, '');
}

/** 万元 (as typed by a person) → 元 string with two decimals; null when not a valid amount. */
export function wanToYuan(wan: string): string | null {
  const trimmed = wan.trim().replace(/,/g, '');
  if (!/^\d+(\.\d{1,6})?$/.test(trimmed)) return null;
  const yuan = new Big(trimmed).times(10000).toFixed(2);
  return isYuan(yuan) ? yuan : null;
}

/** Formats 元 as 万元 with thousands separators and a fixed number of decimals. */
export function formatWan(yuan: string | null | undefined, decimals = 2): string {
  if (yuan === null || yuan === undefined || yuan === '') return '';
  const fixed = new Big(yuan).div(10000).toFixed(decimals);
  const [int = '0', frac] = fixed.split('.');
  const negative = int.startsWith('-');
  const digits = negative ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** Exact sum of 元 strings. */
export function sumYuan(values: readonly string[]): string {
  return values.reduce((acc, v) => acc.plus(v), new Big(0)).toFixed(2);
}

/** Compares two 元 strings exactly: -1, 0 or 1. */
export function compareYuan(a: string, b: string): -1 | 0 | 1 {
  return new Big(a).cmp(b);
}
