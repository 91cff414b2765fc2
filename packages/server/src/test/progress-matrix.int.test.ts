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

// The plans, reports, indicators and formalities routes × every role × a project in scope ("in": a1), one in
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

// Formalities: every project has the steps of its district's government-approval template (the
// defaults); a step call starts from the first step not started, put back by its district's office.
const office = (row: MatrixRow) => m.session(row === 'other' ? 'officeB' : 'office');
const templateOf = {} as Record<'A' | 'B', string>;
beforeAll(async () => {
  for (const [key, who] of [
    ['A', 'office'],
    ['B', 'officeB'],
  ] as const) {
    const list = (await m.session(who).get('/api/v1/formality-templates')).json();
    templateOf[key] = list.items.find((t: { appliesTo: string }) => t.appliesTo === 'government_approval').id;
  }
  for (const row of ['in', 'same', 'other'] as const) {
    const res = await office(row).post(`/api/v1/projects/${pid(row)}/formalities`, {
      templateId: templateOf[row === 'other' ? 'B' : 'A'],
    });
    expect(res.statusCode).toBe(200);
  }
});
const firstStep = async (row: MatrixRow) => {
  const url = `/api/v1/projects/${pid(row)}/formalities`;
  let first = (await office(row).get(url)).json().steps[0];
  if (first.status === 'submitted') {
    await office(row).post(`/api/v1/formality-steps/${first.id}/actions`, {
      version: first.version,
      action: 'withdraw',
    });
    first = (await office(row).get(url)).json().steps[0];
  }
  return first as { id: string; version: number };
};

describeRowMatrix([
  {
    name: 'GET /projects/:id/formalities',
    call: (r, row) => as(r).get(`/api/v1/projects/${pid(row)}/formalities`),
    expect: READ,
  },
  {
    name: 'POST /projects/:id/formalities',
    call: (r, row) => as(r).post(`/api/v1/projects/${pid(row)}/formalities`, { templateId: templateOf.A }),
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
    name: 'PATCH /formality-steps/:id',
    call: async (r, row) => {
      const s = await firstStep(row);
      return as(r).patch(`/api/v1/formality-steps/${s.id}`, { version: s.version, note: '更正', reason: '核对' });
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
    name: 'POST /formality-steps/:id/actions (submit)',
    call: async (r, row) => {
      const s = await firstStep(row);
      return as(r).post(`/api/v1/formality-steps/${s.id}/actions`, { version: s.version, action: 'submit' });
    },
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
]);

const officeOnly = (ok: number): Record<Role, number> => ({
  admin: ok,
  office: ok,
  supervisor: 403,
  leader: 403,
  unit: 403,
  owner: 403,
  anonymous: 401,
});
describeCollectionMatrix([
  { name: 'GET /holiday-calendar', call: (r) => as(r).get('/api/v1/holiday-calendar?year=2026'), expect: all(200) },
  {
    name: 'PUT /holiday-calendar',
    call: (r) => as(r).put('/api/v1/holiday-calendar', { year: 2031, entries: [] }),
    expect: { ...officeOnly(200), office: 403 },
  },
  { name: 'GET /formality-templates', call: (r) => as(r).get('/api/v1/formality-templates'), expect: officeOnly(200) },
  {
    name: 'POST /formality-templates',
    call: (r) =>
      as(r).post('/api/v1/formality-templates', {
        name: `模板${++n}`,
        appliesTo: 'enterprise_filing',
        steps: [{ code: 'project_filing', name: '项目备案', limitWorkingDays: 3 }],
      }),
    expect: officeOnly(201),
  },
  {
    name: 'GET /formalities/queue',
    call: (r) => as(r).get('/api/v1/formalities/queue'),
    expect: { ...officeOnly(200), unit: 200 },
  },
]);
