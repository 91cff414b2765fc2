import { addDays, localDate } from '@tuijin/shared';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../lib/clock.js';
import { buildWorld, PASSWORD, type World } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestContext } from '../../test/harness.js';
import { projectChanged } from '../indicators/figures.service.js';
import { escalationOnce } from './problems.job.js';
import { escalateOverdue } from './problem-escalation.js';

// A land problem from raising to closing (销号), through the API and the escalation job, with the
// district's dates: due in two days, escalated to the lead leader the day after the due date, to
// the office 16 days after it, solved by the lead unit, closed by the raiser.

let ctx: TestContext;
let w: World;
const s: Record<string, Session> = {};
const tz = 'Asia/Shanghai';
const clock = new TestClock();
const settings = { timeZone: tz, dueDay: 5, clock };
let problemId = '';
let version = 0;
const today = () => localDate(new Date(), tz);

async function noticesOf(userId: string) {
  const r = await ctx.database.db.execute<{ event: string }>(
    sql`SELECT payload->>'event' AS event FROM notifications WHERE kind = 'problem' AND user_id = ${userId} ORDER BY created_at`,
  );
  return r.rows.map((x) => x.event);
}

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildWorld(ctx.database.db);
  for (const name of ['owner', 'office', 'unit', 'unit2', 'leader', 'officeB', 'supervisor'])
    s[name] = await signIn(ctx.app, name, PASSWORD);
});

describe('a problem from raising to closing', () => {
  it('the owner raises a land problem on its project; the office is told', async () => {
    const res = await s.owner!.post('/api/v1/problems', {
      projectId: w.projects.a1.id,
      category: 'land',
      title: '二期用地指标未落实',
      description: '二期地块 35 亩用地指标尚未下达，影响 12 月开工。',
      helpNeeded: '请自然资源局协调指标',
      urgency: 'urgent',
    });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    problemId = p.id;
    version = p.version;
    expect(p).toMatchObject({ status: 'open', category: 'land', raisedOn: today(), ageDays: 0, daysOverdue: 0 });
    expect(p.capacities).toContain('raiser');
    expect(p.actions).not.toContain('assign');
    expect(await noticesOf(w.users.office.id)).toEqual(['raise']);
    // Someone outside the district, and a flag the owner may not set.
    expect((await s.officeB!.get(`/api/v1/problems/${problemId}`)).statusCode).toBe(404);
    const flagged = await s.owner!.post('/api/v1/problems', {
      projectId: w.projects.a1.id,
      category: 'funds',
      title: '资金',
      description: 'x',
      forMeeting: true,
    });
    expect(flagged.statusCode).toBe(403);
  });

  it('only the office assigns; the lead unit and the helping unit are told', async () => {
    const due = addDays(today(), 2);
    const body = {
      version,
      leadUnitId: w.units.bureau2.id,
      helperUnitIds: [w.units.bureau1.id],
      dueDate: due,
      note: '请于两日内落实',
    };
    expect((await s.owner!.post(`/api/v1/problems/${problemId}/assign`, body)).statusCode).toBe(403);
    expect((await s.unit!.post(`/api/v1/problems/${problemId}/assign`, body)).statusCode).toBe(403);
    const past = await s.office!.post(`/api/v1/problems/${problemId}/assign`, {
      ...body,
      dueDate: addDays(today(), -1),
    });
    expect(past.statusCode).toBe(400);
    const res = await s.office!.post(`/api/v1/problems/${problemId}/assign`, body);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    version = p.version;
    expect(p).toMatchObject({ status: 'assigned', dueDate: due, leadUnit: { id: w.units.bureau2.id } });
    expect(p.helperUnits.map((u: { id: string }) => u.id)).toEqual([w.units.bureau1.id]);
    expect(await noticesOf(w.users.unit2.id)).toEqual(['assign']);
    expect(await noticesOf(w.users.unit.id)).toEqual(['assign']);
    // On the lead unit's desk, and the helping unit's.
    const desk = (await s.unit2!.get('/api/v1/problems?mine=true')).json();
    expect(desk.items.map((i: { id: string }) => i.id)).toEqual([problemId]);
    expect((await s.unit!.get('/api/v1/problems?mine=true')).json().total).toBe(1);
  });

  it('a helping unit posts progress but cannot mark it solved; a stale version is refused', async () => {
    const progress = await s.unit!.post(`/api/v1/problems/${problemId}/progress`, {
      version,
      note: '已配合核查地块现状',
    });
    expect(progress.statusCode, progress.body).toBe(200);
    version = progress.json().version;
    expect(progress.json().status).toBe('in_progress');
    expect((await s.unit!.post(`/api/v1/problems/${problemId}/solve`, { version, note: 'x' })).statusCode).toBe(403);
    expect((await s.unit2!.post(`/api/v1/problems/${problemId}/solve`, { version: 1, note: 'x' })).statusCode).toBe(
      409,
    );
  });

  it('escalates to the lead leader the day after the due date, to the office after 15 more days, once each', async () => {
    const due = addDays(today(), 2);
    // The due day itself: not overdue yet.
    clock.set(new Date(`${due}T12:00:00+08:00`));
    expect((await escalateOverdue(ctx.database.db, settings)).escalated).toBe(0);
    // 00:30 the next morning in the district (16:30 UTC the day before): one day overdue.
    clock.set(new Date(`${addDays(due, 1)}T00:30:00+08:00`));
    const runs = await Promise.all([
      escalationOnce(ctx.database.db, settings),
      escalationOnce(ctx.database.db, settings),
    ]);
    expect(runs.filter(Boolean)).toHaveLength(1);
    expect(await noticesOf(w.users.leader.id)).toEqual(['escalate_leader']);
    expect((await escalateOverdue(ctx.database.db, settings)).escalated).toBe(0);
    // 15 days overdue: still level 1. 16: the office's escalation list (the office, with no list).
    clock.set(new Date(`${addDays(due, 15)}T09:00:00+08:00`));
    expect((await escalateOverdue(ctx.database.db, settings)).escalated).toBe(0);
    clock.set(new Date(`${addDays(due, 16)}T09:00:00+08:00`));
    expect((await escalateOverdue(ctx.database.db, settings)).escalated).toBe(1);
    // The office also heard of the progress posted.
    expect(await noticesOf(w.users.office.id)).toEqual(['raise', 'progress', 'escalate_list']);
    clock.reset();
    const p = (await s.office!.get(`/api/v1/problems/${problemId}`)).json();
    expect(p.escalationLevel).toBe(2);
    expect(p.events.map((e: { kind: string }) => e.kind)).toEqual([
      'raise',
      'assign',
      'progress',
      'escalate',
      'escalate',
    ]);
    expect(p.events[3].data).toEqual({ level: 1, daysOverdue: 1 });
  });

  it('an overdue problem lights the project: red above 15 days', async () => {
    await ctx.database.db.execute(
      sql`UPDATE problems SET due_date = ${addDays(today(), -20)}::date WHERE id = ${problemId}`,
    );
    // A comment changes nothing; the nightly recompute (here: the project's) sees the new date.
    const comment = await s.leader!.post(`/api/v1/problems/${problemId}/comment`, { note: '请加快协调' });
    expect(comment.statusCode, comment.body).toBe(200);
    await ctx.database.db.transaction((tx) => projectChanged(tx, w.projects.a1.id, 'current', settings));
    const f = (await s.office!.get(`/api/v1/projects/${w.projects.a1.id}/indicators`)).json();
    const reason = f.light.reasons.find((r: { rule: string }) => r.rule === 'problem_overdue');
    expect(reason?.colour).toBe('red');
    expect(reason.text['zh-CN']).toContain('二期用地指标未落实');
    expect((await s.office!.get('/api/v1/problems?overdue=true')).json().total).toBe(1);
  });

  it('the lead unit solves it, the raiser closes it, and the unit’s figures count it closed', async () => {
    const solved = await s.unit2!.post(`/api/v1/problems/${problemId}/solve`, {
      version,
      note: '用地指标已下达',
    });
    expect(solved.statusCode, solved.body).toBe(200);
    version = solved.json().version;
    expect(await noticesOf(w.users.owner.id)).toContain('solve');
    expect((await s.unit!.post(`/api/v1/problems/${problemId}/close`, { version })).statusCode).toBe(403);
    const closed = await s.owner!.post(`/api/v1/problems/${problemId}/close`, { version, note: '已核实' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', daysOverdue: 0 });
    expect(closed.json().actions).not.toContain('reopen');
    const stats = (await s.office!.get('/api/v1/problems/stats')).json();
    const unit = stats.units.find((u: { unit: { id: string } }) => u.unit.id === w.units.bureau2.id);
    expect(unit).toMatchObject({ assigned: 1, closed: 1, closureRate: 1, overdue: 0 });
    const counts = (await s.office!.get('/api/v1/problems/counts')).json();
    expect(counts).toMatchObject({ closed: 1, open: 0, assigned: 0 });
    // The office reopens a closed problem only with a reason.
    const bare = await s.office!.post(`/api/v1/problems/${problemId}/reopen`, { version: closed.json().version });
    expect(bare.statusCode).toBe(400);
  });
});
