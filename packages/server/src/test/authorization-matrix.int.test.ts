import { expect, describe, it } from 'vitest';
import {
  describeCollectionMatrix,
  describeRowMatrix,
  matrixWorld,
  type CollectionCase,
  type RowCase,
} from './matrix.js';

// Every route × every role × a row in scope and a row out of scope. "in" is project a1 (led by
// `leader`, in the charge of `unit`, owned by `owner`); "same" is a2 in the same district but
// nobody's of those three; "other" is b1 in district B, outside everyone's scope here.

const m = matrixWorld();
const { as, pid } = m;

async function version(projectId: string): Promise<number> {
  const res = await m.session('officeB').get(`/api/v1/projects/${projectId}`);
  if (res.statusCode === 200) return res.json().version;
  return (await m.session('office').get(`/api/v1/projects/${projectId}`)).json().version;
}

let n = 0;
const cases: RowCase[] = [
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
          { slotKey: 'lead_leader', userId: row === 'same' ? m.w.users.leader2.id : m.w.users.leader.id },
          { slotKey: 'responsible_unit', unitId: row === 'same' ? m.w.units.bureau2.id : m.w.units.bureau1.id },
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

describeRowMatrix(cases);

const collectionCases: CollectionCase[] = [
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
        ownerUnitId: m.w.units.owner1.id,
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
        roles: [{ role: 'owner', scopeRegionId: m.w.regions.a.id }],
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
        parentId: m.w.regions.a.id,
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
      const current = (await m.session('office').get('/api/v1/responsibility-slots')).json();
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

describeCollectionMatrix(collectionCases);

describe('rows of other districts', () => {
  it('PATCH /units/:id and /users/:id of district B are not found for the admin of A', async () => {
    const unit = await m.session('admin').patch(`/api/v1/units/${m.w.units.officeB.id}`, { version: 1, name: '改名' });
    expect(unit.statusCode).toBe(404);
    const user = await m
      .session('admin')
      .patch(`/api/v1/users/${m.w.users.officeB.id}`, { version: 1, displayName: '改名' });
    expect(user.statusCode).toBe(404);
  });

  it('an admin cannot grant a role on a region outside their own', async () => {
    const res = await m.session('admin').post('/api/v1/users', {
      username: 'intruder',
      displayName: '越权',
      password: 'long-password-1',
      roles: [{ role: 'admin', scopeRegionId: m.w.regions.city.id }],
    });
    expect(res.statusCode).toBe(403);
    const street = await m.session('admin').post('/api/v1/regions', {
      parentId: m.w.regions.b.id,
      level: 'street',
      code: '990102099',
      name: '越权街道',
    });
    expect(street.statusCode).toBe(403);
  });

  it('lists only what each role may see', async () => {
    const ids = async (role: string) =>
      ((await m.session(role).get('/api/v1/projects?archived=all&pageSize=200')).json().items as { id: string }[]).map(
        (p) => p.id,
      );
    expect(await ids('leader')).toEqual([m.w.projects.a1.id]);
    expect(await ids('unit')).toEqual([m.w.projects.a1.id]);
    // The owner also owns the projects the create cases above made for its unit.
    const ownerIds = await ids('owner');
    expect(ownerIds).toContain(m.w.projects.a1.id);
    expect(ownerIds).not.toContain(m.w.projects.a2.id);
    expect(ownerIds).not.toContain(m.w.projects.b1.id);
    expect(await ids('officeB')).toEqual([m.w.projects.b1.id]);
    const officeIds = await ids('office');
    expect(officeIds).toContain(m.w.projects.a2.id);
    expect(officeIds).not.toContain(m.w.projects.b1.id);
    const units = (await m.session('owner').get('/api/v1/units?pageSize=200')).json().items as { districtId: string }[];
    expect(units.every((u) => u.districtId === m.w.regions.a.id)).toBe(true);
  });
});
