import { FACTOR_MEASURES, formatWan, isFactorAmount, wanToYuan, yuanToWan, type FactorKind } from '@tuijin/shared';

// Amounts travel as exact decimal strings in the factor's unit of measure (funds in 元). People
// read and type funds in 万元, the other factors in their own unit; nothing passes through a float.

/** "1234567.5000" → "1,234,567.5": thousands separators, trailing zeros of the fraction dropped. */
export function formatDecimal(value: string): string {
  const [int = '0', frac = ''] = value.trim().split('.');
  const negative = int.startsWith('-');
  const digits = negative ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = frac.replace(/0+$/, '');
  return `${negative ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/**
 * An amount of this factor as shown: funds in 万元 with at least two decimals and as many more as
 * the exact value needs (1.23 元 → "0.000123"), the others with their own decimals, trimmed.
 */
export function formatFactorAmount(factor: FactorKind, amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '';
  try {
    if (factor !== 'funds') return formatDecimal(amount);
    const exact = yuanToWan(amount);
    const decimals = Math.max(2, exact.split('.')[1]?.length ?? 0);
    return formatWan(amount, decimals);
  } catch {
    // A malformed amount should never break a page; show it as received.
    return amount;
  }
}

/** The amount as it goes into an input: funds in 万元 without separators, the others trimmed. */
export function factorAmountInput(factor: FactorKind, amount: string): string {
  if (factor === 'funds') return yuanToWan(amount);
  return formatDecimal(amount).replace(/,/g, '');
}

/**
 * What a person typed → the amount the server takes (funds: 万元 → 元), or null when it is not an
 * amount of this factor (talent whole persons; land, energy, environment at most four decimals).
 */
export function parseFactorAmount(factor: FactorKind, text: string | undefined): string | null {
  const trimmed = (text ?? '').trim().replace(/,/g, '');
  if (trimmed === '') return null;
  if (factor === 'funds') return wanToYuan(trimmed);
  // "080" or "1." are not amounts; "120.50" is, kept as typed (the server stores it exactly).
  return isFactorAmount(factor, trimmed) ? trimmed : null;
}

/** Decimals a person may type for this factor (funds: 万元, up to six). */
export function inputDecimals(factor: FactorKind): number {
  return factor === 'funds' ? 6 : FACTOR_MEASURES[factor].decimals;
}
