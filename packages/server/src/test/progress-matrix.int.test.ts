import { beforeAll, expect } from 'vitest';
import { pngImage } from './images.js';
import {
  describeCollectionMatrix,
  describeRowMatrix,
  matrixWorld,
  type CollectionCase,
  type MatrixRole,
  type MatrixRow,
  type RowCase,
} from './matrix.js';

// The plans, reports and indicators routes × every role × a project in scope ("in": a1), one in
// the same district but nobody's of leader/unit/owner ("same": a2), one of another district
// ("other": b1). Same fixture world as the foundation's matrix.

const m = matrixWorld();
const { as, pid } = m;
type Role = MatrixRole;
let n = 0;
// A fresh year or month for every call, so no call finds another's draft.
const nextYear = () => 2030 + ++n;
const nextPeriod = () => {
  n++;
  return `${2000 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
};

const READ: Record<Role, [number, number, number]> = {
  admin: [200, 200, 404],
  office: [200, 200, 404],
  supervisor: [200, 200, 404],
  leader: [200, 404, 404],
  unit: [200, 404, 404],
  owner: [200, 404, 404],
  anonymous: [401, 401, 401],
};

const rowCases: RowCase[] = [
  { name: 'GET /projects/:id/plans', call: (r, row) => as(r).get(`/api/v1/projects/${pid(row)}/plans`), expect: READ },
  {
    name: 'GET /projects/:id/reports',
    call: (r, row) => as(r).get(`/api/v1/projects/${pid(row)}/reports?year=2026`),
    expect: READ,
  },
  {
    name: 'GET /projects/:id/indicators',
    call: (r, row) => as(r).get(`/api/v1/projects/${pid(row)}/indicators?period=2026-06`),
    expect: READ,
  },
  {
    name: 'GET /projects/:id/light-history',
    call: (r, row) => as(r).get(`/api/v1/projects/${pid(row)}/light-history?months=2&to=2026-06`),
    expect: READ,
  },
  {
    name: 'POST /projects/:id/plans',
    call: (r, row) =>
      as(r).post(`/api/v1/projects/${pid(row)}/plans`, { year: nextYear(), plannedInvestment: '1000.00' }),
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
    name: 'PUT /projects/:id/reports/:period',
    call: (r, row) => as(r).put(`/api/v1/projects/${pid(row)}/reports/${nextPeriod()}`, { completedThisMonth: '1.00' }),
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
];

describeRowMatrix(rowCases);

const all = (ok: number): Record<Role, number> => ({
  admin: ok,
  office: ok,
  supervisor: ok,
  leader: ok,
  unit: ok,
  owner: ok,
  anonymous: 401,
});
const collectionCases: CollectionCase[] = [
  {
    name: 'GET /indicators/summary',
    call: (r) => as(r).get('/api/v1/indicators/summary?period=2026-06'),
    expect: all(200),
  },
  { name: 'GET /warnings', call: (r) => as(r).get('/api/v1/warnings?period=2026-06'), expect: all(200) },
  { name: 'GET /light-rules', call: (r) => as(r).get('/api/v1/light-rules'), expect: all(200) },
  {
    name: 'GET /reports/review-queue',
    call: (r) => as(r).get('/api/v1/reports/review-queue'),
    expect: { admin: 200, office: 200, supervisor: 403, leader: 403, unit: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'PUT /light-rules',
    call: async (r) => {
      const current = (await m.session('office').get('/api/v1/light-rules')).json();
      return as(r).put('/api/v1/light-rules', { version: current.version, rules: current.rules });
    },
    expect: { admin: 200, office: 200, supervisor: 403, leader: 403, unit: 403, owner: 403, anonymous: 401 },
  },
];

describeCollectionMatrix(collectionCases);

// Report photos: a draft report on each row's project with one photo, filed by its district's
// office; a delete takes a photo uploaded for that call.
const PHOTO_PERIOD = '2025-03';
const photoPng = { filename: 'site.png', content: pngImage() };
const filer = (row: MatrixRow) => m.session(row === 'other' ? 'officeB' : 'office');
const photoOf = {} as Record<MatrixRow, { photos: string; photo: string }>;
beforeAll(async () => {
  for (const row of ['in', 'same', 'other'] as const) {
    const report = await filer(row).put(`/api/v1/projects/${pid(row)}/reports/${PHOTO_PERIOD}`, {
      completedThisMonth: '1.00',
    });
    const photos = `/api/v1/projects/${pid(row)}/reports/${PHOTO_PERIOD}/photos`;
    expect(report.statusCode).toBe(200);
    const up = await filer(row).upload(photos, [photoPng]);
    photoOf[row] = { photos, photo: up.json().items[0].id };
  }
});
const PHOTO_WRITE = (ok: number): Record<Role, [number, number, number]> => ({
  admin: [ok, ok, 404],
  office: [ok, ok, 404],
  supervisor: [403, 403, 404],
  leader: [403, 404, 404],
  unit: [403, 404, 404],
  owner: [ok, 404, 404],
  anonymous: [401, 401, 401],
});

describeRowMatrix([
  {
    name: 'GET /projects/:id/reports/:period/photos',
    call: (r, row) => as(r).get(photoOf[row].photos),
    expect: READ,
  },
  {
    name: 'GET /attachments/:id',
    call: (r, row) => as(r).get(`/api/v1/attachments/${photoOf[row].photo}`),
    expect: READ,
  },
  {
    name: 'POST /projects/:id/reports/:period/photos',
    call: (r, row) => as(r).upload(photoOf[row].photos, [photoPng]),
    expect: PHOTO_WRITE(201),
  },
  {
    name: 'DELETE /attachments/:id',
    call: async (r, row) => {
      const up = await filer(row).upload(photoOf[row].photos, [photoPng]);
      return as(r).delete(`/api/v1/attachments/${up.json().items[0].id}`);
    },
    expect: PHOTO_WRITE(204),
  },
]);
