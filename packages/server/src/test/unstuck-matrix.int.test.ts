import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { describeCollectionMatrix, describeRowMatrix, matrixWorld, type MatrixRole, type MatrixRow } from './matrix.js';
import { pngImage } from './images.js';

// Problems routes × every role × a problem on a project in scope ("in": a1), one on a project of
// the same district that is nobody's of leader/unit/owner ("same": a2), one of another district
// ("other": b1). Each problem is raised by its district's office, fresh for calls that change it.

const m = matrixWorld();
const { as, pid } = m;
type Role = MatrixRole;

const office = (row: MatrixRow) => m.session(row === 'other' ? 'officeB' : 'office');

async function raised(row: MatrixRow): Promise<{ id: string; version: number }> {
  const res = await office(row).post('/api/v1/problems', {
    projectId: pid(row),
    category: 'land',
    title: '用地指标',
    description: '指标未下达',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const READ: Record<Role, [number, number, number]> = {
  admin: [200, 200, 404],
  office: [200, 200, 404],
  supervisor: [200, 200, 404],
  leader: [200, 404, 404],
  unit: [200, 404, 404],
  owner: [200, 404, 404],
  anonymous: [401, 401, 401],
};

describeRowMatrix([
  {
    name: 'POST /problems',
    call: (r, row) =>
      as(r).post('/api/v1/problems', { projectId: pid(row), category: 'funds', title: '资金', description: '缺口' }),
    expect: {
      admin: [201, 201, 404],
      office: [201, 201, 404],
      supervisor: [403, 403, 404],
      leader: [201, 404, 404],
      unit: [201, 404, 404],
      owner: [201, 404, 404],
      anonymous: [401, 401, 401],
    },
  },
  {
    name: 'POST /factors',
    call: (r, row) =>
      as(r).post('/api/v1/factors', { projectId: pid(row), factor: 'talent', detail: '高级工程师', amount: '3' }),
    expect: {
      admin: [201, 201, 404],
      office: [201, 201, 404],
      supervisor: [403, 403, 404],
      leader: [403, 404, 404],
      unit: [403, 404, 404],
      owner: [201, 404, 404],
      anonymous: [401, 401, 401],
    },
  },
  {
    name: 'GET /problems/:id',
    call: async (r, row) => as(r).get(`/api/v1/problems/${(await raised(row)).id}`),
    expect: READ,
  },
  {
    name: 'POST /problems/:id/assign',
    call: async (r, row) => {
      const p = await raised(row);
      return as(r).post(`/api/v1/problems/${p.id}/assign`, {
        version: p.version,
        leadUnitId: m.w.units.bureau2.id,
        dueDate: '2099-01-01',
      });
    },
    expect: {
      admin: [200, 200, 404],
      office: [200, 200, 404],
      supervisor: [403, 403, 404],
      leader: [403, 404, 404],
      unit: [403, 404, 404],
      owner: [403, 404, 404],
      anonymous: [401, 401, 401],
    },
  },
  {
    name: 'POST /problems/:id/close (an open problem: nobody may)',
    call: async (r, row) => {
      const p = await raised(row);
      return as(r).post(`/api/v1/problems/${p.id}/close`, { version: p.version });
    },
    expect: {
      admin: [409, 409, 404],
      office: [409, 409, 404],
      supervisor: [403, 403, 404],
      leader: [403, 404, 404],
      unit: [403, 404, 404],
      owner: [403, 404, 404],
      anonymous: [401, 401, 401],
    },
  },
]);

const all = (code: number): Record<Role, number> => ({
  admin: code,
  office: code,
  supervisor: code,
  leader: code,
  unit: code,
  owner: code,
  anonymous: 401,
});

describeCollectionMatrix([
  { name: 'GET /problems', call: (r) => as(r).get('/api/v1/problems'), expect: all(200) },
  { name: 'GET /problems?mine=true', call: (r) => as(r).get('/api/v1/problems?mine=true'), expect: all(200) },
  { name: 'GET /problems/counts', call: (r) => as(r).get('/api/v1/problems/counts'), expect: all(200) },
  { name: 'GET /problems/stats', call: (r) => as(r).get('/api/v1/problems/stats'), expect: all(200) },
  { name: 'GET /factors', call: (r) => as(r).get('/api/v1/factors'), expect: all(200) },
  { name: 'GET /factors/ledger', call: (r) => as(r).get('/api/v1/factors/ledger'), expect: all(200) },
  { name: 'GET /rankings', call: (r) => as(r).get('/api/v1/rankings?subject=unit'), expect: all(200) },
  { name: 'GET /rankings (leaders)', call: (r) => as(r).get('/api/v1/rankings?subject=leader'), expect: all(200) },
  {
    name: 'GET /escalation-contacts',
    call: (r) => as(r).get('/api/v1/escalation-contacts'),
    expect: { ...all(403), admin: 200, office: 200, supervisor: 200 },
  },
  {
    name: 'PUT /escalation-contacts',
    call: (r) => as(r).put('/api/v1/escalation-contacts', { userIds: [] }),
    expect: { ...all(403), admin: 200, office: 200 },
  },
]);

// Supervision items: "in" on a1 given to the unit's bureau, "same" on a2 given to another bureau,
// "other" in district B (which has no supervision office: written to the database). Fresh each call.

const assignee = (row: MatrixRow) =>
  row === 'in' ? m.w.units.bureau1.id : row === 'same' ? m.w.units.bureau2.id : m.w.units.ownerB.id;

async function supervised(row: MatrixRow): Promise<{ id: string; version: number }> {
  if (row === 'other') {
    const r = await m.db.execute<{ id: string; version: number }>(sql`
      INSERT INTO supervision_items (district_id, source, project_id, title, assignee_unit_id, due_date)
      VALUES (${m.w.regions.b.id}, 'city', ${pid(row)}, '督办', ${assignee(row)}, '2099-01-01') RETURNING id, version`);
    return r.rows[0]!;
  }
  const res = await m.session('supervisor').post('/api/v1/supervision-items', {
    title: '督办事项',
    assigneeUnitId: assignee(row),
    dueDate: '2099-01-01',
    source: 'office',
    projectId: pid(row),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Only the supervision office (and administrators) may; the others see in-scope items only. */
const OFFICE_ONLY = (ok: number): Record<Role, [number, number, number]> => ({
  admin: [ok, ok, 404],
  office: [403, 403, 404],
  supervisor: [ok, ok, 404],
  leader: [403, 404, 404],
  unit: [403, 404, 404],
  owner: [403, 404, 404],
  anonymous: [401, 401, 401],
});

const step = (action: string, body: object) => async (r: Role, row: MatrixRow) => {
  const item = await supervised(row);
  return as(r).post(`/api/v1/supervision-items/${item.id}/${action}`, { version: item.version, ...body });
};

describeRowMatrix([
  {
    name: 'POST /supervision-items',
    call: (r, row) =>
      as(r).post('/api/v1/supervision-items', {
        title: '督办事项',
        assigneeUnitId: assignee(row),
        dueDate: '2099-01-01',
        source: 'city',
        projectId: pid(row),
      }),
    expect: {
      ...OFFICE_ONLY(201),
      office: [403, 403, 403],
      leader: [403, 403, 403],
      unit: [403, 403, 403],
      owner: [403, 403, 403],
    },
  },
  {
    name: 'GET /supervision-items/:id',
    call: async (r, row) => as(r).get(`/api/v1/supervision-items/${(await supervised(row)).id}`),
    expect: READ,
  },
  {
    name: 'PATCH /supervision-items/:id',
    call: async (r, row) => {
      const item = await supervised(row);
      return as(r).patch(`/api/v1/supervision-items/${item.id}`, { version: item.version, title: '新标题' });
    },
    expect: OFFICE_ONLY(200),
  },
  {
    name: 'POST /supervision-items/:id/report (only the assignee unit)',
    call: step('report', { text: '已办理' }),
    expect: { ...OFFICE_ONLY(403), unit: [200, 404, 404] },
  },
  {
    name: 'POST /supervision-items/:id/accept (an open item: nobody may)',
    call: step('accept', {}),
    expect: OFFICE_ONLY(409),
  },
  {
    name: 'POST /supervision-items/:id/return (an open item: nobody may)',
    call: step('return', { reason: '不全' }),
    expect: OFFICE_ONLY(409),
  },
  {
    name: 'POST /supervision-items/:id/reopen (an open item: nobody may)',
    call: step('reopen', { reason: '重办' }),
    expect: OFFICE_ONLY(409),
  },
]);

describeCollectionMatrix([
  { name: 'GET /supervision-items', call: (r) => as(r).get('/api/v1/supervision-items'), expect: all(200) },
  {
    name: 'GET /supervision-items?mine=true',
    call: (r) => as(r).get('/api/v1/supervision-items?mine=true'),
    expect: all(200),
  },
  {
    name: 'GET /supervision-items/counts',
    call: (r) => as(r).get('/api/v1/supervision-items/counts'),
    expect: all(200),
  },
  {
    name: 'GET /supervision-notice-rules',
    call: (r) => as(r).get('/api/v1/supervision-notice-rules'),
    expect: all(200),
  },
  {
    name: 'PUT /supervision-notice-rules',
    call: async (r) => {
      const { version } = (await m.session('supervisor').get('/api/v1/supervision-notice-rules')).json();
      return as(r).put('/api/v1/supervision-notice-rules', { version, rules: { blueWithinDays: 3 } });
    },
    expect: { ...all(403), admin: 200, supervisor: 200 },
  },
]);

// Attachments of problems, formality steps and feedback rounds: a fresh record on each row's
// project (a step with the unit's bureau approving on a1, a round reported by the assignee,
// written to the database); the files are read by whoever sees the record, added by those who
// act on it, and others' files deleted by the office only.

const png = { filename: '现场.png', content: pngImage() };

async function stepOn(row: MatrixRow): Promise<string> {
  const approver = row === 'in' ? m.w.units.bureau1.id : row === 'same' ? m.w.units.bureau2.id : null;
  const r = await m.db.execute<{ id: string }>(sql`
    INSERT INTO formality_steps (district_id, project_id, position, code, name, approver_unit_id, limit_working_days)
    VALUES (${row === 'other' ? m.w.regions.b.id : m.w.regions.a.id}, ${pid(row)}, 1, ${`s${Math.random()}`}, '用地预审',
      ${approver}, 20) RETURNING id`);
  return r.rows[0]!.id;
}

async function roundOf(row: MatrixRow): Promise<string> {
  const item = await supervised(row);
  const r = await m.db.execute<{ id: string }>(sql`
    INSERT INTO supervision_feedback (item_id, round, text, by_user_id)
    VALUES (${item.id}, 1, '已办理', ${m.w.users.unit.id}) RETURNING id`);
  return r.rows[0]!.id;
}

/** Those who act on the record: 201; those who only see it: 403. */
const ACTING = (acting: Partial<Record<Role, [number, number, number]>>): Record<Role, [number, number, number]> => ({
  admin: [201, 201, 404],
  office: [201, 201, 404],
  supervisor: [403, 403, 404],
  leader: [403, 404, 404],
  unit: [403, 404, 404],
  owner: [403, 404, 404],
  anonymous: [401, 401, 401],
  ...acting,
});

describeRowMatrix([
  {
    name: 'GET /problems/:id/attachments',
    call: async (r, row) => as(r).get(`/api/v1/problems/${(await raised(row)).id}/attachments`),
    expect: READ,
  },
  {
    name: 'POST /problems/:id/attachments (raised by the office)',
    call: async (r, row) => as(r).upload(`/api/v1/problems/${(await raised(row)).id}/attachments`, [png]),
    expect: ACTING({ owner: [201, 404, 404] }),
  },
  {
    name: "DELETE /attachments/:id (the office's file on a problem)",
    call: async (r, row) => {
      const url = `/api/v1/problems/${(await raised(row)).id}/attachments`;
      const up = await office(row).upload(url, [png]);
      expect(up.statusCode, up.body).toBe(201);
      return as(r).delete(up.json().items[0].url);
    },
    expect: {
      ...ACTING({}),
      admin: [204, 204, 404],
      office: [204, 204, 404],
    },
  },
  {
    name: 'GET /formality-steps/:id/attachments',
    call: async (r, row) => as(r).get(`/api/v1/formality-steps/${await stepOn(row)}/attachments`),
    expect: READ,
  },
  {
    name: 'POST /formality-steps/:id/attachments (the owner, the approving unit, the office)',
    call: async (r, row) => as(r).upload(`/api/v1/formality-steps/${await stepOn(row)}/attachments`, [png]),
    expect: ACTING({ unit: [201, 404, 404], owner: [201, 404, 404] }),
  },
  {
    name: 'GET /supervision-feedback/:id/attachments',
    call: async (r, row) => as(r).get(`/api/v1/supervision-feedback/${await roundOf(row)}/attachments`),
    expect: READ,
  },
  {
    name: 'POST /supervision-feedback/:id/attachments (a pending round: the assignee unit, the supervision office)',
    call: async (r, row) => as(r).upload(`/api/v1/supervision-feedback/${await roundOf(row)}/attachments`, [png]),
    expect: ACTING({
      office: [403, 403, 404],
      supervisor: [201, 201, 404],
      unit: [201, 404, 404],
    }),
  },
]);
