import { expect } from 'vitest';
import { describeCollectionMatrix, describeRowMatrix, matrixWorld, type MatrixRole, type MatrixRow } from './matrix.js';

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
