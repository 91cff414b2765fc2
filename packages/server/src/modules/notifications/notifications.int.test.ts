import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database.js';
import { jobRuns, monthlyReports, notifications, outboundMessages, plans } from '../../db/schema.js';
import { buildWorld, PASSWORD, type World } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestContext } from '../../test/harness.js';
import { notify, notifyLightRed } from './notifications.service.js';
import { dailyReportReminders, REPORT_DUE_JOB } from './report-due.job.js';

// In-app notifications: who is told of a returned report, a red light and a report falling due;
// each person sees and marks only their own.

let ctx: TestContext;
let w: World;
const s: Record<string, Session> = {};

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildWorld(ctx.database.db);
  for (const name of ['office', 'owner', 'owner2', 'unit', 'leader', 'admin', 'cityOffice'])
    s[name] = await signIn(ctx.app, name, PASSWORD);
});

async function kindsOf(userId: string, kind: string) {
  return ctx.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));
}

describe('a returned report', () => {
  it('tells the owner, with the reason and who returned it; nobody else', async () => {
    const url = (step = '') => `/api/v1/projects/${w.projects.a1.id}/reports/2026-02${step}`;
    const draft = await s.owner!.put(url(), { completedThisMonth: '1000000.00', progressText: '主体施工' });
    const submitted = await s.owner!.post(url('/submit'), { version: draft.json().version });
    expect(submitted.statusCode).toBe(200);
    expect((await s.owner!.get('/api/v1/notifications')).json()).toMatchObject({ items: [], unread: 0 });
    const returned = await s.unit!.post(url('/return'), {
      version: submitted.json().version,
      reason: '形象进度照片缺失',
    });
    expect(returned.statusCode).toBe(200);

    const mine = (await s.owner!.get('/api/v1/notifications')).json();
    expect(mine).toMatchObject({ total: 1, unread: 1, page: 1 });
    expect(mine.items[0]).toMatchObject({
      kind: 'report_returned',
      readAt: null,
      payload: {
        projectId: w.projects.a1.id,
        projectName: w.projects.a1.name,
        period: '2026-02',
        reason: '形象进度照片缺失',
        reviewerName: '甲区住建局',
      },
    });
    for (const other of ['owner2', 'unit', 'office'])
      expect((await s[other]!.get('/api/v1/notifications')).json().total).toBe(0);
  });

  it('a user never sees nor marks another user’s notification', async () => {
    const [item] = (await s.owner!.get('/api/v1/notifications')).json().items;
    expect((await s.owner2!.post(`/api/v1/notifications/${item.id}/read`)).statusCode).toBe(404);
    expect((await s.admin!.post(`/api/v1/notifications/${item.id}/read`)).statusCode).toBe(404);
    expect((await s.owner!.get('/api/v1/notifications')).json().items[0].readAt).toBeNull();
    const read = await s.owner!.post(`/api/v1/notifications/${item.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).toEqual(expect.any(String));
    // Reading again keeps the first time.
    expect((await s.owner!.post(`/api/v1/notifications/${item.id}/read`)).json().readAt).toBe(read.json().readAt);
    expect((await s.owner!.get('/api/v1/notifications?unreadOnly=true')).json()).toMatchObject({
      items: [],
      total: 0,
      unread: 0,
    });
    expect((await s.owner!.post(`/api/v1/notifications/00000000-0000-4000-8000-000000000000/read`)).statusCode).toBe(
      404,
    );
  });
});

describe('notify', () => {
  it('writes one row per person, once per dedupe key, and pages newest first', async () => {
    const payload = {
      projectId: w.projects.a2.id,
      projectName: w.projects.a2.name,
      period: '2026-03',
      reason: null,
      reviewerName: null,
    };
    const send = (dedupeKey?: string) =>
      ctx.database.db.transaction((tx) =>
        notify(tx, {
          districtId: w.regions.a.id,
          userIds: [w.users.owner2.id, w.users.owner2.id],
          kind: 'report_returned',
          payload,
          dedupeKey,
        }),
      );
    expect(await send('k1')).toEqual({ notified: 1, queued: 0 });
    expect(await send('k1')).toEqual({ notified: 0, queued: 0 });
    expect(await send()).toEqual({ notified: 1, queued: 0 });
    expect(await send()).toEqual({ notified: 1, queued: 0 });
    const page = (await s.owner2!.get('/api/v1/notifications?pageSize=2&page=2')).json();
    expect(page).toMatchObject({ total: 3, unread: 3, page: 2, pageSize: 2 });
    expect(page.items).toHaveLength(1);
    const all = await s.owner2!.post('/api/v1/notifications/read-all');
    expect(all.json()).toEqual({ updated: 3, unread: 0 });
    expect((await s.owner2!.get('/api/v1/notifications')).json().unread).toBe(0);
  });

  it('refuses a payload the web could not read, and writes nothing', async () => {
    await expect(
      ctx.database.db.transaction((tx) =>
        notify(tx, {
          districtId: w.regions.a.id,
          userIds: [w.users.owner2.id],
          kind: 'light_red',
          payload: { projectId: 'x' } as never,
        }),
      ),
    ).rejects.toThrow();
    expect(await kindsOf(w.users.owner2.id, 'light_red')).toHaveLength(0);
  });
});

describe('a light turned red', () => {
  it('tells the lead leader, the responsible unit and the project office, once per project and period', async () => {
    const office = await s.office!.post('/api/v1/notification-channels', {
      kind: 'wecom',
      name: '红灯群',
      target: 'http://127.0.0.1:9/cgi-bin/webhook/send?key=k',
      kinds: ['light_red'],
    });
    expect(office.statusCode).toBe(201);
    const input = {
      districtId: w.regions.a.id,
      projectId: w.projects.a1.id,
      projectName: w.projects.a1.name,
      period: { year: 2026, month: 9 },
      reasons: [
        {
          rule: 'behind_pace' as const,
          colour: 'red' as const,
          figures: {},
          text: {
            'zh-CN': '1–9月完成投资率 41.2%，落后时序进度 33.8 个百分点',
            'en-US': 'Jan–Sep completion 41.2%, behind pace by 33.8 points',
          },
        },
      ],
    };
    const first = await ctx.database.db.transaction((tx) => notifyLightRed(tx, input));
    expect(first).toEqual({ notified: 4, queued: 1 });
    const told = await ctx.database.db.select().from(notifications).where(eq(notifications.kind, 'light_red'));
    expect(told.map((n) => n.userId).sort()).toEqual(
      [w.users.leader.id, w.users.unit.id, w.users.office.id, w.users.cityOffice.id].sort(),
    );
    expect(told[0]!.payload).toMatchObject({ period: '2026-09', reasons: [input.reasons[0]!.text] });
    expect(await ctx.database.db.transaction((tx) => notifyLightRed(tx, input))).toEqual({ notified: 0, queued: 0 });
    // Another period is another light.
    const october = await ctx.database.db.transaction((tx) => notifyLightRed(tx, { ...input, period: '2026-10' }));
    expect(october.notified).toBe(4);
    const bell = (await s.leader!.get('/api/v1/notifications')).json();
    expect(bell.items.map((i: { kind: string }) => i.kind)).toEqual(['light_red', 'light_red']);
    const queued = await ctx.database.db.select().from(outboundMessages);
    expect(queued).toHaveLength(2);
    expect(queued.every((q) => q.kind === 'light_red' && q.status === 'pending')).toBe(true);
  });
});

describe('the report-due reminder', () => {
  const settings = { timeZone: 'Asia/Shanghai', dueDay: 5 };
  // 10:00 in Shanghai on the given day of November 2026: October's report is due on the 5th.
  const at = (day: number) => new Date(Date.UTC(2026, 10, day, 2, 0, 0));

  beforeAll(async () => {
    const db = ctx.database.db;
    for (const p of [w.projects.a1, w.projects.a2])
      await db.insert(plans).values({
        districtId: p.districtId,
        projectId: p.id,
        year: 2026,
        versionNo: 1,
        status: 'approved',
        isBaseline: true,
        plannedInvestment: '50000000.00',
      });
    // a2's October report is in: no reminder for it. b1 has no plan: no duty to report.
    await db.insert(monthlyReports).values({
      districtId: w.projects.a2.districtId,
      projectId: w.projects.a2.id,
      period: '2026-10-01',
      status: 'submitted',
      dueAt: new Date('2026-11-05T15:59:59.999Z'),
      submittedAt: new Date('2026-11-02T01:00:00Z'),
    });
  });

  const dueReminders = () => kindsOf(w.users.owner.id, 'report_due');

  it('nothing four days before the due day', async () => {
    expect(await dailyReportReminders(ctx.database.db, settings, at(1))).toBe(true);
    expect(await dueReminders()).toHaveLength(0);
  });

  it('runs once a day even when two nodes start it together, and tells the owner once', async () => {
    const other = openDatabase(ctx.url, 3);
    try {
      const ran = await Promise.all([
        dailyReportReminders(ctx.database.db, settings, at(3)),
        dailyReportReminders(other.db, settings, at(3)),
      ]);
      expect(ran.sort()).toEqual([false, true]);
    } finally {
      await other.close();
    }
    expect(await dailyReportReminders(ctx.database.db, settings, at(3))).toBe(false);
    const runs = await ctx.database.db
      .select()
      .from(jobRuns)
      .where(and(eq(jobRuns.name, REPORT_DUE_JOB), eq(jobRuns.runKey, '2026-11-03')));
    expect(runs).toHaveLength(1);
    expect(runs[0]!.result).toMatchObject({ period: '2026-10', daysLeft: 2, projects: 1, notified: 1 });
    const rows = await dueReminders();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      dedupeKey: `report_due:${w.projects.a1.id}:2026-10:soon`,
      payload: { projectId: w.projects.a1.id, period: '2026-10', dueDate: '2026-11-05', daysLeft: 2 },
    });
    expect(await kindsOf(w.users.owner2.id, 'report_due')).toHaveLength(0);
    expect(await kindsOf(w.users.office.id, 'report_due')).toHaveLength(0);
  });

  it('the next day is still "soon": no second reminder; then one on the day and one when overdue', async () => {
    expect(await dailyReportReminders(ctx.database.db, settings, at(4))).toBe(true);
    expect(await dueReminders()).toHaveLength(1);
    expect(await dailyReportReminders(ctx.database.db, settings, at(5))).toBe(true);
    expect(await dailyReportReminders(ctx.database.db, settings, at(6))).toBe(true);
    expect(await dailyReportReminders(ctx.database.db, settings, at(7))).toBe(true);
    const rows = await dueReminders();
    expect(rows.map((r) => (r.payload as { daysLeft: number }).daysLeft).sort()).toEqual([-1, 0, 2]);
  });

  it('a submitted report ends the reminders', async () => {
    await ctx.database.db.insert(monthlyReports).values({
      districtId: w.projects.a1.districtId,
      projectId: w.projects.a1.id,
      period: '2026-10-01',
      status: 'submitted',
      dueAt: new Date('2026-11-05T15:59:59.999Z'),
      submittedAt: new Date(),
    });
    expect(await dailyReportReminders(ctx.database.db, settings, at(13))).toBe(true);
    expect(await dueReminders()).toHaveLength(3);
  });
});
