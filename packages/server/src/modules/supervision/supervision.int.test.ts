import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestClock } from '../../lib/clock.js';
import { buildWorld, PASSWORD, type World } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestContext } from '../../test/harness.js';
import { noticesOnce, tellNotices } from './supervision.job.js';

// A leader's instruction given to 甲区住建局 on Tuesday 1 December 2026 (Asia/Shanghai), due on
// Monday 7 December: no notice while more than 3 days are left; blue from 4 December (even at
// 00:30 there, still 3 December in UTC); reported, returned (yellow); red from 8 December, one
// day overdue; reported again and accepted (closed, on-time closure judged from the report day),
// reopened with a reason, and its due date moved with a reason.

let ctx: TestContext;
let w: World;
const s: Record<string, Session> = {};
const tz = 'Asia/Shanghai';
let id = '';
let version = 0;
const at = (instant: string) => (ctx.app.clock as TestClock).set(new Date(instant));
const settings = () => ({ timeZone: tz, clock: ctx.app.clock });
const url = (suffix = '') => `/api/v1/supervision-items/${id}${suffix}`;

async function noticesOf(userId: string) {
  const r = await ctx.database.db.execute<{ event: string }>(
    sql`SELECT payload->>'event' AS event FROM notifications WHERE kind = 'supervision' AND user_id = ${userId}
        ORDER BY created_at, id`,
  );
  return r.rows.map((x) => x.event);
}

beforeAll(async () => {
  ctx = await createTestApp({ TUIJIN_TEST_CLOCK: '1' });
  w = await buildWorld(ctx.database.db);
  for (const name of ['office', 'unit', 'unit2', 'leader', 'officeB', 'supervisor', 'admin'])
    s[name] = await signIn(ctx.app, name, PASSWORD);
});

describe('a supervision item from the instruction to its closure', () => {
  it('only the supervision office creates an item; a past due date is refused; the unit is told', async () => {
    at('2026-12-01T10:00:00+08:00');
    const body = {
      title: '<script>alert(1)</script> 加快二期用地报批',
      requirement: '12 月 7 日前完成用地报批材料',
      assigneeUnitId: w.units.bureau1.id,
      dueDate: '2026-12-07',
      source: 'leader',
      projectId: w.projects.a1.id,
    };
    expect((await s.office!.post('/api/v1/supervision-items', body)).statusCode).toBe(403);
    expect((await s.unit!.post('/api/v1/supervision-items', body)).statusCode).toBe(403);
    const past = await s.supervisor!.post('/api/v1/supervision-items', { ...body, dueDate: '2026-11-30' });
    expect(past.statusCode).toBe(400);
    const meeting = await s.supervisor!.post('/api/v1/supervision-items', { ...body, source: 'meeting_decision' });
    expect(meeting.statusCode).toBe(400);
    const res = await s.supervisor!.post('/api/v1/supervision-items', body);
    expect(res.statusCode, res.body).toBe(201);
    const item = res.json();
    id = item.id;
    version = item.version;
    expect(item).toMatchObject({
      status: 'open',
      title: body.title,
      assignee: { id: w.units.bureau1.id, name: '甲区住建局' },
      project: { id: w.projects.a1.id },
      dueDate: '2026-12-07',
      rounds: 0,
      notice: { level: null, daysLeft: 6, daysOverdue: 0, text: null },
      feedback: [],
      actions: ['edit'],
    });
    expect(await noticesOf(w.users.unit.id)).toEqual(['assign']);
    expect(await noticesOf(w.users.unit2.id)).toEqual([]);
    // The unit sees it and may report; another district does not see it.
    expect((await s.unit!.get(url())).json().actions).toEqual(['report']);
    expect((await s.officeB!.get(url())).statusCode).toBe(404);
    expect((await s.unit2!.get(url())).statusCode).toBe(404);
    expect((await s.leader!.get(url())).statusCode).toBe(200);
  });

  it('turns blue on 4 December in the district (3 days left), told once', async () => {
    at('2026-12-03T23:30:00+08:00');
    expect((await tellNotices(ctx.database.db, settings())).told).toBe(0);
    expect((await s.unit!.get(url())).json().notice).toMatchObject({ level: null, daysLeft: 4 });
    // 00:30 on 4 December in Shanghai is 16:30 on 3 December in UTC.
    at('2026-12-03T16:30:00Z');
    const runs = await Promise.all([
      noticesOnce(ctx.database.db, settings()),
      noticesOnce(ctx.database.db, settings()),
    ]);
    expect(runs.filter(Boolean)).toHaveLength(1);
    expect(await tellNotices(ctx.database.db, settings())).toEqual({ told: 1 });
    expect(await noticesOf(w.users.unit.id)).toEqual(['assign', 'blue']);
    const item = (await s.unit!.get(url())).json();
    expect(item.notice).toEqual({
      level: 'blue',
      daysLeft: 3,
      daysOverdue: 0,
      text: { 'zh-CN': '距办理期限还有3天', 'en-US': 'Due in 3 days' },
    });
    const desk = (await s.unit!.get('/api/v1/supervision-items?mine=true')).json();
    expect(desk.items.map((i: { id: string }) => i.id)).toEqual([id]);
    const counts = (await s.supervisor!.get('/api/v1/supervision-items/counts')).json();
    expect(counts).toEqual({
      status: { open: 1, reported: 0, returned: 0, closed: 0 },
      notice: { blue: 1, yellow: 0, red: 0 },
    });
  });

  it('the unit reports; only the office judges; a return needs a reason and makes it yellow', async () => {
    at('2026-12-05T09:00:00+08:00');
    const reported = await s.unit!.post(url('/report'), { version, text: '材料已报送自然资源局' });
    expect(reported.statusCode, reported.body).toBe(200);
    version = reported.json().version;
    expect(reported.json()).toMatchObject({ status: 'reported', rounds: 1, notice: { level: null } });
    expect(reported.json().feedback[0]).toMatchObject({ round: 1, verdict: 'pending', reportedOn: '2026-12-05' });
    expect(await noticesOf(w.users.supervisor.id)).toEqual(['report']);
    expect((await s.supervisor!.get('/api/v1/supervision-items?mine=true')).json().total).toBe(1);
    expect((await s.unit!.get('/api/v1/supervision-items?mine=true')).json().total).toBe(0);
    // The unit cannot judge its own round; the project office is not the supervision office.
    expect((await s.unit!.post(url('/accept'), { version })).statusCode).toBe(403);
    expect((await s.office!.post(url('/accept'), { version })).statusCode).toBe(403);
    expect((await s.officeB!.post(url('/accept'), { version })).statusCode).toBe(404);
    expect((await s.supervisor!.post(url('/return'), { version })).statusCode).toBe(400);
    expect((await s.supervisor!.post(url('/return'), { version, reason: '  ' })).statusCode).toBe(400);
    expect((await s.supervisor!.post(url('/return'), { version: version - 1, reason: '缺少附图' })).statusCode).toBe(
      409,
    );
    const returned = await s.supervisor!.post(url('/return'), { version, reason: '缺少用地红线图' });
    expect(returned.statusCode, returned.body).toBe(200);
    version = returned.json().version;
    expect(returned.json()).toMatchObject({
      status: 'returned',
      notice: { level: 'yellow', daysLeft: 2, text: { 'zh-CN': '反馈被退回，办理滞后' } },
      actions: ['edit'],
    });
    expect((await s.unit!.get(url())).json().actions).toEqual(['report']);
    expect(returned.json().feedback[0]).toMatchObject({ verdict: 'returned', verdictNote: '缺少用地红线图' });
    expect((await tellNotices(ctx.database.db, settings())).told).toBe(1);
    expect(await noticesOf(w.users.unit.id)).toEqual(['assign', 'blue', 'return', 'yellow']);
  });

  it('is red from 8 December, one day overdue; reported again and accepted, it is closed', async () => {
    at('2026-12-07T23:59:00+08:00');
    expect((await s.unit!.get(url())).json().notice).toMatchObject({ level: 'yellow', daysLeft: 0 });
    at('2026-12-07T16:05:00Z');
    await tellNotices(ctx.database.db, settings());
    await tellNotices(ctx.database.db, settings());
    expect(await noticesOf(w.users.unit.id)).toEqual(['assign', 'blue', 'return', 'yellow', 'red']);
    const red = (await s.supervisor!.get('/api/v1/supervision-items?notice=red')).json();
    expect(red.items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect(red.items[0].notice).toMatchObject({ level: 'red', daysLeft: -1, daysOverdue: 1 });
    expect(red.items[0].notice.text['zh-CN']).toBe('已超期1天未办结');
    expect((await s.supervisor!.get('/api/v1/supervision-items?notice=blue,yellow')).json().total).toBe(0);

    const again = await s.unit!.post(url('/report'), { version, text: '已补充红线图' });
    expect(again.statusCode, again.body).toBe(200);
    version = again.json().version;
    const accepted = await s.supervisor!.post(url('/accept'), { version, note: '同意办结' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    version = accepted.json().version;
    const item = accepted.json();
    expect(item).toMatchObject({ status: 'closed', rounds: 2, notice: { level: null }, actions: ['reopen'] });
    expect(item.closedAt).toMatch(/^2026-12-07T16:\d\d:\d\d[.\d]*\+00:00$/);
    expect(item.feedback[1].at).toMatch(/^2026-12-07T16:/);
    expect(
      item.feedback.map((f: { round: number; verdict: string; reportedOn: string }) => [
        f.round,
        f.verdict,
        f.reportedOn,
      ]),
    ).toEqual([
      [1, 'returned', '2026-12-05'],
      [2, 'accepted', '2026-12-08'],
    ]);
    expect(item.feedback[1]).toMatchObject({ verdictNote: '同意办结', verdictBy: { id: w.users.supervisor.id } });
    expect(await noticesOf(w.users.unit.id)).toEqual(['assign', 'blue', 'return', 'yellow', 'red', 'accept']);
  });

  it('reopened and its due date moved only with a reason; every step journaled', async () => {
    expect((await s.supervisor!.post(url('/reopen'), { version })).statusCode).toBe(400);
    expect((await s.unit!.post(url('/reopen'), { version, reason: 'x' })).statusCode).toBe(403);
    const reopened = await s.admin!.post(url('/reopen'), { version, reason: '市里要求补充验收材料' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    version = reopened.json().version;
    expect(reopened.json()).toMatchObject({ status: 'open', closedAt: null });
    expect((await s.supervisor!.patch(url(), { version, dueDate: '2026-12-20' })).statusCode).toBe(400);
    expect((await s.unit!.patch(url(), { version, title: '改标题' })).statusCode).toBe(403);
    const edited = await s.supervisor!.patch(url(), { version, dueDate: '2026-12-20', reason: '验收材料需时' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ dueDate: '2026-12-20', notice: { level: null, daysLeft: 12 } });
    expect(await noticesOf(w.users.unit.id)).toEqual([
      'assign',
      'blue',
      'return',
      'yellow',
      'red',
      'accept',
      'reopen',
      'due_changed',
    ]);
    const journal = await ctx.database.db.execute<{ action: string; reason: string | null }>(
      sql`SELECT action, reason FROM journal_entries WHERE entity = 'supervision_item' AND entity_id = ${id} ORDER BY seq`,
    );
    expect(journal.rows.map((r) => r.action)).toEqual([
      'create',
      'report',
      'return',
      'report',
      'accept',
      'reopen',
      'edit',
    ]);
    expect(journal.rows[2]!.reason).toBe('缺少用地红线图');
    expect(journal.rows[6]!.reason).toBe('验收材料需时');
    (ctx.app.clock as TestClock).reset();
  });
});

describe("the district's notice rules", () => {
  it('the supervision office moves the blue threshold; items and the job follow it', async () => {
    at('2026-12-01T10:00:00+08:00');
    const created = await s.supervisor!.post('/api/v1/supervision-items', {
      title: '城市要求：月底前完成征收公告',
      assigneeUnitId: w.units.bureau2.id,
      dueDate: '2026-12-06',
      source: 'city',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().notice).toMatchObject({ level: null, daysLeft: 5 });
    const rules = await s.unit!.get('/api/v1/supervision-notice-rules');
    expect(rules.json()).toEqual({ districtId: w.regions.a.id, version: 0, rules: { blueWithinDays: 3 } });
    const body = { version: 0, rules: { blueWithinDays: 5 }, reason: '提前提醒' };
    expect((await s.unit!.put('/api/v1/supervision-notice-rules', body)).statusCode).toBe(403);
    expect((await s.office!.put('/api/v1/supervision-notice-rules', body)).statusCode).toBe(403);
    const bad = await s.supervisor!.put('/api/v1/supervision-notice-rules', { ...body, rules: { blueWithinDays: -1 } });
    expect(bad.statusCode).toBe(400);
    const put = await s.supervisor!.put('/api/v1/supervision-notice-rules', body);
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ version: 1, rules: { blueWithinDays: 5 } });
    expect((await s.supervisor!.put('/api/v1/supervision-notice-rules', body)).statusCode).toBe(409);
    const item = (await s.unit2!.get(`/api/v1/supervision-items/${created.json().id}`)).json();
    expect(item.notice).toMatchObject({ level: 'blue', daysLeft: 5, text: { 'en-US': 'Due in 5 days' } });
    expect((await s.unit2!.get('/api/v1/supervision-items?notice=blue')).json().total).toBe(1);
    await tellNotices(ctx.database.db, settings());
    expect(await noticesOf(w.users.unit2.id)).toEqual(['assign', 'blue']);
    const journal = await ctx.database.db.execute<{ reason: string | null }>(
      sql`SELECT reason FROM journal_entries WHERE entity = 'supervision_notice_rules'`,
    );
    expect(journal.rows).toEqual([{ reason: '提前提醒' }]);
    (ctx.app.clock as TestClock).reset();
  });

  it('lists what is still to do first, by due date; closed items after them', async () => {
    at('2026-12-01T10:00:00+08:00');
    const made = await s.supervisor!.post('/api/v1/supervision-items', {
      title: '已办结的早期事项',
      assigneeUnitId: w.units.bureau1.id,
      dueDate: '2026-12-02',
      source: 'office',
    });
    expect(made.statusCode, made.body).toBe(201);
    const early = made.json();
    const reported = await s.unit!.post(`/api/v1/supervision-items/${early.id}/report`, {
      version: early.version,
      text: '已完成',
    });
    expect(reported.statusCode, reported.body).toBe(200);
    const accepted = await s.supervisor!.post(`/api/v1/supervision-items/${early.id}/accept`, {
      version: reported.json().version,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const items = (await s.supervisor!.get('/api/v1/supervision-items?sort=dueDate&pageSize=100')).json().items as {
      id: string;
      status: string;
      dueDate: string;
    }[];
    const firstClosed = items.findIndex((i) => i.status === 'closed');
    expect(firstClosed).toBeGreaterThan(0);
    expect(items.slice(firstClosed).every((i) => i.status === 'closed')).toBe(true);
    const open = items.slice(0, firstClosed).map((i) => i.dueDate);
    expect(open).toEqual([...open].sort());
    expect(items.some((i) => i.id === early.id && i.status === 'closed')).toBe(true);
    (ctx.app.clock as TestClock).reset();
  });
});
