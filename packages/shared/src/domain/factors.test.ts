import { describe, expect, it } from 'vitest';
import {
  factorLedger,
  factorStatusAfterSupply,
  isFactorAmount,
  isFactorDetail,
  unmetOf,
  type FactorRequestFigures,
} from './factors.js';

const r = (
  factor: FactorRequestFigures['factor'],
  detail: string,
  amount: string,
  suppliedAmount: string,
  status: FactorRequestFigures['status'],
): FactorRequestFigures => ({ factor, detail, amount, suppliedAmount, status });

describe('factor amounts and details', () => {
  it('accepts each factor’s amounts', () => {
    expect(isFactorAmount('land', '12.3456')).toBe(true);
    expect(isFactorAmount('land', '12.34567')).toBe(false); // five decimals
    expect(isFactorAmount('land', '12345678901234')).toBe(true); // 14 integer digits
    expect(isFactorAmount('land', '123456789012345')).toBe(false); // 15
    expect(isFactorAmount('talent', '3')).toBe(true);
    expect(isFactorAmount('talent', '3.5')).toBe(false); // half a person
    expect(isFactorAmount('funds', '100.10')).toBe(true);
    expect(isFactorAmount('funds', '100.101')).toBe(false);
    expect(isFactorAmount('energy', '2500.5')).toBe(true);
    for (const bad of ['-1', '1e3', '012', '1,000', ' 1', '', '.5'])
      expect(isFactorAmount('environment', bad), bad).toBe(false);
  });

  it('checks the detail of each factor', () => {
    expect(isFactorDetail('funds', 'special_bonds')).toBe(true);
    expect(isFactorDetail('funds', '专项债')).toBe(false);
    expect(isFactorDetail('land', 'industrial')).toBe(true);
    expect(isFactorDetail('land', '')).toBe(false);
    expect(isFactorDetail('talent', '结构工程师')).toBe(true);
    expect(isFactorDetail('talent', '  ')).toBe(false);
    expect(isFactorDetail('environment', '')).toBe(true);
  });

  it('derives the status from the supplied amount', () => {
    expect(factorStatusAfterSupply('requested', '10', '0')).toBe('requested');
    expect(factorStatusAfterSupply('in_progress', '10', '4')).toBe('partly_supplied');
    expect(factorStatusAfterSupply('partly_supplied', '10', '10.0000')).toBe('supplied');
    expect(factorStatusAfterSupply('requested', '10', '12')).toBe('supplied'); // more than asked
    expect(factorStatusAfterSupply('supplied', '10', '0')).toBe('in_progress'); // a correction
    expect(factorStatusAfterSupply('declined', '10', '0')).toBe('declined');
    expect(factorStatusAfterSupply('withdrawn', '10', '10')).toBe('withdrawn');
  });

  it('computes what is still missing on one request', () => {
    expect(unmetOf({ amount: '120.5', suppliedAmount: '80.25', status: 'partly_supplied' }).toFixed(4)).toBe('40.2500');
    expect(unmetOf({ amount: '35', suppliedAmount: '40', status: 'supplied' }).toFixed(4)).toBe('0.0000');
    expect(unmetOf({ amount: '999', suppliedAmount: '0', status: 'withdrawn' }).toFixed(4)).toBe('0.0000');
    expect(unmetOf({ amount: '12', suppliedAmount: '0', status: 'declined' }).toFixed(4)).toBe('12.0000');
  });
});

describe('the factor ledger', () => {
  const requests = [
    // Land, 亩.
    r('land', 'industrial', '120.5', '80.25', 'partly_supplied'),
    r('land', 'industrial', '35.1234', '40', 'supplied'), // 4.8766 more than asked
    r('land', 'transport', '12.3333', '0', 'declined'),
    r('land', 'residential', '999', '0', 'withdrawn'), // not counted
    // Funds, 元: the cents must come out exact.
    r('funds', 'special_bonds', '50000000.10', '20000000.20', 'partly_supplied'),
    r('funds', 'special_bonds', '0.20', '0.10', 'partly_supplied'),
    r('funds', 'policy_bank_loans', '30000000.00', '30000000.00', 'supplied'),
    // Talent, persons.
    r('talent', '结构工程师', '10', '4', 'partly_supplied'),
  ];
  const ledger = factorLedger(requests);
  const row = (f: string) => ledger.find((x) => x.factor === f)!;

  it('has the five factors in order, empty ones included', () => {
    expect(ledger.map((x) => [x.factor, x.unit])).toEqual([
      ['land', 'mu'],
      ['funds', 'yuan'],
      ['talent', 'person'],
      ['energy', 'tce'],
      ['environment', 'tonne_per_year'],
    ]);
    expect(row('energy')).toEqual({
      factor: 'energy',
      unit: 'tce',
      requests: 0,
      requested: '0.0000',
      supplied: '0.0000',
      met: '0.0000',
      unmet: '0.0000',
      fulfilmentRate: null,
      byDetail: [],
    });
  });

  it('sums land exactly in 亩 and never lets a surplus cover a shortfall', () => {
    // requested 120.5 + 35.1234 + 12.3333 = 167.9567; supplied 80.25 + 40 + 0 = 120.25;
    // met 80.25 + 35.1234 + 0 = 115.3734; unmet 167.9567 − 115.3734 = 52.5833 (= 40.25 + 12.3333).
    const land = row('land');
    expect(land).toMatchObject({
      requests: 3,
      requested: '167.9567',
      supplied: '120.2500',
      met: '115.3734',
      unmet: '52.5833',
    });
    // 115.3734 ÷ 167.9567 ≈ 0.686923
    expect(land.fulfilmentRate).toBeCloseTo(0.686923, 6);
    // Industrial: requested 155.6234, met 115.3734, unmet 40.25; transport unmet 12.3333: most unmet first.
    expect(land.byDetail.map((d) => [d.detail, d.requested, d.unmet])).toEqual([
      ['industrial', '155.6234', '40.2500'],
      ['transport', '12.3333', '12.3333'],
    ]);
  });

  it('sums funds exactly in 元 with two decimals', () => {
    // requested 50,000,000.10 + 0.20 + 30,000,000.00 = 80,000,000.30
    // supplied 20,000,000.20 + 0.10 + 30,000,000.00 = 50,000,000.30 (all of it met)
    // unmet (50,000,000.10 − 20,000,000.20) + (0.20 − 0.10) = 29,999,999.90 + 0.10 = 30,000,000.00
    expect(row('funds')).toMatchObject({
      requests: 3,
      requested: '80000000.30',
      supplied: '50000000.30',
      met: '50000000.30',
      unmet: '30000000.00',
    });
    expect(row('funds').fulfilmentRate).toBeCloseTo(0.625, 8); // 50,000,000.30 ÷ 80,000,000.30
    expect(row('funds').byDetail.map((d) => [d.detail, d.requested, d.supplied, d.unmet])).toEqual([
      ['special_bonds', '50000000.30', '20000000.30', '30000000.00'],
      ['policy_bank_loans', '30000000.00', '30000000.00', '0.00'],
    ]);
  });

  it('counts people as whole numbers', () => {
    expect(row('talent')).toMatchObject({ requested: '10', supplied: '4', unmet: '6', fulfilmentRate: 0.4 });
  });
});
