import { describe, expect, it } from 'vitest';
import {
  changeOfYuan,
  groupIndicators,
  groupIndicatorsFromSums,
  quarterOverQuarter,
  yearOverYear,
} from './group-indicators.js';
import {
  completionRate,
  cpi,
  cumulativeThrough,
  earnedValue,
  halfYearStatus,
  paceGap,
  paceGapOf,
  plannedValueThrough,
  recentWindow,
  spi,
  spiColour,
  startRate,
  timePace,
} from './indicators.js';

const months = (values: (string | null)[]) => ({ completedByMonthYuan: values });
const nulls = (n: number) => Array.from({ length: n }, () => null);

describe('completion rate and pace', () => {
  it('divides cumulative by plan, and has no rate without a plan', () => {
    // 4,120,000 ÷ 10,000,000 = 0.412
    expect(completionRate('4120000.00', '10000000.00')).toBe(0.412);
    expect(completionRate('4120000.00', null)).toBeNull();
    expect(completionRate('4120000.00', '0')).toBeNull();
    expect(completionRate('4120000.00', '0.00')).toBeNull();
  });

  it('measures the gap to the time-elapsed pace in points', () => {
    expect(timePace(9)).toBe(0.75);
    // (0.412 − 9/12) × 100 = (0.412 − 0.75) × 100 = −33.8
    expect(paceGap(0.412, 9)).toBe(-33.8);
    // (0.4 − 0.5) × 100 = −10 exactly; floating point would give −9.999999999999998.
    expect(paceGap(0.4, 6)).toBe(-10);
    expect(paceGap(null, 6)).toBeNull();
    // From amounts: (12 × 4,120,000 − 9 × 10,000,000) × 100 ÷ (12 × 10,000,000)
    //   = (49,440,000 − 90,000,000) × 100 ÷ 120,000,000 = −4,056,000,000 ÷ 120,000,000 = −33.8
    expect(paceGapOf('4120000.00', '10000000.00', 9)).toBe(-33.8);
    // Ahead: 0.6 at June → (0.6 − 0.5) × 100 = +10
    expect(paceGapOf('6000000.00', '10000000.00', 6)).toBe(10);
    expect(paceGapOf('1.00', null, 6)).toBeNull();
    expect(() => timePace(13)).toThrow(RangeError);
  });

  it('uses whatever plan it is given (a plan changed mid-year)', () => {
    // 6,000,000 done by June. Original plan 10,000,000 → 0.6; revised plan 15,000,000 → 0.4.
    expect(completionRate('6000000.00', '10000000.00')).toBe(0.6);
    expect(completionRate('6000000.00', '15000000.00')).toBe(0.4);
    expect(halfYearStatus(completionRate('6000000.00', '10000000.00'))).toBe('achieved');
    expect(halfYearStatus(completionRate('6000000.00', '15000000.00'))).toBe('missed');
  });

  it('tests the half-year goal at exactly 50%', () => {
    // 5,000,000 ÷ 10,000,000 = 0.5 → achieved; 4,999,999.99 ÷ 10,000,000 = 0.499999999 → missed.
    expect(halfYearStatus(completionRate('5000000.00', '10000000.00'))).toBe('achieved');
    expect(halfYearStatus(completionRate('4999999.99', '10000000.00'))).toBe('missed');
    expect(halfYearStatus(null)).toBeNull();
  });
});

describe('cumulative figures', () => {
  it('sums exactly and lists the months without a report', () => {
    // 100.10 + 0 (February missing) + 200.20 = 300.30
    const r = cumulativeThrough(months(['100.10', null, '200.20', '999.00']), 3);
    expect(r).toEqual({ cumulativeYuan: '300.30', missingMonths: [2], missingCount: 1 });
  });

  it('does not call months before a mid-year start missing', () => {
    // Reports from July: 1,000,000 × 3 = 3,000,000 through September.
    const actual = months([...nulls(6), '1000000.00', '1000000.00', '1000000.00']);
    expect(cumulativeThrough(actual, 9, 7)).toEqual({
      cumulativeYuan: '3000000.00',
      missingMonths: [],
      missingCount: 0,
    });
    expect(cumulativeThrough(actual, 9).missingMonths).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('gives zero for a year with no reports', () => {
    const r = cumulativeThrough(months(nulls(12)), 12);
    expect(r.cumulativeYuan).toBe('0.00');
    expect(r.missingCount).toBe(12);
    // 0 ÷ 5,000,000 = 0; gap (0 − 12/12) × 100 = −100
    expect(completionRate(r.cumulativeYuan, '5000000.00')).toBe(0);
    expect(paceGapOf(r.cumulativeYuan, '5000000.00', 12)).toBe(-100);
    // A short array counts as missing months too.
    expect(cumulativeThrough(months([]), 2)).toEqual({
      cumulativeYuan: '0.00',
      missingMonths: [1, 2],
      missingCount: 2,
    });
  });

  it('never drifts: twelve months of 0.10 make 1.20', () => {
    // In floating point 0.1 added twelve times is 1.2000000000000002.
    expect(cumulativeThrough(months(Array.from({ length: 12 }, () => '0.10')), 12).cumulativeYuan).toBe('1.20');
  });
});

describe('other indicators', () => {
  it('start rate', () => {
    expect(startRate(8, 6)).toBe(0.75); // 6 ÷ 8
    expect(startRate(0, 0)).toBeNull();
    expect(() => startRate(3, 4)).toThrow(RangeError);
  });

  it('earned value, SPI, CPI and SPI bands', () => {
    // EV = 45.5% × 20,000,000 = 9,100,000
    expect(earnedValue(45.5, '20000000.00')).toBe('9100000.00');
    // 33.333% × 100.00 = 33.333 → 33.33 (cent, half up); 0.005% × 100.00 = 0.005 → 0.01
    expect(earnedValue(33.333, '100.00')).toBe('33.33');
    expect(earnedValue(0.005, '100.00')).toBe('0.01');
    // SPI = 9,100,000 ÷ 10,000,000 = 0.91; CPI = 9,100,000 ÷ 9,800,000 = 0.928571…
    expect(spi('9100000.00', '10000000.00')).toBe(0.91);
    expect(cpi('9100000.00', '9800000.00')).toBeCloseTo(0.9285714285714286, 15);
    expect(spi('1.00', '0.00')).toBeNull();
    expect(cpi('1.00', '0')).toBeNull();
    expect([0.95, 0.91, 0.85, 0.8499].map((v) => spiColour(v))).toEqual(['green', 'yellow', 'yellow', 'red']);
    expect(spiColour(null)).toBeNull();
  });

  it('planned value: monthly targets when there are some, else linear', () => {
    // Linear: 12,000,000 × 9 ÷ 12 = 9,000,000
    expect(plannedValueThrough({ plannedYuan: '12000000.00' }, 9)).toBe('9000000.00');
    // 10,000,000 × 1 ÷ 12 = 833,333.333… → 833,333.33; × 2 ÷ 12 = 1,666,666.666… → 1,666,666.67
    expect(plannedValueThrough({ plannedYuan: '10000000.00' }, 1)).toBe('833333.33');
    expect(plannedValueThrough({ plannedYuan: '10000000.00' }, 2)).toBe('1666666.67');
    // Targets 500,000 Jan–Jun and 1,500,000 Jul–Dec: through July 6 × 500,000 + 1,500,000 = 4,500,000
    const targets = [...Array.from({ length: 6 }, () => '500000.00'), ...Array.from({ length: 6 }, () => '1500000.00')];
    expect(plannedValueThrough({ plannedYuan: '12000000.00', monthlyTargetsYuan: targets }, 7)).toBe('4500000.00');
    // Targets that are all empty or zero are no schedule: linear again.
    const empty = [...nulls(6), ...Array.from({ length: 6 }, () => '0.00')];
    expect(plannedValueThrough({ plannedYuan: '12000000.00', monthlyTargetsYuan: empty }, 7)).toBe('7000000.00');
    expect(plannedValueThrough({ plannedYuan: null }, 7)).toBeNull();
    expect(plannedValueThrough({ plannedYuan: '12000000.00' }, 0)).toBe('0.00');
  });

  it('recent window', () => {
    // Linear PV: through Sep 9,000,000, through Jun 6,000,000 → window Jul–Sep 3,000,000.
    // Completed 500,000 + (August missing) + 700,000 = 1,200,000.
    const actual = months([...nulls(6), '500000.00', null, '700000.00']);
    expect(recentWindow({ plannedYuan: '12000000.00' }, actual, 9, 3)).toEqual({
      fromMonth: 7,
      toMonth: 9,
      completedYuan: '1200000.00',
      plannedValueYuan: '3000000.00',
      missingCount: 1,
    });
    // In February a three-month window starts in January: PV = 12,000,000 × 2 ÷ 12 = 2,000,000.
    expect(recentWindow({ plannedYuan: '12000000.00' }, months(['1.00', '2.00']), 2)).toMatchObject({
      fromMonth: 1,
      completedYuan: '3.00',
      plannedValueYuan: '2000000.00',
    });
    expect(recentWindow({ plannedYuan: null }, actual, 9)).toBeNull();
  });

  it('quarter over quarter and year over year in points; amounts with growth', () => {
    // (0.3 − 0.1) × 100 = 20 exactly (floats give 19.999999999999996)
    expect(quarterOverQuarter(0.3, 0.1)).toEqual({ current: 0.3, previous: 0.1, change: 20 });
    expect(quarterOverQuarter(0.3, null)).toEqual({ current: 0.3, previous: null, change: null });
    // (0.412 − 0.5) × 100 = −8.8
    expect(yearOverYear(0.412, 0.5).change).toBe(-8.8);
    // 1,200,000 − 1,000,000 = 200,000; growth 200,000 ÷ 1,000,000 = 0.2
    expect(changeOfYuan('1200000', '1000000.00')).toEqual({
      currentYuan: '1200000.00',
      previousYuan: '1000000.00',
      changeYuan: '200000.00',
      growth: 0.2,
    });
    expect(changeOfYuan('5.00', '0.00').growth).toBeNull();
  });
});

describe('group indicators', () => {
  it('takes the ratio of sums, not the mean of rates', () => {
    // One project planned 100亿 (10,000,000,000), completed 10亿 (1,000,000,000): rate 0.1.
    // Nine planned 1000万 (10,000,000), completed 900万 (9,000,000) each: rate 0.9.
    // Mean of rates = (0.1 + 9 × 0.9) ÷ 10 = 8.2 ÷ 10 = 0.82 (wrong).
    // Ratio of sums = (1,000,000,000 + 9 × 9,000,000) ÷ (10,000,000,000 + 9 × 10,000,000)
    //               = 1,081,000,000 ÷ 10,090,000,000 = 1081 ÷ 10090 = 0.107135778…
    const items = [
      { plannedYuan: '10000000000.00', cumulativeYuan: '1000000000.00' },
      ...Array.from({ length: 9 }, () => ({ plannedYuan: '10000000.00', cumulativeYuan: '9000000.00' })),
    ];
    const g = groupIndicators(items, 6);
    expect(g.plannedYuan).toBe('10090000000.00');
    expect(g.cumulativeYuan).toBe('1081000000.00');
    expect(g.rate).toBe(1081 / 10090);
    expect(g.rate).not.toBeCloseTo(0.82, 2);
    // Gap at June: (1081/10090 − 0.5) × 100 = −39.286422…
    expect(g.gap).toBeCloseTo((1081 / 10090 - 0.5) * 100, 12);
    expect(g.count).toBe(10);
    expect(g.unplannedCount).toBe(0);
  });

  it('leaves projects without a plan out of both sums and reports them apart', () => {
    const g = groupIndicators(
      [
        { plannedYuan: '10000000.00', cumulativeYuan: '4000000.00' },
        { plannedYuan: null, cumulativeYuan: '5000000.00' },
        { plannedYuan: '0.00', cumulativeYuan: '1000000.00' },
      ],
      6,
    );
    // Rate = 4,000,000 ÷ 10,000,000 = 0.4 (not (4 + 5 + 1) ÷ 10 = 1.0); gap (0.4 − 0.5) × 100 = −10
    expect(g).toEqual({
      plannedYuan: '10000000.00',
      cumulativeYuan: '4000000.00',
      rate: 0.4,
      gap: -10,
      count: 1,
      unplannedCount: 2,
      unplannedCumulativeYuan: '6000000.00',
      totalCumulativeYuan: '10000000.00',
    });
  });

  it('has no rate when nobody has a plan, and stays exact over many small amounts', () => {
    expect(groupIndicators([], 3)).toMatchObject({ rate: null, gap: null, count: 0, plannedYuan: '0.00' });
    // 1000 projects planned 0.30, completed 0.10: Σ planned 300.00, Σ completed 100.00, rate 1/3.
    const many = Array.from({ length: 1000 }, () => ({ plannedYuan: '0.30', cumulativeYuan: '0.10' }));
    const g = groupIndicators(many, 4);
    expect(g.plannedYuan).toBe('300.00');
    expect(g.cumulativeYuan).toBe('100.00');
    expect(g.rate).toBe(1 / 3);
    // (12 × 100 − 4 × 300) × 100 ÷ (12 × 300) = (1200 − 1200) × 100 ÷ 3600 = 0: exactly on pace.
    expect(g.gap).toBe(0);
  });

  it('gives the same figures from sums the database added up', () => {
    // The worked example above as sums: Σ planned 10,000,000 (one project with a plan),
    // Σ completed 4,000,000; two unplanned projects with 6,000,000 between them.
    const g = groupIndicatorsFromSums(
      {
        plannedYuan: '10000000',
        cumulativeYuan: '4000000.5',
        count: 1,
        unplannedCount: 2,
        unplannedCumulativeYuan: '6000000',
      },
      6,
    );
    // 4,000,000.50 ÷ 10,000,000 = 0.40000005; gap (0.40000005 − 0.5) × 100 = −9.999995
    expect(g.plannedYuan).toBe('10000000.00');
    expect(g.cumulativeYuan).toBe('4000000.50');
    expect(g.rate).toBe(0.40000005);
    expect(g.gap).toBeCloseTo(-9.999995, 9);
    expect(g.totalCumulativeYuan).toBe('10000000.50');
    expect(groupIndicatorsFromSums({ ...g, count: 0, plannedYuan: '0' }, 6).rate).toBeNull();
  });
});
