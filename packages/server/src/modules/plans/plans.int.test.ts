import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestContext } from '../../test/harness.js';

let ctx: TestContext;
let w: World;
let office: Session;
let owner: Session;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildWorld(ctx.database.db);
  office = await signIn(ctx.app, 'office', PASSWORD);
  owner = await signIn(ctx.app, 'owner', PASSWORD);
});

const targets = (total: number) =>
  Array.from({ length: 12 }, (_, i) =>
    i < 11 ? (total / 12).toFixed(2) : (total - Number((total / 12).toFixed(2)) * 11).toFixed(2),
  );

describe('annual plans and the baseline', () => {
  it('the owner drafts, the office approves, the first approved version is the baseline', async () => {
    const draft = await owner.post(`/api/v1/projects/${w.projects.a1.id}/plans`, {
      year: 2026,
      plannedInvestment: '120000000.00',
      monthlyTargets: targets(120000000),
      fundingBySource: { government_budget: '20000000.00', special_bonds: '100000000.00' },
      milestones: [
        { name: '开工', kind: 'start_of_works', plannedDate: '2026-03-01' },
        { name: '主体封顶', kind: 'topping_out', plannedDate: '2026-10-31' },
      ],
    });
    expect(draft.statusCode).toBe(201);
    expect(draft.json()).toMatchObject({ versionNo: 1, status: 'draft', isBaseline: false });
    expect(draft.json().milestones).toHaveLength(2);
    expect(
      (await owner.post(`/api/v1/plans/${draft.json().id}/approve`, { version: draft.json().version })).statusCode,
    ).toBe(403);
    const approved = await office.post(`/api/v1/plans/${draft.json().id}/approve`, { version: draft.json().version });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', isBaseline: true, approvedBy: { name: 'office' } });
  });

  it('a re-plan needs a reason, supersedes the current version and leaves the baseline as it was', async () => {
    const noReason = await office.post(`/api/v1/projects/${w.projects.a1.id}/plans`, {
      year: 2026,
      plannedInvestment: '90000000.00',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0]).toMatchObject({ path: ['reason'], message: 'replan_reason_required' });
    const v2 = await office.post(`/api/v1/projects/${w.projects.a1.id}/plans`, {
      year: 2026,
      plannedInvestment: '90000000.00',
      reason: '征地延期，调减年度计划',
    });
    expect(v2.json()).toMatchObject({ versionNo: 2, status: 'draft' });
    const dupDraft = await office.post(`/api/v1/projects/${w.projects.a1.id}/plans`, {
      year: 2026,
      plannedInvestment: '1.00',
      reason: 'x',
    });
    expect(dupDraft.statusCode).toBe(409);
    expect(
      (await office.post(`/api/v1/plans/${v2.json().id}/approve`, { version: v2.json().version })).statusCode,
    ).toBe(200);
    const all = (await office.get(`/api/v1/projects/${w.projects.a1.id}/plans?year=2026`)).json().items;
    expect(
      all.map((p: { versionNo: number; status: string; isBaseline: boolean; plannedInvestment: string }) => [
        p.versionNo,
        p.status,
        p.isBaseline,
        p.plannedInvestment,
      ]),
    ).toEqual([
      [2, 'approved', false, '90000000.00'],
      [1, 'superseded', true, '120000000.00'],
    ]);
  });

  it('refuses to change an approved plan, through the API and even in the database', async () => {
    const [current, baseline] = (await office.get(`/api/v1/projects/${w.projects.a1.id}/plans?year=2026`)).json().items;
    const res = await office.patch(`/api/v1/plans/${current.id}`, {
      version: current.version,
      plannedInvestment: '1.00',
    });
    expect(res.statusCode).toBe(409);
    await expect(
      ctx.database.db.execute(sql`UPDATE plans SET planned_investment = 1 WHERE id = ${baseline.id}`),
    ).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/cannot change/) },
    });
  });

  it('checks that monthly targets add up to the plan, exactly', async () => {
    const bad = await office.post(`/api/v1/projects/${w.projects.a2.id}/plans`, {
      year: 2026,
      plannedInvestment: '1200.00',
      monthlyTargets: Array(12).fill('100.01'),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].message).toBe('targets_do_not_sum_to_plan');
    const ok = await office.post(`/api/v1/projects/${w.projects.a2.id}/plans`, {
      year: 2026,
      plannedInvestment: '1200.12',
      monthlyTargets: [...Array(11).fill('100.01'), '100.01'],
    });
    expect(ok.statusCode).toBe(201);
  });

  it('is authorised by role and scope', async () => {
    const unit = await signIn(ctx.app, 'unit', PASSWORD);
    const leader = await signIn(ctx.app, 'leader', PASSWORD);
    const body = { year: 2027, plannedInvestment: '1000.00' };
    expect((await unit.post(`/api/v1/projects/${w.projects.a1.id}/plans`, body)).statusCode).toBe(403);
    expect((await leader.post(`/api/v1/projects/${w.projects.a1.id}/plans`, body)).statusCode).toBe(403);
    expect((await owner.post(`/api/v1/projects/${w.projects.a2.id}/plans`, body)).statusCode).toBe(404);
    expect((await office.post(`/api/v1/projects/${w.projects.b1.id}/plans`, body)).statusCode).toBe(404);
    expect((await leader.get(`/api/v1/projects/${w.projects.a1.id}/plans`)).statusCode).toBe(200);
    expect((await leader.get(`/api/v1/projects/${w.projects.a2.id}/plans`)).statusCode).toBe(404);
  });
});
