import { periodKey, periodOf } from '@tuijin/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestContext } from '../../test/harness.js';

let ctx: TestContext;
let w: World;
let office: Session;
let owner: Session;
let unit: Session;
const thisMonth = periodKey(periodOf(new Date(), 'Asia/Shanghai'));
const url = (period: string, step = '') =>
  `/api/v1/projects/${w.projects.a1.id}/reports/${period}${step ? `/${step}` : ''}`;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildWorld(ctx.database.db);
  office = await signIn(ctx.app, 'office', PASSWORD);
  owner = await signIn(ctx.app, 'owner', PASSWORD);
  unit = await signIn(ctx.app, 'unit', PASSWORD);
});

describe('monthly report workflow', () => {
  it('owner drafts and submits; the unit returns it with a reason; the owner fixes and resubmits; the unit accepts; it is locked', async () => {
    const draft = await owner.put(url('2026-01'), {
      completedThisMonth: '5000000.00',
      progressPercent: 12.5,
      progressText: '完成桩基施工',
      started: true,
    });
    expect(draft.statusCode).toBe(200);
    expect(draft.json()).toMatchObject({
      status: 'draft',
      period: '2026-01',
      cumulativeThisYear: '5000000.00',
      permissions: { edit: true, submit: true, review: false },
    });
    // The report of January is due at the end of 5 February, Beijing time.
    expect(draft.json().dueAt).toBe('2026-02-05T15:59:59.999Z');
    const submitted = await owner.post(url('2026-01', 'submit'), { version: draft.json().version });
    expect(submitted.json()).toMatchObject({ status: 'submitted', late: true });
    expect((await owner.post(url('2026-01', 'accept'), { version: submitted.json().version })).statusCode).toBe(403);
    expect((await unit.post(url('2026-01', 'return'), { version: submitted.json().version })).statusCode).toBe(400);
    const returned = await unit.post(url('2026-01', 'return'), {
      version: submitted.json().version,
      reason: '完成投资与形象进度不符',
    });
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: '完成投资与形象进度不符' });
    const fixed = await owner.put(url('2026-01'), {
      version: returned.json().version,
      completedThisMonth: '3000000.00',
      progressPercent: 10,
      progressText: '完成桩基施工80%',
      started: true,
    });
    const resubmitted = await owner.post(url('2026-01', 'submit'), { version: fixed.json().version });
    expect(resubmitted.json()).toMatchObject({
      status: 'submitted',
      returnReason: null,
      reviewedBy: null,
      reviewedAt: null,
    });
    const accepted = await unit.post(url('2026-01', 'accept'), { version: resubmitted.json().version });
    expect(accepted.json()).toMatchObject({
      status: 'accepted',
      reviewedBy: { name: 'unit' },
      permissions: { edit: false, reopen: false },
    });
    const locked = await owner.put(url('2026-01'), { version: accepted.json().version, completedThisMonth: '1.00' });
    expect(locked.statusCode).toBe(409);
    const history = await ctx.database.pool.query(
      `SELECT action, reason FROM journal_entries WHERE entity = 'monthly_report' ORDER BY seq`,
    );
    expect(history.rows.map((r: { action: string }) => r.action)).toEqual([
      'create',
      'submit',
      'return',
      'update',
      'submit',
      'accept',
    ]);
    expect(history.rows[2].reason).toBe('完成投资与形象进度不符');
  });

  it('derives the cumulative for the year from accepted months, never typed twice', async () => {
    const feb = await owner.put(url('2026-02'), { completedThisMonth: '2000000.00' });
    expect(feb.json().cumulativeThisYear).toBe('5000000.00');
    const list = (await owner.get(`/api/v1/projects/${w.projects.a1.id}/reports?year=2026`)).json();
    expect(list.items.map((r: { period: string; status: string }) => [r.period, r.status])).toEqual([
      ['2026-01', 'accepted'],
      ['2026-02', 'draft'],
    ]);
  });

  it('the office reopens an accepted report with a reason', async () => {
    const jan = (await office.get(url('2026-01'))).json();
    expect(jan.permissions.reopen).toBe(true);
    expect((await unit.post(url('2026-01', 'reopen'), { version: jan.version, reason: '数据更正' })).statusCode).toBe(
      403,
    );
    const reopened = await office.post(url('2026-01', 'reopen'), { version: jan.version, reason: '统计口径更正' });
    expect(reopened.json()).toMatchObject({ status: 'reopened', permissions: { edit: true } });
  });

  it('catches obvious mistakes with clear messages', async () => {
    const negative = await owner.put(url('2026-03'), { completedThisMonth: '-1.00' });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.details[0]).toMatchObject({ path: ['completedThisMonth'], message: 'amount_invalid' });
    // The project's total investment is 1.2亿 and nothing else is accepted (January was reopened).
    const tooMuch = await owner.put(url('2026-03'), { completedThisMonth: '120000000.01' });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().error.details[0]).toMatchObject({
      path: ['completedThisMonth'],
      message: 'cumulative_above_total',
    });
    expect((await owner.put(url('2099-01'), { completedThisMonth: '1.00' })).json().error.details[0].message).toBe(
      'period_in_future',
    );
    expect((await owner.put(url('2026-13'), { completedThisMonth: '1.00' })).statusCode).toBe(400);
    expect((await owner.put(url('2026-03'), { completedThisMonth: '1.00', progressPercent: 120 })).statusCode).toBe(
      400,
    );
  });

  it('marks a report submitted before its due day as on time', async () => {
    const d = await owner.put(url(thisMonth), { completedThisMonth: '100.00' });
    const s = await owner.post(url(thisMonth, 'submit'), { version: d.json().version });
    expect(s.json()).toMatchObject({ status: 'submitted', late: false });
  });

  it('gives each reviewer their own queue', async () => {
    const q = (await unit.get('/api/v1/reports/review-queue')).json();
    expect(q.items.map((i: { project: { name: string }; period: string }) => [i.project.name, i.period])).toEqual([
      ['甲区老旧小区改造工程', thisMonth],
    ]);
    const unit2 = await signIn(ctx.app, 'unit2', PASSWORD);
    expect((await unit2.get('/api/v1/reports/review-queue')).json().total).toBe(0);
    expect((await owner.get('/api/v1/reports/review-queue')).statusCode).toBe(403);
    expect((await office.get('/api/v1/reports/review-queue')).json().total).toBe(1);
  });

  it('keeps reports of other projects out of reach', async () => {
    const owner2 = await signIn(ctx.app, 'owner2', PASSWORD);
    expect((await owner2.put(url('2026-04'), { completedThisMonth: '1.00' })).statusCode).toBe(404);
    expect((await owner2.get(url('2026-01'))).statusCode).toBe(404);
    const leader = await signIn(ctx.app, 'leader', PASSWORD);
    expect((await leader.get(url('2026-01'))).statusCode).toBe(200);
    expect((await leader.put(url('2026-04'), { completedThisMonth: '1.00' })).statusCode).toBe(403);
    const officeB = await signIn(ctx.app, 'officeB', PASSWORD);
    expect((await officeB.get(url('2026-01'))).statusCode).toBe(404);
  });
});
