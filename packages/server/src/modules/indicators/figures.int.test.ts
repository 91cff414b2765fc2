import { addMonths, GROUP_BY, groupIndicators, periodFirstDay, periodKey, type Period } from '@tuijin/shared';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { monthlyReports, plans, projects } from '../../db/schema.js';
import { buildWorld, PASSWORD, type World } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestContext } from '../../test/harness.js';
import { groupSums } from './figures.repo.js';
import { nightlyFigures, recomputeAll } from './figures.job.js';
import { tellOfRedLights } from '../notifications/notifications.service.js';
import { computeFigures, defaultPeriod, onLightTurnedRed, projectChanged } from './figures.service.js';

// Figures kept per project and period: what is stored agrees with what the rules compute, changes
// forget exactly what they affect, the nightly job runs once, and a light turning red is told once.
// The data is laid out relative to the current reporting period (last month in Asia/Shanghai) so
// the test means the same on any day: a1 planned 12,000万 for the year and has done nothing; a2
// planned 1,000万 and completed 100万 in each month through the current one (ahead of pace).

const settings = { timeZone: 'Asia/Shanghai', dueDay: 5 };
let ctx: TestContext;
let w: World;
let office: Session;
let current: Period;

async function stored(projectId: string) {
  const r = await ctx.database.db.execute<{ period: string; colour: string; computed_at: string }>(
    sql`SELECT to_char(period, 'YYYY-MM') AS period, colour, computed_at::text FROM project_figures
        WHERE project_id = ${projectId} ORDER BY period`,
  );
  return r.rows;
}

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildWorld(ctx.database.db);
  office = await signIn(ctx.app, 'office', PASSWORD);
  current = defaultPeriod(settings);
  const db = ctx.database.db;
  for (const [project, planned] of [
    [w.projects.a1, '120000000.00'],
    [w.projects.a2, '10000000.00'],
  ] as const) {
    await db.insert(plans).values({
      districtId: w.regions.a.id,
      projectId: project.id,
      year: current.year,
      versionNo: 1,
      status: 'approved',
      isBaseline: true,
      plannedInvestment: planned,
    });
  }
  await db.insert(monthlyReports).values(
    Array.from({ length: current.month }, (_, i) => ({
      districtId: w.regions.a.id,
      projectId: w.projects.a2.id,
      period: periodFirstDay({ year: current.year, month: i + 1 }),
      status: 'accepted' as const,
      completedThisMonth: '1000000.00',
      started: true,
      dueAt: new Date(Date.UTC(current.year, i + 1, 5)),
      submittedAt: new Date(Date.UTC(current.year, i + 1, 1)),
    })),
  );
});

afterEach(() => onLightTurnedRed(null));

describe('figures kept per period', () => {
  it('stores what the rules compute, and the summary is the ratio of the stored sums', async () => {
    const res = await office.get('/api/v1/indicators/summary?groupBy=direction');
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.period).toBe(periodKey(current));
    // Every active project of the office's district has a row for the period now.
    expect((await stored(w.projects.a1.id)).map((r) => r.period)).toEqual([periodKey(current)]);
    expect((await stored(w.projects.a2.id)).map((r) => r.period)).toEqual([periodKey(current)]);
    expect(await stored(w.projects.b1.id)).toEqual([]);
    // Σ planned 13,000万; Σ completed = 100万 × month (a1 did nothing).
    const live = await computeFigures(ctx.database.db, eq(projects.districtId, w.regions.a.id), current, {
      now: new Date(),
      today: new Date().toISOString().slice(0, 10),
      timeZone: settings.timeZone,
      dueDay: settings.dueDay,
    });
    const g = groupIndicators(
      live.map(({ f }) => f),
      current.month,
    );
    expect(s.total).toMatchObject({
      plannedYuan: '130000000.00',
      cumulativeYuan: `${current.month * 1000000}.00`,
      count: 2,
      rate: g.rate,
      gap: g.gap,
    });
    expect(s.total.rate).toBeCloseTo((current.month * 100) / 13000, 12);
    expect(s.total.lights.green + s.total.lights.yellow + s.total.lights.red).toBe(2);
    const liveColours = live.map(({ f }) => f.light.colour).sort();
    const storedColours = [...(await stored(w.projects.a1.id)), ...(await stored(w.projects.a2.id))]
      .map((r) => r.colour)
      .sort();
    expect(storedColours).toEqual(liveColours);
  });

  it('a change forgets the figures from its period on, keeps older ones, recomputes the current one', async () => {
    const a2 = w.projects.a2.id;
    const last = current.year - 1;
    for (const p of [`${last}-06`, `${last}-12`])
      expect((await office.get(`/api/v1/projects/${a2}/indicators?period=${p}`)).statusCode).toBe(200);
    // Each also keeps the end of the quarter before (March, September) for the comparison.
    const before = await stored(a2);
    expect(before.map((r) => r.period)).toEqual([
      `${last}-03`,
      `${last}-06`,
      `${last}-09`,
      `${last}-12`,
      periodKey(current),
    ]);
    await ctx.database.db.transaction((tx) => projectChanged(tx, a2, { year: last, month: 9 }, settings));
    const after = await stored(a2);
    expect(after.map((r) => r.period)).toEqual([`${last}-03`, `${last}-06`, periodKey(current)]);
    expect(after[1]!.computed_at).toBe(before[1]!.computed_at);
    expect(after[2]!.computed_at > before[4]!.computed_at).toBe(true);
  });

  it('a change of stage forgets the recent figures of that project only (database trigger)', async () => {
    const a2 = w.projects.a2.id;
    const a1Before = await stored(w.projects.a1.id);
    await ctx.database.db.update(projects).set({ stage: 'completed' }).where(eq(projects.id, a2));
    expect((await stored(a2)).map((r) => r.period)).toEqual([`${current.year - 1}-03`, `${current.year - 1}-06`]);
    expect(await stored(w.projects.a1.id)).toEqual(a1Before);
    await ctx.database.db.update(projects).set({ stage: 'new_start' }).where(eq(projects.id, a2));
  });

  it('tells once when a light turns red; the nightly run happens once across callers', async () => {
    const told: { project: string; period: string }[] = [];
    onLightTurnedRed(async (_tx, turned) => {
      for (const t of turned) told.push({ project: t.row.name, period: periodKey(t.period) });
    });
    // Red as soon as a project is behind at all: a1 (nothing done) is, a2 (ahead) is not.
    const rules = (await office.get('/api/v1/light-rules')).json();
    const saved = await office.put('/api/v1/light-rules', {
      version: rules.version,
      rules: {
        ...rules.rules,
        behind_pace: { enabled: true, yellowFromPoints: 0.5, redAbovePoints: 1 },
        report_late: { ...rules.rules.report_late, enabled: false },
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    // The new rules forgot the district's recent figures; the run computes them again.
    expect(await stored(w.projects.a1.id)).toEqual([]);
    const runs = await Promise.all([
      nightlyFigures(ctx.database.db, settings),
      nightlyFigures(ctx.database.db, settings),
    ]);
    expect(runs.filter(Boolean)).toHaveLength(1);
    expect(told).toEqual([{ project: w.projects.a1.name, period: periodKey(current) }]);
    const job = await ctx.database.db.execute<{ result: { projects: number } }>(
      sql`SELECT result FROM job_runs WHERE name = 'figures'`,
    );
    // a1, a2 and b1 are active; b1 of district B has no plan (green, no figures to speak of).
    expect(job.rows.map((r) => r.result.projects)).toEqual([3]);
    // Still red at the next run: nobody is told again.
    await recomputeAll(ctx.database.db, settings);
    expect(told).toHaveLength(1);
    const board = (await office.get('/api/v1/warnings')).json();
    expect(board.items.map((i: { project: { id: string } }) => i.project.id)).toEqual([w.projects.a1.id]);
  });

  it('gives a project’s light month by month, only to those who see the project', async () => {
    const res = await office.get(`/api/v1/projects/${w.projects.a1.id}/light-history?months=3`);
    expect(res.statusCode, res.body).toBe(200);
    const h = res.json();
    const expected = [-2, -1, 0].map((d) => periodKey(addMonths(current, d)));
    expect(h.items.map((i: { period: string }) => i.period)).toEqual(expected);
    expect(h.to).toBe(periodKey(current));
    expect(h.items.at(-1).colour).toBe('red');
    expect(h.items.at(-1).reasons[0].rule).toBe('behind_pace');
    const leader2 = await signIn(ctx.app, 'leader2', PASSWORD);
    expect((await leader2.get(`/api/v1/projects/${w.projects.a1.id}/light-history`)).statusCode).toBe(404);
    const officeB = await signIn(ctx.app, 'officeB', PASSWORD);
    expect((await officeB.get(`/api/v1/projects/${w.projects.a1.id}/light-history`)).statusCode).toBe(404);
    expect((await office.get(`/api/v1/projects/${w.projects.a1.id}/light-history?months=61`)).statusCode).toBe(400);
  });

  it('whole-district summaries come from rollups that agree with the sums of the kept figures', async () => {
    const first = periodFirstDay(current);
    for (const groupBy of GROUP_BY) {
      const api = (await office.get(`/api/v1/indicators/summary?groupBy=${groupBy}`)).json();
      const direct = await groupSums(ctx.database.db, eq(projects.districtId, w.regions.a.id), first, groupBy);
      const pick = (g: { key: string; plannedYuan: string; cumulativeYuan: string; lights: object }) => ({
        key: g.key,
        plannedYuan: g.plannedYuan,
        cumulativeYuan: g.cumulativeYuan,
        lights: g.lights,
      });
      expect(api.groups.map(pick).sort((a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key))).toEqual(
        direct
          .map((g) => ({
            key: g.key,
            plannedYuan: Number(g.planned).toFixed(2),
            cumulativeYuan: Number(g.cumulative).toFixed(2),
            lights: { green: g.green, yellow: g.yellow, red: g.red },
          }))
          .sort((a, b) => a.key.localeCompare(b.key)),
      );
    }
    // A change of figures makes the rollup stale; the next read sees the new sums.
    const before = (await office.get('/api/v1/indicators/summary?groupBy=district')).json();
    await ctx.database.db.transaction((tx) => projectChanged(tx, w.projects.a1.id, 'current', settings));
    await ctx.database.db.execute(
      sql`UPDATE project_figures SET cumulative_yuan = cumulative_yuan + 100 WHERE project_id = ${w.projects.a1.id} AND period = ${first}::date`,
    );
    const after = (await office.get('/api/v1/indicators/summary?groupBy=district')).json();
    expect(Number(after.total.cumulativeYuan) - Number(before.total.cumulativeYuan)).toBe(100);
    // The city office sees both districts whole: the sum of the two districts' figures.
    const city = await signIn(ctx.app, 'cityOffice', PASSWORD);
    const both = (await city.get('/api/v1/indicators/summary?groupBy=district')).json();
    expect(both.groups.map((g: { key: string }) => g.key).sort()).toEqual([w.regions.a.id, w.regions.b.id].sort());
    expect(both.total.plannedYuan).toBe(after.total.plannedYuan);
  });

  it('the app tells the lead leader when a light turns red, once per project and period', async () => {
    tellOfRedLights();
    const first = periodFirstDay(current);
    await ctx.database.db.execute(
      sql`DELETE FROM project_figures WHERE project_id = ${w.projects.a1.id} AND period = ${first}::date`,
    );
    await ctx.database.db.transaction((tx) => projectChanged(tx, w.projects.a1.id, 'current', settings));
    await ctx.database.db.transaction((tx) => projectChanged(tx, w.projects.a1.id, 'current', settings));
    const told = await ctx.database.db.execute<{ user_id: string; period: string }>(
      sql`SELECT user_id, payload->>'period' AS period FROM notifications WHERE kind = 'light_red'`,
    );
    const leader = told.rows.filter((r) => r.user_id === w.users.leader.id);
    expect(leader).toEqual([{ user_id: w.users.leader.id, period: periodKey(current) }]);
  });
});
