import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from './fixtures.js';
import { createTestApp, signIn, type Session, type TestContext } from './harness.js';

// Every route × every role × a row in scope and a row out of scope. "in" is project a1 (led by
// `leader`, in the charge of `unit`, owned by `owner`); "same" is a2 in the same district but
// nobody's of those three; "other" is b1 in district B, outside everyone's scope here.

let ctx: TestContext;
let w: World;
const s: Record<string, Session> = {};
const ROLES = ['admin', 'office', 'supervisor', 'leader', 'unit', 'owner'] as const;
type Role = (typeof ROLES)[number] | 'anonymous';

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildWorld(ctx.database.db);
  for (const r of [...ROLES, 'officeB'] as const) s[r] = await signIn(ctx.app, r, PASSWORD);
});

async function version(projectId: string): Promise<number> {
  const res = await s.officeB!.get(`/api/v1/projects/${projectId}`);
  if (res.statusCode === 200) return res.json().version;
  return (await s.office!.get(`/api/v1/projects/${projectId}`)).json().version;
}

const anonymous = {
  get: (url: string) => ctx.app.inject({ method: 'GET', url }),
  post: (url: string, body?: unknown) => ctx.app.inject({ method: 'POST', url, payload: body ?? {} }),
  patch: (url: string, body?: unknown) => ctx.app.inject({ method: 'PATCH', url, payload: body ?? {} }),
  put: (url: string, body?: unknown) => ctx.app.inject({ method: 'PUT', url, payload: body ?? {} }),
};
const as = (role: Role) => (role === 'anonymous' ? anonymous : s[role]!);
const pid = (row: 'in' | 'same' | 'other') =>
  row === 'in' ? w.projects.a1.id : row === 'same' ? w.projects.a2.id : w.projects.b1.id;

type Case = {
  name: string;
  call: (role: Role, row: 'in' | 'same' | 'other') => Promise<LightMyRequestResponse>;
  expect: Record<Role, [number, number, number]>;
};

let n = 0;
const cases: Case[] = [
  {
    name: 'GET /projects/:id',
    call: (r, row) => as(r).get(`/api/v1/projects/${pid(row)}`),
    expect: {
      admin: [200, 200, 404],
      office: [200, 200, 404],
      supervisor: [200, 200, 404],
      leader: [200, 404, 404],
      unit: [200, 404, 404],
      owner: [200, 404, 404],
      anonymous: [401, 401, 401],
    },
  },
  {
    name: 'GET /projects/:id/history',
    call: (r, row) => as(r).get(`/api/v1/projects/${pid(row)}/history`),
    expect: {
      admin: [200, 200, 404],
      office: [200, 200, 404],
      supervisor: [200, 200, 404],
      leader: [200, 404, 404],
      unit: [200, 404, 404],
      owner: [200, 404, 404],
      anonymous: [401, 401, 401],
    },
  },
  {
    name: 'PATCH /projects/:id (name)',
    call: async (r, row) =>
      as(r).patch(`/api/v1/projects/${pid(row)}`, { version: await version(pid(row)), name: `项目名称${++n}` }),
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
    name: 'PATCH /projects/:id (content, which an owner may change)',
    call: async (r, row) =>
      as(r).patch(`/api/v1/projects/${pid(row)}`, { version: await version(pid(row)), content: `建设内容${++n}` }),
    expect: {
      admin: [200, 200, 404],
      office: [200, 200, 404],
      supervisor: [403, 403, 404],
      leader: [403, 404, 404],
      unit: [403, 404, 404],
      owner: [200, 404, 404],
      anonymous: [401, 401, 401],
    },
  },
  {
    name: 'POST /projects/:id/archive then restore',
    call: async (r, row) => {
      const res = await as(r).post(`/api/v1/projects/${pid(row)}/archive`, {
        version: await version(pid(row)),
        reason: '矩阵测试',
      });
      if (res.statusCode === 200) {
        const back = await as(r).post(`/api/v1/projects/${pid(row)}/restore`, {
          version: res.json().version,
          reason: '矩阵测试',
        });
        expect(back.statusCode).toBe(200);
      }
      return res;
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
    name: 'PUT /projects/:id/responsibility',
    call: async (r, row) =>
      as(r).put(`/api/v1/projects/${pid(row)}/responsibility`, {
        version: await version(pid(row)),
        assignments: [
          { slotKey: 'lead_leader', userId: row === 'same' ? w.users.leader2.id : w.users.leader.id },
          { slotKey: 'responsible_unit', unitId: row === 'same' ? w.units.bureau2.id : w.units.bureau1.id },
        ],
      }),
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
];

describe.each(cases)('$name', (c) => {
  it.each([...ROLES, 'anonymous'] as Role[])('as %s', async (role) => {
    const got = [];
    for (const row of ['in', 'same', 'other'] as const) got.push((await c.call(role, row)).statusCode);
    expect(got).toEqual(c.expect[role]);
  });
});

const collectionCases: {
  name: string;
  call: (role: Role) => Promise<LightMyRequestResponse>;
  expect: Record<Role, number>;
}[] = [
  {
    name: 'GET /projects',
    call: (r) => as(r).get('/api/v1/projects'),
    expect: { admin: 200, office: 200, supervisor: 200, leader: 200, unit: 200, owner: 200, anonymous: 401 },
  },
  {
    name: 'GET /projects/facets',
    call: (r) => as(r).get('/api/v1/projects/facets'),
    expect: { admin: 200, office: 200, supervisor: 200, leader: 200, unit: 200, owner: 200, anonymous: 401 },
  },
  {
    name: 'POST /projects',
    call: (r) =>
      as(r).post('/api/v1/projects', {
        name: `新建项目${++n}`,
        ownerUnitId: w.units.owner1.id,
        investorType: 'government',
        field: 'urban',
        direction: 'ecology',
        stage: 'reserve',
        totalInvestment: '1000000.00',
      }),
    expect: { admin: 201, office: 201, supervisor: 403, leader: 403, unit: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /units',
    call: (r) => as(r).get('/api/v1/units'),
    expect: { admin: 200, office: 200, supervisor: 200, leader: 200, unit: 200, owner: 200, anonymous: 401 },
  },
  {
    name: 'POST /units',
    call: (r) => as(r).post('/api/v1/units', { kind: 'bureau', name: `新单位${++n}` }),
    expect: { admin: 201, office: 403, supervisor: 403, leader: 403, unit: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /users',
    call: (r) => as(r).get('/api/v1/users'),
    expect: { admin: 200, office: 200, supervisor: 403, leader: 403, unit: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'POST /users',
    call: (r) =>
      as(r).post('/api/v1/users', {
        username: `user${++n}`,
        displayName: '新用户',
        password: 'long-password-1',
        roles: [{ role: 'owner', scopeRegionId: w.regions.a.id }],
      }),
    expect: { admin: 201, office: 403, supervisor: 403, leader: 403, unit: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /regions',
    call: (r) => as(r).get('/api/v1/regions'),
    expect: { admin: 200, office: 200, supervisor: 200, leader: 200, unit: 200, owner: 200, anonymous: 401 },
  },
  {
    name: 'POST /regions',
    call: (r) =>
      as(r).post('/api/v1/regions', {
        parentId: w.regions.a.id,
        level: 'street',
        code: `9901019${String(++n).padStart(2, '0')}`,
        name: `新街道${n}`,
      }),
    expect: { admin: 201, office: 403, supervisor: 403, leader: 403, unit: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /responsibility-slots',
    call: (r) => as(r).get('/api/v1/responsibility-slots'),
    expect: { admin: 200, office: 200, supervisor: 200, leader: 200, unit: 200, owner: 200, anonymous: 401 },
  },
  {
    name: 'PUT /responsibility-slots',
    call: async (r) => {
      const current = (await s.office!.get('/api/v1/responsibility-slots')).json();
      return as(r).put('/api/v1/responsibility-slots', {
        version: current.version,
        slots: current.slots.map(({ system: _s, position: _p, ...slot }: Record<string, unknown>) => slot),
      });
    },
    expect: { admin: 200, office: 200, supervisor: 403, leader: 403, unit: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /journal/verify',
    call: (r) => as(r).get('/api/v1/journal/verify'),
    expect: { admin: 200, office: 403, supervisor: 403, leader: 403, unit: 403, owner: 403, anonymous: 401 },
  },
];

describe.each(collectionCases)('$name', (c) => {
  it.each([...ROLES, 'anonymous'] as Role[])('as %s', async (role) => {
    expect((await c.call(role)).statusCode).toBe(c.expect[role]);
  });
});

describe('rows of other districts', () => {
  it('PATCH /units/:id and /users/:id of district B are not found for the admin of A', async () => {
    const unit = await s.admin!.patch(`/api/v1/units/${w.units.officeB.id}`, { version: 1, name: '改名' });
    expect(unit.statusCode).toBe(404);
    const user = await s.admin!.patch(`/api/v1/users/${w.users.officeB.id}`, { version: 1, displayName: '改名' });
    expect(user.statusCode).toBe(404);
  });

  it('an admin cannot grant a role on a region outside their own', async () => {
    const res = await s.admin!.post('/api/v1/users', {
      username: 'intruder',
      displayName: '越权',
      password: 'long-password-1',
      roles: [{ role: 'admin', scopeRegionId: w.regions.city.id }],
    });
    expect(res.statusCode).toBe(403);
    const street = await s.admin!.post('/api/v1/regions', {
      parentId: w.regions.b.id,
      level: 'street',
      code: '990102099',
      name: '越权街道',
    });
    expect(street.statusCode).toBe(403);
  });

  it('lists only what each role may see', async () => {
    const ids = async (role: string) =>
      ((await s[role]!.get('/api/v1/projects?archived=all&pageSize=200')).json().items as { id: string }[]).map(
        (p) => p.id,
      );
    expect(await ids('leader')).toEqual([w.projects.a1.id]);
    expect(await ids('unit')).toEqual([w.projects.a1.id]);
    // The owner also owns the projects the create cases above made for its unit.
    const ownerIds = await ids('owner');
    expect(ownerIds).toContain(w.projects.a1.id);
    expect(ownerIds).not.toContain(w.projects.a2.id);
    expect(ownerIds).not.toContain(w.projects.b1.id);
    expect(await ids('officeB')).toEqual([w.projects.b1.id]);
    const officeIds = await ids('office');
    expect(officeIds).toContain(w.projects.a2.id);
    expect(officeIds).not.toContain(w.projects.b1.id);
    const units = (await s.owner!.get('/api/v1/units?pageSize=200')).json().items as { districtId: string }[];
    expect(units.every((u) => u.districtId === w.regions.a.id)).toBe(true);
  });
});
