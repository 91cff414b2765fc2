import { describe, expect, it } from 'vitest';
import { addYuan, compareYuan, formatWanDelta, parseWanInput, splitEvenly, subtractYuan, toFen } from './yuan';

describe('yuan arithmetic', () => {
  it('adds and subtracts exactly, where floating point would not', () => {
    expect(addYuan('0.10', '0.20')).toBe('0.30');
    expect(addYuan('9999999999999999.99', '0.01')).toBe('10000000000000000.00');
    expect(subtractYuan('1.00', '2.50')).toBe('-1.50');
    expect(toFen('12.5')).toBe(1250n);
  });

  it('compares', () => {
    expect(compareYuan('100.00', '100')).toBe(0);
    expect(compareYuan('100.01', '100')).toBe(1);
    expect(compareYuan('-1', '0')).toBe(-1);
  });

  it('splits an annual amount into whole 元, the remainder on December', () => {
    const parts = splitEvenly('52003700.00');
    expect(parts).toHaveLength(12);
    expect(parts.slice(0, 11).every((p) => p === '4333641.00')).toBe(true);
    expect(parts[11]).toBe('4333649.00');
    expect(addYuan(...parts)).toBe('52003700.00');
    expect(addYuan(...splitEvenly('100.37'))).toBe('100.37');
    expect(splitEvenly('5.00')).toEqual([...Array.from({ length: 11 }, () => '0.00'), '5.00']);
  });

  it('parses amounts typed in 万元', () => {
    expect(parseWanInput('1,250.5')).toEqual({ yuan: '12505000.00', issue: null });
    expect(parseWanInput(' ')).toEqual({ yuan: null, issue: null });
    expect(parseWanInput('-5')).toEqual({ yuan: null, issue: 'negative_amount' });
    expect(parseWanInput('1.0000001')).toEqual({ yuan: null, issue: 'amount_invalid' });
    expect(parseWanInput('abc')).toEqual({ yuan: null, issue: 'amount_invalid' });
  });

  it('formats differences with a sign', () => {
    expect(formatWanDelta('2003700.00')).toBe('+200.37');
    expect(formatWanDelta('-2003700.00')).toBe('-200.37');
    expect(formatWanDelta('0.00')).toBe('0.00');
  });
});
