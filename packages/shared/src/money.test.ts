import { describe, expect, it } from 'vitest';
import { formatWan, isYuan, sumYuan, wanToYuan, yuanToWan } from './money.js';

describe('money', () => {
  it('accepts 元 with at most two decimals and sixteen integer digits', () => {
    for (const ok of ['0', '0.5', '12.34', '1250000000.00', '9999999999999999.99']) expect(isYuan(ok), ok).toBe(true);
    for (const bad of ['', '-1', '01', '1.234', '1e6', ' 1', '1,000', '10000000000000000', 'NaN'])
      expect(isYuan(bad), bad).toBe(false);
  });

  it('converts 万元 typed by a person to exact 元 and back', () => {
    expect(wanToYuan('12345.6789')).toBe('123456789.00');
    expect(wanToYuan('0.000001')).toBe('0.01');
    expect(wanToYuan('1,250.5')).toBe('12505000.00');
    // 0.1 + 0.2 style float errors never appear: 0.3 万元 is exactly 3000 元.
    expect(wanToYuan('0.3')).toBe('3000.00');
    expect(wanToYuan('-5')).toBeNull();
    expect(wanToYuan('1.0000001')).toBeNull();
    expect(wanToYuan('abc')).toBeNull();
    expect(yuanToWan('123456789.00')).toBe('12345.6789');
    expect(yuanToWan('10000.00')).toBe('1');
  });

  it('formats 万元 with thousands separators and rounds half up', () => {
    expect(formatWan('4514000000.00')).toBe('451,400.00');
    expect(formatWan('1234.50')).toBe('0.12');
    expect(formatWan('1250.00')).toBe('0.13');
    expect(formatWan('98765432100.99', 0)).toBe('9,876,543');
    expect(formatWan(null)).toBe('');
  });

  it('sums exactly, where floating point would not', () => {
    expect(sumYuan(['0.10', '0.20'])).toBe('0.30');
    expect(sumYuan(['9999999999999999.99', '0.01'])).toBe('10000000000000000.00');
    expect(sumYuan([])).toBe('0.00');
  });
});
