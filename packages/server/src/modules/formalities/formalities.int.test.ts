import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestClock } from '../../lib/clock.js';
import { buildWorld, PASSWORD, type World } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestContext } from '../../test/harness.js';

// A project's approval chain through the API: the office's template with the housing bureau
// approving the feasibility study and the transport bureau the construction permit; the owner
// files, the bureaus accept and decide, on dates across the 2026 Mid-Autumn and National Day
// holidays and their make-up working days (调休); the bureaus' queues; the no-permit light.
//
// Hand-worked, with the 2026 calendar (seeded for the district on first read): accepted on
// Fri 18 Sep with a limit of 20 working days, the working days after it are
//   Sun 20 Sep (调休) 1 · Mon 21–Thu 24 Sep 2–5 · [Fri 25 Sep 中秋 off] · Mon 28–Wed 30 Sep 6–8 ·
//   [1–7 Oct 国庆 off] · Thu 8, Fri 9 Oct 9–10 · Sat 10 Oct (调休) 11 · Mon 12–Fri 16 Oct 12–16 ·
//   Mon 19–Thu 22 Oct 17–20
// so the deadline is Thu 22 Oct; on Fri 9 Oct 10 are used and 10 left; on Mon 26 Oct 22 are
// used: 2 days overdue. The year 2026 has 261 weekdays, 19 of them holidays, and 6 make-up
// days: 248 working days.

let ctx: TestContext;
let w: World;
const s: Record<string, Session> = {};
let templateId = '';
let templateVersion = 0;
const step: Record<string, { id: string; version: number }> = {};
const api = '/api/v1';
const at = (day: string) => (ctx.app.clock as TestClock).set(new Date(`${day}T10:00:00+08:00`));

beforeAll(async () => {
  ctx = await createTestApp({ TUIJIN_TEST_CLOCK: '1' });
  w = await buildWorld(ctx.database.db);
  for (const name of ['admin', 'owner', 'office', 'unit', 'unit2', 'leader', 'officeB', 'supervisor'])
    s[name] = await signIn(ctx.app, name, PASSWORD);
});

async function act(who: string, id: string, body: Record<string, unknown>) {
  const res = await s[who]!.post(`${api}/formality-steps/${id}/actions`, { version: step[id]?.version, ...body });
  if (res.statusCode === 200) step[id] = { id, version: res.json().version };
  return res;
}

describe('templates', () => {
  it('a district without templates gets the defaults; only the office keeps them', async () => {
    const res = await s.office!.get(`${api}/formality-templates`);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json();
    expect(list.items.map((t: { appliesTo: string }) => t.appliesTo).sort()).toEqual([
      'enterprise_approval',
      'enterprise_filing',
      'government_approval',
    ]);
    for (const t of list.items)
      expect(t.steps.filter((x: { isConstructionPermit: boolean }) => x.isConstructionPermit)).toHaveLength(1);
    // Read twice: still three (created once).
    expect((await s.admin!.get(`${api}/formality-templates`)).json().total).toBe(3);
    expect((await s.owner!.get(`${api}/formality-templates`)).statusCode).toBe(403);
    expect((await s.unit!.get(`${api}/formality-templates`)).statusCode).toBe(403);
    // District B has its own.
    const b = (await s.officeB!.get(`${api}/formality-templates`)).json();
    expect(b.items.every((t: { districtId: string }) => t.districtId === w.regions.b.id)).toBe(true);
  });

  it('the office creates and edits a template; others cannot; stale versions are refused', async () => {
    const body = {
      name: '甲区政府投资项目（简化）',
      appliesTo: 'government_approval',
      steps: [
        {
          code: 'feasibility_study',
          name: '可行性研究报告审批',
          approverUnitId: w.units.bureau1.id,
          limitWorkingDays: 20,
        },
        {
          code: 'construction_permit',
          name: '施工许可证',
          approverUnitId: w.units.bureau2.id,
          limitWorkingDays: 7,
          isConstructionPermit: true,
        },
      ],
    };
    expect((await s.owner!.post(`${api}/formality-templates`, body)).statusCode).toBe(403);
    const foreign = await s.office!.post(`${api}/formality-templates`, {
      ...body,
      steps: [{ ...body.steps[0], approverUnitId: w.units.officeB.id }],
    });
    expect(foreign.statusCode).toBe(400);
    const res = await s.office!.post(`${api}/formality-templates`, body);
    expect(res.statusCode, res.body).toBe(201);
    const t = res.json();
    templateId = t.id;
    expect(t).toMatchObject({ targetWorkingDays: 120, version: 1 });
    expect(t.steps.map((x: { position: number; code: string }) => [x.position, x.code])).toEqual([
      [0, 'feasibility_study'],
      [1, 'construction_permit'],
    ]);
    const patched = await s.office!.patch(`${api}/formality-templates/${templateId}`, {
      version: 1,
      targetWorkingDays: 60,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    templateVersion = patched.json().version;
    expect(patched.json()).toMatchObject({ targetWorkingDays: 60, version: 2 });
    expect(patched.json().steps).toHaveLength(2);
    expect(
      (await s.office!.patch(`${api}/formality-templates/${templateId}`, { version: 1, name: 'x' })).statusCode,
    ).toBe(409);
    expect(
      (await s.officeB!.patch(`${api}/formality-templates/${templateId}`, { version: templateVersion, name: 'x' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await s.unit!.patch(`${api}/formality-templates/${templateId}`, { version: templateVersion, name: 'x' }))
        .statusCode,
    ).toBe(403);
  });
});

describe("a project's steps", () => {
  it('the office applies the template; the checklist is seen by those who see the project', async () => {
    const url = `${api}/projects/${w.projects.a1.id}/formalities`;
    expect((await s.owner!.post(url, { templateId })).statusCode).toBe(403);
    expect((await s.officeB!.post(url, { templateId })).statusCode).toBe(404);
    const res = await s.office!.post(url, { templateId });
    expect(res.statusCode, res.body).toBe(200);
    const f = res.json();
    expect(f.template).toEqual({ id: templateId, name: '甲区政府投资项目（简化）' });
    expect(f.steps.map((x: { code: string; status: string }) => [x.code, x.status])).toEqual([
      ['feasibility_study', 'not_started'],
      ['construction_permit', 'not_started'],
    ]);
    for (const x of f.steps) step[x.code] = { id: x.id, version: x.version };
    expect(f.chain).toMatchObject({ targetWorkingDays: 60, limitWorkingDaysSum: 27, complete: false });
    // Applying again adds nothing.
    expect((await s.office!.post(url, { templateId })).json().steps).toHaveLength(2);
    const mine = (await s.owner!.get(url)).json();
    expect(mine.steps[0].actions).toEqual(['submit']);
    expect((await s.unit2!.get(url)).statusCode).toBe(404);
    expect((await s.officeB!.get(url)).statusCode).toBe(404);
  });

  it('the owner files, the approving unit accepts, across 中秋 and 国庆 with their make-up days', async () => {
    const fs = step.feasibility_study!.id;
    step[fs] = { id: fs, version: step.feasibility_study!.version };
    at('2026-10-09');
    // Wrong people: the approving unit does not file, the owner does not accept, another district sees nothing.
    expect((await act('unit', fs, { action: 'submit' })).statusCode).toBe(403);
    expect((await act('officeB', fs, { action: 'submit' })).statusCode).toBe(404);
    expect((await act('unit2', fs, { action: 'submit' })).statusCode).toBe(404);
    expect((await act('owner', fs, { action: 'accept' })).statusCode).toBe(403);
    const filed = await act('owner', fs, { action: 'submit', on: '2026-09-16' });
    expect(filed.statusCode, filed.body).toBe(200);
    expect(filed.json()).toMatchObject({ status: 'submitted', submittedOn: '2026-09-16' });
    expect((await act('owner', fs, { action: 'accept', on: '2026-09-18' })).statusCode).toBe(403);
    // A day after today, and a stale version.
    expect((await act('unit', fs, { action: 'accept', on: '2026-10-10' })).statusCode).toBe(400);
    expect((await act('unit', fs, { action: 'accept', version: 1 })).statusCode).toBe(409);
    const accepted = await act('unit', fs, { action: 'accept', on: '2026-09-18' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      status: 'accepted',
      acceptedOn: '2026-09-18',
      actions: ['approve', 'reject'],
      timing: { running: true, deadline: '2026-10-22', elapsedWorkingDays: 10, daysLeft: 10, overdue: false },
    });
    // The unit's queue: this step, 10 days left; the other bureau's queue is empty.
    const q = (await s.unit!.get(`${api}/formalities/queue`)).json();
    expect(q.total).toBe(1);
    expect(q.items[0]).toMatchObject({ id: fs, project: { id: w.projects.a1.id }, timing: { daysLeft: 10 } });
    expect((await s.unit2!.get(`${api}/formalities/queue`)).json().total).toBe(0);
    expect((await s.unit!.get(`${api}/formalities/queue?unitId=${w.units.bureau2.id}`)).statusCode).toBe(403);
    expect((await s.owner!.get(`${api}/formalities/queue`)).statusCode).toBe(403);
    const officeView = await s.office!.get(`${api}/formalities/queue?unitId=${w.units.bureau1.id}`);
    expect(officeView.json().total).toBe(1);
    expect((await s.officeB!.get(`${api}/formalities/queue?unitId=${w.units.bureau1.id}`)).statusCode).toBe(404);
  });

  it('past the deadline the queue shows it overdue; approved on the deadline it was on time', async () => {
    const fs = step.feasibility_study!.id;
    at('2026-10-26');
    const q = (await s.unit!.get(`${api}/formalities/queue?overdue=true`)).json();
    expect(q.total).toBe(1);
    expect(q.items[0].timing).toMatchObject({
      elapsedWorkingDays: 22,
      daysLeft: -2,
      overdue: true,
      overdueWorkingDays: 2,
    });
    expect((await act('unit', fs, { action: 'reject' })).statusCode).toBe(400);
    expect((await act('unit', fs, { action: 'waive', reason: 'x' })).statusCode).toBe(403);
    const approved = await act('unit', fs, { action: 'approve', on: '2026-10-22', documentNo: '甲发改审〔2026〕18号' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'approved',
      decidedOn: '2026-10-22',
      documentNo: '甲发改审〔2026〕18号',
      actions: [],
      timing: { running: false, deadline: '2026-10-22', elapsedWorkingDays: 20, decidedLate: false },
    });
    expect((await s.unit!.get(`${api}/formalities/queue`)).json().total).toBe(0);
    const f = (await s.office!.get(`${api}/projects/${w.projects.a1.id}/formalities`)).json();
    expect(f.today).toBe('2026-10-26');
    expect(f.chain).toMatchObject({ workingDays: 20, stepWorkingDaysSum: 20, remainingWorkingDays: 40 });
    const journal = await ctx.database.db.execute<{ action: string }>(
      sql`SELECT action FROM journal_entries WHERE entity = 'formality_step' AND entity_id = ${fs} ORDER BY seq`,
    );
    expect(journal.rows.map((r) => r.action)).toEqual(['submit', 'accept', 'approve']);
  });
});

describe('corrections', () => {
  it('the office corrects a date with a reason; the dates stay in order and not after today', async () => {
    const fs = step.feasibility_study!.id;
    const url = `${api}/formality-steps/${fs}`;
    const fix = (who: string, body: Record<string, unknown>) =>
      s[who]!.patch(url, { version: step[fs]!.version, reason: '按批复文件更正', ...body });
    expect((await fix('owner', { decidedOn: '2026-10-23' })).statusCode).toBe(403);
    expect((await fix('unit', { decidedOn: '2026-10-23' })).statusCode).toBe(403);
    expect((await fix('officeB', { decidedOn: '2026-10-23' })).statusCode).toBe(404);
    expect((await fix('office', { decidedOn: '2026-09-17' })).statusCode).toBe(400);
    expect((await fix('office', { decidedOn: '2026-10-27' })).statusCode).toBe(400);
    expect((await fix('office', { decidedOn: '2026-10-23', reason: undefined })).statusCode).toBe(400);
    const late = await fix('office', { decidedOn: '2026-10-23' });
    expect(late.statusCode, late.body).toBe(200);
    step[fs] = { id: fs, version: late.json().version };
    expect(late.json().timing).toMatchObject({ elapsedWorkingDays: 21, decidedLate: true });
    const back = await fix('office', { decidedOn: '2026-10-22' });
    expect(back.statusCode, back.body).toBe(200);
    step[fs] = { id: fs, version: back.json().version };
    expect(back.json().timing).toMatchObject({ elapsedWorkingDays: 20, decidedLate: false });
  });
});

describe('the holiday calendar', () => {
  it('2026 is seeded on first read: 248 working days; anyone of the district reads it', async () => {
    const res = await s.owner!.get(`${api}/holiday-calendar?year=2026`);
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    expect(c).toMatchObject({ districtId: w.regions.a.id, year: 2026, workingDays: 248 });
    expect(c.entries.filter((e: { kind: string }) => e.kind === 'make_up_workday')).toHaveLength(6);
    expect(c.entries.find((e: { date: string }) => e.date === '2026-10-10')).toEqual({
      date: '2026-10-10',
      kind: 'make_up_workday',
      name: '国庆节',
    });
    expect((await s.officeB!.get(`${api}/holiday-calendar?year=2026&districtId=${w.regions.a.id}`)).statusCode).toBe(
      403,
    );
    // Another year: none, Monday to Friday (2027: 261 weekdays).
    expect((await s.unit!.get(`${api}/holiday-calendar?year=2027`)).json()).toMatchObject({
      entries: [],
      workingDays: 261,
    });
  });

  it('only the administrator changes it; a local day off moves the deadlines', async () => {
    const current = (await s.admin!.get(`${api}/holiday-calendar?year=2026`)).json();
    const entries = [...current.entries, { date: '2026-10-08', kind: 'holiday', name: '区级调整' }];
    expect((await s.office!.put(`${api}/holiday-calendar`, { year: 2026, entries })).statusCode).toBe(403);
    const weekday = await s.admin!.put(`${api}/holiday-calendar`, {
      year: 2026,
      entries: [{ date: '2026-10-09', kind: 'make_up_workday' }],
    });
    expect(weekday.statusCode).toBe(400);
    const res = await s.admin!.put(`${api}/holiday-calendar`, { year: 2026, entries, reason: '区政府通知' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().workingDays).toBe(247);
    // The approved step: 19 working days used, the deadline a day later; still on time.
    const f = (await s.office!.get(`${api}/projects/${w.projects.a1.id}/formalities`)).json();
    expect(f.steps[0].timing).toMatchObject({ deadline: '2026-10-23', elapsedWorkingDays: 19, decidedLate: false });
    const journal = await ctx.database.db.execute<{ reason: string }>(
      sql`SELECT reason FROM journal_entries WHERE entity = 'holiday_calendar'`,
    );
    expect(journal.rows).toEqual([{ reason: '区政府通知' }]);
  });
});

describe('started without a construction permit', () => {
  const light = async () => {
    const f = (await s.office!.get(`${api}/projects/${w.projects.a1.id}/indicators`)).json();
    return f.light.reasons.find((r: { rule: string }) => r.rule === 'no_permit');
  };

  it('a continuing project whose permit step is not approved is red, with the reason; approved, it is not', async () => {
    (ctx.app.clock as TestClock).reset();
    const permit = step.construction_permit!.id;
    step[permit] = { id: permit, version: step.construction_permit!.version };
    const f = (await s.owner!.get(`${api}/projects/${w.projects.a1.id}/formalities`)).json();
    expect(f.started).toBe(true);
    expect(f.compliance).toMatchObject({
      violation: true,
      reason: { code: 'permit_not_approved', stepStatus: 'not_started' },
    });
    expect((await light())?.colour).toBe('red');
    expect((await act('owner', permit, { action: 'submit' })).statusCode).toBe(200);
    // The transport bureau does not see the project, yet it sees the step in its queue and decides it.
    expect((await s.unit2!.get(`${api}/projects/${w.projects.a1.id}/formalities`)).statusCode).toBe(404);
    const q = (await s.unit2!.get(`${api}/formalities/queue`)).json();
    expect(q.items.map((i: { id: string }) => i.id)).toEqual([permit]);
    expect(q.items[0]).toMatchObject({ status: 'submitted', timing: { running: false, waitingWorkingDays: 0 } });
    const approved = await act('unit2', permit, { action: 'approve', documentNo: '甲建施〔2026〕7号' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(await light()).toBeUndefined();
    const after = (await s.owner!.get(`${api}/projects/${w.projects.a1.id}/formalities`)).json();
    expect(after.compliance).toEqual({ violation: false, reason: null });
    expect(after.chain.complete).toBe(true);
  });
});
