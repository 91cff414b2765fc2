import { describe, expect, it } from 'vitest';
import { factorAmountInput, formatDecimal, formatFactorAmount, parseFactorAmount } from './factor-format';

describe('factor amounts as people read and type them', () => {
  it('shows the other factors in their own unit, exact and trimmed', () => {
    expect(formatFactorAmount('land', '120.5000')).toBe('120.5');
    expect(formatFactorAmount('land', '40.5000')).toBe('40.5');
    expect(formatFactorAmount('energy', '1234567.0001')).toBe('1,234,567.0001');
    expect(formatFactorAmount('talent', '0')).toBe('0');
    expect(formatDecimal('1000.0000')).toBe('1,000');
  });

  it('shows funds in 万元 with separators and every decimal it needs', () => {
    expect(formatFactorAmount('funds', '250000000.00')).toBe('25,000.00');
    expect(formatFactorAmount('funds', '12345.67')).toBe('1.234567');
    expect(formatFactorAmount('funds', '1.23')).toBe('0.000123');
    expect(formatFactorAmount('funds', '')).toBe('');
  });

  it('reads typed amounts per factor and refuses the others', () => {
    expect(parseFactorAmount('land', ' 120.5 ')).toBe('120.5');
    expect(parseFactorAmount('land', '1.23456')).toBeNull();
    expect(parseFactorAmount('talent', '12')).toBe('12');
    expect(parseFactorAmount('talent', '1.5')).toBeNull();
    expect(parseFactorAmount('funds', '2,500.5')).toBe('25005000.00');
    expect(parseFactorAmount('funds', '-1')).toBeNull();
    expect(parseFactorAmount('energy', '')).toBeNull();
  });

  it('puts stored amounts back into inputs as they were typed', () => {
    expect(factorAmountInput('funds', '25005000.00')).toBe('2500.5');
    expect(factorAmountInput('land', '1200.5000')).toBe('1200.5');
  });
});
