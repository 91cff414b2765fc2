import { describe, expect, it } from 'vitest';
import { buildDemoDistrict } from './demo-data.js';
import { buildDemoProgress } from './demo-progress.js';

const demo = buildDemoDistrict();
const asOf = { year: 2026, month: 11 };
const { plans, reports } = buildDemoProgress(demo.projects, asOf);

describe('demo plans and reports', () => {
  it('is deterministic for a given month', () => {
    expect(buildDemoProgress(demo.projects, asOf)).toEqual({ plans, reports });
  });

  it('plans every working project of the year, with monthly targets that add up exactly', () => {
    const working = demo.projects.filter((p) => ['new_start', 'continuing'].includes(p.stage)).length;
    const planned = new Set(plans.filter((p) => p.year === 2026).map((p) => p.projectIndex));
    expect(planned.size).toBeGreaterThanOrEqual(working);
    for (const p of plans) {
      expect(p.monthlyTargetsWan.reduce((a, b) => a + b, 0)).toBe(p.plannedWan);
      if (p.replan) expect(p.replan.monthlyTargetsWan.reduce((a, b) => a + b, 0)).toBe(p.replan.plannedWan);
    }
    expect(plans.some((p) => p.replan)).toBe(true);
  });

  it('has reports of two years up to last month, with pending, returned and missing ones', () => {
    expect(reports.every((r) => r.year < 2026 || r.month <= 10)).toBe(true);
    expect(new Set(reports.map((r) => r.year))).toEqual(new Set([2025, 2026]));
    const october = reports.filter((r) => r.year === 2026 && r.month === 10);
    expect(october.some((r) => r.status === 'submitted')).toBe(true);
    expect(october.some((r) => r.status === 'returned')).toBe(true);
    const earlier = reports.filter((r) => r.year === 2025);
    expect(earlier.every((r) => r.status === 'accepted')).toBe(true);
    // Some projects planned this year have no October report at all: late.
    const withOctober = new Set(october.map((r) => r.projectIndex));
    const plannedThisYear = plans.filter((p) => p.year === 2026 && p.monthlyTargetsWan.slice(0, 10).some((t) => t > 0));
    expect(plannedThisYear.some((p) => !withOctober.has(p.projectIndex))).toBe(true);
  });
});
