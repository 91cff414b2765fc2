import { describe, expect, it } from 'vitest';
import { forecastYearEnd, groupForecast } from './forecast.js';

const months = (values: (string | null)[]) => ({ completedByMonthYuan: values });
const nulls = (n: number) => Array.from({ length: n }, () => null);
const noPlan = { plannedYuan: null };

describe('year-end forecast', () => {
  it('linear: cumulative ÷ m/12, band from the slowest and fastest month', () => {
    // Weights 1 each. Through March: cumulative 100 + 120 + 80 = 300, elapsed 3, remaining 9.
    // Average rate 300 ÷ 3 = 100 → 300 + 9 × 100 = 1200 (= 300 ÷ 3/12).
    // Slowest month 80 → 300 + 9 × 80 = 1020; fastest 120 → 300 + 9 × 120 = 1380.
    const f = forecastYearEnd({
      month: 3,
      actual: months(['100.00', '120.00', '80.00']),
      plan: { plannedYuan: '1000.00' },
    });
    expect(f).toEqual({
      expectedYuan: '1200.00',
      lowYuan: '1020.00',
      highYuan: '1380.00',
      method: 'linear',
      monthsUsed: 3,
      cumulativeYuan: '300.00',
      shareElapsed: 0.25,
    });
  });

  it("plan targets: the plan's monthly shape", () => {
    // Targets 10, 10, 20 × 8, 10, 10: total 200. Through April: elapsed 10 + 10 + 20 + 20 = 60, remaining 140.
    // Actual 12, 8, 30, 20: cumulative 70. Average rate 70 ÷ 60 → 70 + 140 × 70 ÷ 60 = 70 + 163.333… = 233.33
    //   (= 70 ÷ (60/200) = 233.33). Month rates 12/10 = 1.2, 8/10 = 0.8, 30/20 = 1.5, 20/20 = 1.0.
    // Low 70 + 140 × 0.8 = 182; high 70 + 140 × 1.5 = 280.
    const targets = ['10', '10', ...Array.from({ length: 8 }, () => '20'), '10', '10'];
    const f = forecastYearEnd({
      month: 4,
      actual: months(['12.00', '8.00', '30.00', '20.00']),
      plan: { plannedYuan: '200.00', monthlyTargetsYuan: targets },
    });
    expect(f).toMatchObject({ expectedYuan: '233.33', lowYuan: '182.00', highYuan: '280.00', method: 'plan_targets' });
    expect(f?.shareElapsed).toBe(0.3); // 60 ÷ 200
  });

  it("last year's pattern, a missing month treated as unknown rather than zero", () => {
    // Last year 2, 3, 5, then 10 × 9: total 100. Through March: elapsed 2 + 3 + 5 = 10, remaining 90.
    // This year January 4, February not reported, March 10: cumulative 14.
    // Used months Jan (rate 4/2 = 2) and Mar (10/5 = 2): average (4 + 10) ÷ (2 + 5) = 2.
    // Forecast 14 + 90 × 2 = 194; band collapses (both months at rate 2).
    // (Treating February as zero would give 14 ÷ 0.1 = 140.)
    const lastYear = months(['2', '3', '5', ...Array.from({ length: 9 }, () => '10')]);
    const targets = Array.from({ length: 12 }, () => '1'); // present, but last year wins
    const f = forecastYearEnd({
      month: 3,
      actual: months(['4.00', null, '10.00']),
      plan: { plannedYuan: '150.00', monthlyTargetsYuan: targets },
      lastYear,
    });
    expect(f).toMatchObject({
      expectedYuan: '194.00',
      lowYuan: '194.00',
      highYuan: '194.00',
      method: 'last_year_pattern',
      monthsUsed: 2,
      cumulativeYuan: '14.00',
    });
  });

  it('falls back when last year has fewer than 6 months or no weight in the months so far', () => {
    // Five reported months last year → not a pattern → linear.
    const short = months([...nulls(7), '1', '1', '1', '1', '1']);
    expect(forecastYearEnd({ month: 2, actual: months(['5', '5']), plan: noPlan, lastYear: short })?.method).toBe(
      'linear',
    );
    // Last year began in July (6 months): January–February weigh 0 → no usable month → linear:
    // cumulative 20 + remaining 10 × rate 10 = 120.
    const julyOn = months([...nulls(6), '1', '1', '1', '1', '1', '1']);
    const f = forecastYearEnd({ month: 2, actual: months(['10', '10']), plan: noPlan, lastYear: julyOn });
    expect(f).toMatchObject({ method: 'linear', expectedYuan: '120.00' });
  });

  it('a project reporting only from July goes on at its own rate', () => {
    // Linear, September: cumulative 30 + 30 + 30 = 90 over 3 used months → rate 30; remaining 3 → 90 + 90 = 180.
    const f = forecastYearEnd({ month: 9, actual: months([...nulls(6), '30', '30', '30']), plan: noPlan });
    expect(f).toMatchObject({ expectedYuan: '180.00', lowYuan: '180.00', highYuan: '180.00', monthsUsed: 3 });
  });

  it('never goes below the cumulative already done', () => {
    // Months 60 and −20 (a correction): cumulative 40. Average rate (60 − 20) ÷ 2 = 20 → 40 + 10 × 20 = 240.
    // Slowest rate −20 counts as 0 → low 40; fastest 60 → 40 + 10 × 60 = 640.
    const f = forecastYearEnd({ month: 2, actual: months(['60.00', '-20.00']), plan: noPlan });
    expect(f).toMatchObject({ expectedYuan: '240.00', lowYuan: '40.00', highYuan: '640.00' });
  });

  it('December: the forecast is what was done; no data gives null', () => {
    const year = Array.from({ length: 12 }, (_, i) => `${i + 1}.00`); // 1 + … + 12 = 78
    expect(forecastYearEnd({ month: 12, actual: months(year), plan: noPlan })).toMatchObject({
      expectedYuan: '78.00',
      lowYuan: '78.00',
      highYuan: '78.00',
      shareElapsed: 1,
    });
    expect(forecastYearEnd({ month: 0, actual: months(year), plan: noPlan })).toBeNull();
    expect(forecastYearEnd({ month: 5, actual: months(nulls(12)), plan: noPlan })).toBeNull();
  });

  it('rounds only at the end', () => {
    // Linear, January 0.10: 0.10 + 11 × 0.10 = 1.20. Month 7 with 7 × 0.10: 0.70 + 5 × 0.10 = 1.20.
    expect(forecastYearEnd({ month: 1, actual: months(['0.10']), plan: noPlan })?.expectedYuan).toBe('1.20');
    const seven = Array.from({ length: 7 }, () => '0.10');
    expect(forecastYearEnd({ month: 7, actual: months(seven), plan: noPlan })?.expectedYuan).toBe('1.20');
    // Linear, 100.00 in January and 0.01 in February: 100.01 + 10 × 100.01 ÷ 2 = 100.01 + 500.05 = 600.06
    expect(forecastYearEnd({ month: 2, actual: months(['100.00', '0.01']), plan: noPlan })?.expectedYuan).toBe(
      '600.06',
    );
  });
});

describe('group forecast', () => {
  it('sums expected, lows and highs, and counts projects without a forecast', () => {
    const a = forecastYearEnd({ month: 3, actual: months(['100.00', '120.00', '80.00']), plan: noPlan }); // 1200 / 1020 / 1380
    const b = forecastYearEnd({ month: 9, actual: months([...nulls(6), '30', '30', '30']), plan: noPlan }); // 180 / 180 / 180
    const none = forecastYearEnd({ month: 3, actual: months(nulls(3)), plan: noPlan });
    // 1200 + 180 = 1380; 1020 + 180 = 1200; 1380 + 180 = 1560
    expect(groupForecast([a, b, none])).toEqual({
      expectedYuan: '1380.00',
      lowYuan: '1200.00',
      highYuan: '1560.00',
      count: 2,
      withoutForecast: 1,
    });
    expect(groupForecast([])).toMatchObject({ expectedYuan: '0.00', count: 0 });
  });
});
