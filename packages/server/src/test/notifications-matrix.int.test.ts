import { eq } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { notificationChannels, notifications } from '../db/schema.js';
import {
  describeCollectionMatrix,
  describeRowMatrix,
  matrixWorld,
  MATRIX_ROLES,
  type CollectionCase,
  type MatrixRole,
  type MatrixRow,
  type RowCase,
} from './matrix.js';
import { startHttpReceiver, type HttpReceiver } from './receivers.js';

// The notifications and channels routes × every role. For channels "in" and "same" are two
// channels of district A, "other" one of district B: only A's administrator and project office
// manage A's channels; the other roles of A are refused (403), B's channel is not found (404).
// For a notification "in" is the caller's own, "same" another user's of A, "other" one of B.

const m = matrixWorld();
const { as } = m;
let receiver: HttpReceiver;
const channelIds: Record<MatrixRow, string> = { in: '', same: '', other: '' };
const mine: Record<string, string> = {};
let sameNotification = '';
let otherNotification = '';
let n = 0;

afterAll(async () => {
  await receiver?.close();
});

async function newChannel(district: 'a' | 'b'): Promise<string> {
  const session = m.session(district === 'a' ? 'office' : 'officeB');
  const res = await session.post('/api/v1/notification-channels', {
    kind: 'webhook',
    name: `渠道${++n}`,
    target: `${receiver.url}/hook/${n}`,
  });
  if (res.statusCode !== 201) throw new Error(`channel: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

async function channelVersion(id: string): Promise<number> {
  const [row] = await m.db.select().from(notificationChannels).where(eq(notificationChannels.id, id));
  return row?.version ?? 1;
}

async function notificationFor(userId: string, districtId: string): Promise<string> {
  const [row] = await m.db
    .insert(notifications)
    .values({
      districtId,
      userId,
      kind: 'light_red',
      payload: { projectId: m.pid('in'), projectName: '矩阵', period: '2026-09', reasons: [] },
    })
    .returning();
  return row!.id;
}

beforeAll(async () => {
  receiver = await startHttpReceiver();
  channelIds.in = await newChannel('a');
  channelIds.same = await newChannel('a');
  channelIds.other = await newChannel('b');
  for (const r of MATRIX_ROLES) mine[r] = await notificationFor(m.w.users[r].id, m.w.regions.a.id);
  sameNotification = await notificationFor(m.w.users.leader2.id, m.w.regions.a.id);
  otherNotification = await notificationFor(m.w.users.officeB.id, m.w.regions.b.id);
});

const MANAGE_ROW: Record<MatrixRole, [number, number, number]> = {
  admin: [200, 200, 404],
  office: [200, 200, 404],
  supervisor: [403, 403, 404],
  leader: [403, 403, 404],
  unit: [403, 403, 404],
  owner: [403, 403, 404],
  anonymous: [401, 401, 401],
};

const rowCases: RowCase[] = [
  {
    name: 'PATCH /notification-channels/:id',
    call: async (r, row) =>
      as(r).patch(`/api/v1/notification-channels/${channelIds[row]}`, {
        version: await channelVersion(channelIds[row]),
        name: `改名${++n}`,
      }),
    expect: MANAGE_ROW,
  },
  {
    name: 'POST /notification-channels/:id/test',
    call: (r, row) => as(r).post(`/api/v1/notification-channels/${channelIds[row]}/test`),
    expect: MANAGE_ROW,
  },
  {
    name: 'DELETE /notification-channels/:id',
    call: async (r, row) =>
      as(r).delete(`/api/v1/notification-channels/${await newChannel(row === 'other' ? 'b' : 'a')}`),
    expect: Object.fromEntries(
      Object.entries(MANAGE_ROW).map(([role, codes]) => [role, codes.map((c) => (c === 200 ? 204 : c))]),
    ) as RowCase['expect'],
  },
  {
    name: 'POST /notifications/:id/read (own, another user’s, another district’s)',
    call: (r, row) =>
      as(r).post(
        `/api/v1/notifications/${row === 'in' ? (mine[r] ?? mine.admin) : row === 'same' ? sameNotification : otherNotification}/read`,
      ),
    expect: {
      admin: [200, 404, 404],
      office: [200, 404, 404],
      supervisor: [200, 404, 404],
      leader: [200, 404, 404],
      unit: [200, 404, 404],
      owner: [200, 404, 404],
      anonymous: [401, 401, 401],
    },
  },
];

describeRowMatrix(rowCases);

const everyone = { admin: 200, office: 200, supervisor: 200, leader: 200, unit: 200, owner: 200, anonymous: 401 };
const collectionCases: CollectionCase[] = [
  { name: 'GET /notifications', call: (r) => as(r).get('/api/v1/notifications'), expect: everyone },
  { name: 'POST /notifications/read-all', call: (r) => as(r).post('/api/v1/notifications/read-all'), expect: everyone },
  {
    name: 'GET /notification-channels',
    call: (r) => as(r).get('/api/v1/notification-channels'),
    expect: { admin: 200, office: 200, supervisor: 403, leader: 403, unit: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'POST /notification-channels',
    call: (r) =>
      as(r).post('/api/v1/notification-channels', {
        kind: 'email',
        name: `邮箱${++n}`,
        target: 'office@example.org',
      }),
    expect: { admin: 201, office: 201, supervisor: 403, leader: 403, unit: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /notification-channels of another district',
    call: (r) => as(r).get(`/api/v1/notification-channels?districtId=${m.w.regions.b.id}`),
    expect: { admin: 403, office: 403, supervisor: 403, leader: 403, unit: 403, owner: 403, anonymous: 401 },
  },
];

describeCollectionMatrix(collectionCases);
