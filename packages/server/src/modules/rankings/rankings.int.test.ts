import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { problems, supervisionFeedback, supervisionItems } from '../../db/schema.js';
import { buildWorld, PASSWORD, type World } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestContext } from '../../test/harness.js';
import { TestClock } from '../../lib/clock.js';
import { nightlyFigures } from '../indicators/figures.job.js';
import { escalationOnce } from '../problems/problems.job.js';
import { rankingsOnce } from './rankings.job.js';

// Rankings for the second quarter of 2025 (1 April – 30 June), counted today (long after):
//   甲区住建局 (bureau1, responsible for a1): problems due 10 May (solved 8 May: on time), 1 June
//     (solved 5 June: late), 20 June (never closed: late) → 1 of 3; a supervision item due 15 April,
//     accepted report of 14 April → 1 of 1. On-time rate C = (1 + 1) ÷ (3 + 1) = 0.5.
//   甲区交通局 (bureau2, responsible for a2): a problem due 5 May, solved 1 May (on time), one due
//     10 June solved on 9 June but reopened since (not done, past due: late) → C = 1 ÷ 2 = 0.5.
//   Lights of June 2025, judged as of 30 June: a1's problem due 20 June is 10 days overdue (≤ 15:
//   yellow), a2's due 10 June is 20 days overdue (> 15: red). L = 0.5 for bureau1, 0 for bureau2.
//   Scores: bureau1 100 × (0.6 × 0.5 + 0.4 × 0.5) ÷ (0.6 + 0.4) = 50; bureau2 100 × 0.3 = 30.
//   First quarter: nothing due, both lights green (nothing overdue by 31 March): both score 100,
//   the tie broken by name (交 U+4EA4 before 住 U+4F4F): bureau2 first, bureau1 second.
// A problem due in July (outside the quarter) is not counted.

let ctx: TestContext;
let w: World;
let office: Session;

const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildWorld(ctx.database.db);
  office = await signIn(ctx.app, 'office', PASSWORD);
  const db = ctx.database.db;
  const base = { districtId: w.regions.a.id, category: 'land', title: 't', description: 'd', urgency: 'normal' };
  const problem = (project: string, unit: string, due: string, status: string, solved: string | null) => ({
    ...base,
    projectId: project,
    raisedBy: w.users.office.id,
    leadUnitId: unit,
    dueDate: due,
    status,
    assignedAt: at('2025-04-01'),
    solvedAt: solved ? at(solved) : null,
    closedAt: status === 'closed' && solved ? at(solved) : null,
  });
  const a1 = w.projects.a1.id;
  const a2 = w.projects.a2.id;
  const b1 = w.units.bureau1.id;
  const b2 = w.units.bureau2.id;
  await db
    .insert(problems)
    .values([
      problem(a1, b1, '2025-05-10', 'closed', '2025-05-08'),
      problem(a1, b1, '2025-06-01', 'closed', '2025-06-05'),
      problem(a1, b1, '2025-06-20', 'in_progress', null),
      problem(a1, b1, '2025-07-02', 'closed', '2025-06-30'),
      problem(a2, b2, '2025-05-05', 'closed', '2025-05-01'),
      problem(a2, b2, '2025-06-10', 'reopened', '2025-06-09'),
    ]);
  const [item] = await db
    .insert(supervisionItems)
    .values({
      districtId: w.regions.a.id,
      source: 'leader',
      projectId: a1,
      title: '督办事项',
      assigneeUnitId: b1,
      dueDate: '2025-04-15',
      status: 'closed',
      createdBy: w.users.office.id,
    })
    .returning();
  await db.insert(supervisionFeedback).values({
    itemId: item!.id,
    round: 1,
    text: '已完成',
    byUserId: w.users.unit.id,
    at: at('2025-04-14'),
    verdict: 'accepted',
  });
});

describe('rankings', () => {
  it('ranks units by on-time closure and lights for a quarter, with hand-worked scores', async () => {
    const res = await office.get('/api/v1/rankings?subject=unit&year=2025&quarter=2');
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ from: '2025-04-01', to: '2025-06-30', previous: { year: 2025, quarter: 1 } });
    const byId = new Map(r.rows.map((x: { id: string }) => [x.id, x]));
    // bureau1: problems 1 of 3, supervision 1 of 1 → C = 2 ÷ 4 = 0.5; L = 0.5 → 50.
    expect(byId.get(w.units.bureau1.id)).toMatchObject({
      problems: { due: 3, onTime: 1 },
      supervision: { due: 1, onTime: 1 },
      lights: { green: 0, yellow: 1, red: 0 },
      onTimeRate: 0.5,
      lightScore: 0.5,
      score: 50,
    });
    // bureau2: the problem solved on 1 May is on time; the reopened one (due 10 June) is late:
    // C = 1 ÷ 2 = 0.5; red, L = 0 → 30.
    expect(byId.get(w.units.bureau2.id)).toMatchObject({ problems: { due: 2, onTime: 1 }, score: 30 });
    const ranked = r.rows.filter((x: { rank: number | null }) => x.rank !== null).map((x: { id: string }) => x.id);
    expect(ranked).toEqual([w.units.bureau1.id, w.units.bureau2.id]);
    // Quarter over quarter: bureau1 moved from 2nd to 1st, bureau2 from 1st to 2nd.
    expect((byId.get(w.units.bureau1.id) as { change: object }).change).toMatchObject({
      previousRank: 2,
      rankChange: 1,
      scoreChange: -50,
    });
    expect((byId.get(w.units.bureau2.id) as { change: object }).change).toMatchObject({
      previousRank: 1,
      rankChange: -1,
    });
  });

  it('ranks leaders by the problems and items on the projects they lead; other districts see nothing of it', async () => {
    const r = (await office.get('/api/v1/rankings?subject=leader&year=2025&quarter=2')).json();
    const leader = r.rows.find((x: { id: string }) => x.id === w.users.leader.id);
    expect(leader).toMatchObject({ problems: { due: 3, onTime: 1 }, supervision: { due: 1, onTime: 1 }, score: 50 });
    const officeB = await signIn(ctx.app, 'officeB', PASSWORD);
    const b = (await officeB.get('/api/v1/rankings?subject=unit&year=2025&quarter=2')).json();
    expect(b.rows.some((x: { id: string }) => x.id === w.units.bureau1.id)).toBe(false);
    expect((await officeB.get(`/api/v1/rankings?districtId=${w.regions.a.id}`)).statusCode).toBe(404);
  });

  it('keeps each district’s sums for the day, and sums again after a change', async () => {
    const kept = await ctx.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM ranking_sums WHERE year = 2025 AND quarter = 2 AND subject = 'unit'`,
    );
    expect(kept.rows[0]!.n).toBeGreaterThan(0);
    // bureau2 closes one more problem of the quarter on time: 2 of 3.
    await ctx.database.db.insert(problems).values({
      districtId: w.regions.a.id,
      projectId: w.projects.a2.id,
      category: 'funds',
      title: 't2',
      description: 'd',
      urgency: 'normal',
      raisedBy: w.users.office.id,
      leadUnitId: w.units.bureau2.id,
      dueDate: '2025-05-20',
      status: 'closed',
      assignedAt: at('2025-04-02'),
      solvedAt: at('2025-05-19'),
      closedAt: at('2025-05-19'),
    });
    const r = (await office.get('/api/v1/rankings?subject=unit&year=2025&quarter=2')).json();
    const b2 = r.rows.find((x: { id: string }) => x.id === w.units.bureau2.id);
    expect(b2.problems).toEqual({ due: 3, onTime: 2 });
  });

  it('keeps the day’s sums of this and the previous quarter warm once the nightly jobs have run', async () => {
    const db = ctx.database.db;
    const clock = new TestClock();
    clock.set(new Date('2026-11-27T01:00:00+08:00'));
    const settings = { timeZone: 'Asia/Shanghai', dueDay: 5, clock };
    const kept = async () =>
      (
        await db.execute<{ year: number; quarter: number; subject: string }>(sql`
          SELECT DISTINCT year, quarter, subject FROM ranking_sums WHERE as_of = '2026-11-27' AND year = 2026
          ORDER BY year, quarter, subject`)
      ).rows;
    // Not before the figures and the escalation of the day have finished (they move the versions).
    expect(await rankingsOnce(db, settings)).toBe(false);
    expect(await nightlyFigures(db, settings, clock.now())).toBe(true);
    expect(await rankingsOnce(db, settings)).toBe(false);
    expect(await escalationOnce(db, settings)).toBe(true);
    expect(await rankingsOnce(db, settings)).toBe(true);
    expect(await rankingsOnce(db, settings)).toBe(false); // once a day, on one node
    expect(await kept()).toEqual([
      { year: 2026, quarter: 3, subject: 'leader' },
      { year: 2026, quarter: 3, subject: 'unit' },
      { year: 2026, quarter: 4, subject: 'leader' },
      { year: 2026, quarter: 4, subject: 'unit' },
    ]);
    // Still valid: nothing is stale for the day's first request.
    const rows = await db.execute<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM ranking_sums s JOIN data_versions v ON v.district_id = s.district_id
      WHERE s.as_of = '2026-11-27' AND s.year = 2026 AND s.key = '' AND (s.unstuck_version <> v.unstuck OR s.figures_version <> v.figures)`);
    expect(rows.rows[0]!.n).toBe(0);
  });
});
