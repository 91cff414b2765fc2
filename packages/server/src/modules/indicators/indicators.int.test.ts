import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { monthlyReports, plans } from '../../db/schema.js';
import { buildWorld, PASSWORD, type World } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestContext } from '../../test/harness.js';

// Figures worked by hand. Project a1: plan 2026 of 12,000万 (1,000万 a month), 400万 accepted in
// each of January–September → 3,600万 by September: rate 3,600 / 12,000 = 30.0%, pace 9/12 =
// 75%, gap 30.0 − 75.0 = −45.0 points → red (more than 30 behind).
// Project a2: plan 1,000万, 700万 by September (January–September, amounts below) → 70.0%,
// gap −5.0 → green. District: (3,600 + 700) / (12,000 + 1,000) = 4,300 / 13,000 = 33.08%,
// not the mean of rates (50%); gap 33.0769 − 75 = −41.92 points.

let ctx: TestContext;
let w: World;
let office: Session;

async function seedYear(projectId: string, districtId: string, plannedYuan: string, monthly: string[]) {
  const db = ctx.database.db;
  await db.insert(plans).values({
    districtId,
    projectId,
    year: 2026,
    versionNo: 1,
    status: 'approved',
    isBaseline: true,
    plannedInvestment: plannedYuan,
  });
  await db.insert(monthlyReports).values(
    monthly.map((amount, i) => ({
      districtId,
      projectId,
      period: `2026-${String(i + 1).padStart(2, '0')}-01`,
      status: 'accepted' as const,
      completedThisMonth: amount,
      started: true,
      dueAt: new Date(Date.UTC(2026, i + 1, 5, 15, 59, 59, 999)),
      submittedAt: new Date(Date.UTC(2026, i + 1, 3)),
    })),
  );
}

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildWorld(ctx.database.db);
  office = await signIn(ctx.app, 'office', PASSWORD);
  await seedYear(w.projects.a1.id, w.regions.a.id, '120000000.00', Array(9).fill('4000000.00'));
  await seedYear(w.projects.a2.id, w.regions.a.id, '10000000.00', [
    '500000.00',
    '500000.00',
    '1000000.00',
    '1000000.00',
    '1000000.00',
    '1000000.00',
    '1000000.00',
    '500000.00',
    '500000.00',
  ]);
});

describe('indicators and lights', () => {
  it('computes a project’s rate, gap and light with the reason in words', async () => {
    const res = await office.get(`/api/v1/projects/${w.projects.a1.id}/indicators?period=2026-09`);
    expect(res.statusCode).toBe(200);
    const f = res.json();
    expect(f).toMatchObject({
      period: '2026-09',
      plannedYuan: '120000000.00',
      baselinePlannedYuan: '120000000.00',
      cumulativeYuan: '36000000.00',
      missingMonths: [],
    });
    expect(f.rate).toBeCloseTo(0.3, 12);
    expect(f.gap).toBeCloseTo(-45, 9);
    expect(f.light.colour).toBe('red');
    const reason = f.light.reasons.find((r: { rule: string }) => r.rule === 'behind_pace');
    expect(reason.text['zh-CN']).toContain('30.0%');
    expect(reason.text['zh-CN']).toContain('45.0');
    // Year-end forecast, linear (no monthly targets, no last year): run rate 3,600 ÷ (12,000 × 9/12)
    // = 0.4; expected = 3,600 + 12,000 × 3/12 × 0.4 = 4,800万; every month alike → no band.
    expect(f.forecast).toEqual({
      expectedYuan: '48000000.00',
      lowYuan: '48000000.00',
      highYuan: '48000000.00',
      method: 'linear',
      monthsUsed: 9,
    });
    // Quarter over quarter: by June 2,400万 → 20.0% against a 50% pace.
    expect(f.previousQuarter.period).toBe('2026-06');
    expect(f.previousQuarter.rate).toBeCloseTo(0.2, 12);
  });

  it('sums groups as ratios of sums', async () => {
    const s = (await office.get('/api/v1/indicators/summary?period=2026-09&groupBy=district')).json();
    expect(s.total).toMatchObject({ plannedYuan: '130000000.00', cumulativeYuan: '43000000.00', count: 2 });
    expect(s.total.rate).toBeCloseTo(43 / 130, 12);
    expect(s.total.gap).toBeCloseTo((43 / 130 - 0.75) * 100, 9);
    expect(s.total.lights).toEqual({ green: 1, yellow: 0, red: 1 });
    const byDirection = (await office.get('/api/v1/indicators/summary?period=2026-09&groupBy=direction')).json();
    expect(byDirection.groups.map((g: { key: string; count: number }) => [g.key, g.count]).sort()).toEqual([
      ['high_quality', 1],
      ['livelihood', 1],
    ]);
  });

  it('lists red and yellow projects on the warning board, within the caller’s scope', async () => {
    const board = (await office.get('/api/v1/warnings?period=2026-09')).json();
    expect(board.items.map((i: { project: { id: string }; colour: string }) => [i.project.id, i.colour])).toEqual([
      [w.projects.a1.id, 'red'],
    ]);
    const leader2 = await signIn(ctx.app, 'leader2', PASSWORD);
    expect((await leader2.get('/api/v1/warnings?period=2026-09')).json().total).toBe(0);
    const officeB = await signIn(ctx.app, 'officeB', PASSWORD);
    expect((await officeB.get(`/api/v1/projects/${w.projects.a1.id}/indicators`)).statusCode).toBe(404);
  });

  it('turns a missing report into a late-report light', async () => {
    // October's report was due on 5 November and was never submitted.
    const f = (await office.get(`/api/v1/projects/${w.projects.a2.id}/indicators?period=2026-10`)).json();
    expect(f.light.reasons.map((r: { rule: string }) => r.rule)).toContain('report_late');
  });
});

describe('light rules of the district', () => {
  it('the office changes a threshold, the light follows; others may not', async () => {
    const got = await office.get('/api/v1/light-rules');
    expect(got.statusCode, got.body).toBe(200);
    const current = got.json();
    expect(current.rules.behind_pace).toEqual({ enabled: true, yellowFromPoints: 10, redAbovePoints: 30 });
    const unit = await signIn(ctx.app, 'unit', PASSWORD);
    expect((await unit.put('/api/v1/light-rules', { version: current.version, rules: current.rules })).statusCode).toBe(
      403,
    );
    const bad = await office.put('/api/v1/light-rules', {
      version: current.version,
      rules: { ...current.rules, behind_pace: { enabled: true, yellowFromPoints: 40, redAbovePoints: 30 } },
    });
    expect(bad.statusCode).toBe(400);
    // a1 is 45 points behind: with red above 50 it turns yellow.
    const saved = await office.put('/api/v1/light-rules', {
      version: current.version,
      rules: { ...current.rules, behind_pace: { enabled: true, yellowFromPoints: 10, redAbovePoints: 50 } },
      reason: '本年度考核口径',
    });
    expect(saved.statusCode).toBe(200);
    // August was never asked for: computed now, with the new rules. 3,200 / 12,000 = 26.7% against
    // 8/12 = 66.7% → 40.0 points behind: red above 30, yellow with red above 50.
    const aug = (await office.get(`/api/v1/projects/${w.projects.a1.id}/indicators?period=2026-08`)).json();
    expect(aug.light.colour).toBe('yellow');
    // September's light was kept when first read (red). New rules apply from the current period on
    // (the last two months are forgotten and computed again); older lights stay as history.
    const recent = (
      await ctx.database.db.execute<{ recent: boolean }>(
        sql`SELECT '2026-09-01'::date >= (date_trunc('month', now()) - interval '2 months')::date AS recent`,
      )
    ).rows[0]!.recent;
    const f = (await office.get(`/api/v1/projects/${w.projects.a1.id}/indicators?period=2026-09`)).json();
    expect(f.light.colour).toBe(recent ? 'yellow' : 'red');
    const stale = await office.put('/api/v1/light-rules', { version: current.version, rules: current.rules });
    expect(stale.statusCode).toBe(409);
  });
});
