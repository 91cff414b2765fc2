import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestContext } from '../../test/harness.js';

let ctx: TestContext;
let w: World;
let office: Session;
let owner: Session;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildWorld(ctx.database.db);
  office = await signIn(ctx.app, 'office', PASSWORD);
  owner = await signIn(ctx.app, 'owner', PASSWORD);
});

const newProject = (over: Record<string, unknown> = {}) => ({
  name: '甲区智慧停车场建设项目',
  code: '2026-990101-01-01-100001',
  ownerUnitId: w.units.owner1.id,
  investorType: 'joint',
  field: 'urban',
  direction: 'governance',
  stage: 'preparation',
  totalInvestment: '35000000.00',
  plannedStart: '2026-03-01',
  plannedEnd: '2027-06-30',
  streetId: w.regions.streetA.id,
  tagIds: [w.tags.tagA.id],
  ...over,
});

describe('create', () => {
  it('creates a project with exact money and journals it', async () => {
    const res = await office.post('/api/v1/projects', newProject({ totalInvestment: '12345678901234.56' }));
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({
      name: '甲区智慧停车场建设项目',
      totalInvestment: '12345678901234.56',
      version: 1,
      districtId: w.regions.a.id,
    });
    expect(p.street).toEqual({ id: w.regions.streetA.id, name: '东街道' });
    expect(p.tags).toEqual([{ id: w.tags.tagA.id, category: 'strategy', name: '城市更新' }]);
    const history = (await office.get(`/api/v1/projects/${p.id}/history`)).json();
    expect(history.total).toBe(1);
    expect(history.items[0]).toMatchObject({ action: 'create', actor: { name: 'office' }, before: null });
    expect(history.items[0].after.totalInvestment).toBe('12345678901234.56');
  });

  it('rejects bad input with field paths and changes nothing', async () => {
    const before = (await office.get('/api/v1/projects?archived=all')).json().total;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ code: '2026-99010-01-01-100001' }, 'code', 'project_code_invalid'],
      [{ code: null, stage: 'continuing' }, 'code', 'project_code_required'],
      [{ totalInvestment: '12.345' }, 'totalInvestment', 'amount_invalid'],
      [{ totalInvestment: '-5.00' }, 'totalInvestment', 'amount_invalid'],
      [{ totalInvestment: 1000 }, 'totalInvestment', 'invalid_type'],
      [{ plannedEnd: '2025-01-01' }, 'plannedEnd', 'planned_end_before_start'],
      [{ plannedStart: '2026-02-30' }, 'plannedStart', ''],
      [{ stage: 'unknown' }, 'stage', 'invalid_value'],
      [{ name: '' }, 'name', 'too_small'],
      [{ name: 'x'.repeat(121) }, 'name', ''],
      [{ lng: 118.8 }, 'lat', 'coordinates_incomplete'],
      [{ lat: 95, lng: 118 }, 'lat', ''],
      [{ ownerUnitId: 'not-a-uuid' }, 'ownerUnitId', ''],
    ];
    for (const [over, path, message] of cases) {
      const res = await office.post('/api/v1/projects', newProject({ code: null, stage: 'reserve', ...over }));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      const details = res.json().error.details as { path: string[]; message: string }[];
      const hit = details.find((d) => d.path.join('.') === path);
      expect(hit, `${JSON.stringify(over)} → ${JSON.stringify(details)}`).toBeDefined();
      if (message) expect(hit!.message).toBe(message);
    }
    expect((await office.get('/api/v1/projects?archived=all')).json().total).toBe(before);
  });

  it('rejects references outside the district and a duplicate code', async () => {
    const foreign = await office.post(
      '/api/v1/projects',
      newProject({ code: null, stage: 'reserve', ownerUnitId: w.units.ownerB.id }),
    );
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details[0]).toMatchObject({ path: ['ownerUnitId'], message: 'unit_not_found' });
    const street = await office.post(
      '/api/v1/projects',
      newProject({ code: null, stage: 'reserve', streetId: w.regions.streetB.id }),
    );
    expect(street.json().error.details[0]).toMatchObject({ path: ['streetId'], message: 'street_not_found' });
    const dup = await office.post('/api/v1/projects', newProject({ code: w.projects.a1.code }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'duplicate', details: { field: 'code' } });
  });

  it('refuses bodies over 1 MiB with 413 and non-JSON with 415', async () => {
    const big = await office.post('/api/v1/projects', newProject({ content: 'x'.repeat(1_100_000) }));
    expect(big.statusCode).toBe(413);
    const form = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/projects',
      headers: {
        cookie: office.cookie,
        'x-csrf-token': office.csrf,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: 'name=x',
    });
    expect(form.statusCode).toBe(415);
  });

  it('keeps hostile strings as plain text', async () => {
    const hostile = '<script>alert(1)</script>=HYPERLINK("http://x")\'; DROP TABLE projects;--';
    const res = await office.post(
      '/api/v1/projects',
      newProject({ code: null, stage: 'reserve', name: hostile.slice(0, 120), content: hostile }),
    );
    expect(res.statusCode).toBe(201);
    const got = (await office.get(`/api/v1/projects/${res.json().id}`)).json();
    expect(got.content).toBe(hostile);
    const listed = (await office.get(`/api/v1/projects?q=${encodeURIComponent('<script>')}`)).json();
    expect(listed.items.map((p: { id: string }) => p.id)).toContain(res.json().id);
  });
});

describe('registry list', () => {
  it('filters, sorts and pages with a total', async () => {
    const all = (await office.get('/api/v1/projects?pageSize=200')).json();
    expect(all.total).toBe(all.items.length);
    const social = (await office.get('/api/v1/projects?investorType=social')).json();
    expect(social.items.map((p: { id: string }) => p.id)).toEqual([w.projects.a2.id]);
    const byLeader = (await office.get(`/api/v1/projects?leaderId=${w.users.leader.id}`)).json();
    expect(byLeader.items.map((p: { id: string }) => p.id)).toEqual([w.projects.a1.id]);
    expect(byLeader.items[0]).toMatchObject({
      leader: { name: 'leader' },
      responsibleUnit: { name: '甲区住建局' },
      owner: { name: '甲区城投集团' },
    });
    const byOwnerName = (await office.get(`/api/v1/projects?q=${encodeURIComponent('文旅集团')}`)).json();
    expect(byOwnerName.items.map((p: { id: string }) => p.id)).toEqual([w.projects.a2.id]);
    const multi = (await office.get('/api/v1/projects?stage=new_start,continuing&direction=high_quality')).json();
    expect(multi.items.map((p: { id: string }) => p.id)).toEqual([w.projects.a2.id]);
    const sorted = (await office.get('/api/v1/projects?sort=-totalInvestment&pageSize=200')).json().items as {
      totalInvestment: string;
    }[];
    const amounts = sorted.map((p) => Number(p.totalInvestment));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    const page2 = (await office.get('/api/v1/projects?sort=name&pageSize=1&page=2')).json();
    expect(page2).toMatchObject({ page: 2, pageSize: 1, total: all.total });
    expect(page2.items).toHaveLength(1);
    const past = (await office.get('/api/v1/projects?page=999')).json();
    expect(past).toMatchObject({ items: [], total: all.total });
  });

  it('treats LIKE wildcards in the keyword literally', async () => {
    expect((await office.get('/api/v1/projects?q=%25')).json().total).toBe(0);
    expect((await office.get('/api/v1/projects?q=_')).json().total).toBe(0);
  });

  it('rejects bad query parameters with 400', async () => {
    for (const q of ['stage=nope', 'pageSize=0', 'pageSize=5000', 'page=-1', 'sort=password', 'leaderId=1']) {
      expect((await office.get(`/api/v1/projects?${q}`)).statusCode, q).toBe(400);
    }
  });
});

describe('update, optimistic locking and history', () => {
  it('applies a change, bumps the version and records from → to with the reason', async () => {
    const p = (await office.get(`/api/v1/projects/${w.projects.a2.id}`)).json();
    const res = await office.patch(`/api/v1/projects/${p.id}`, {
      version: p.version,
      totalInvestment: '990000000.00',
      stage: 'continuing',
      reason: '调整总投资',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: p.version + 1, totalInvestment: '990000000.00', stage: 'continuing' });
    const [latest] = (await office.get(`/api/v1/projects/${p.id}/history`)).json().items;
    expect(latest).toMatchObject({ action: 'update', reason: '调整总投资' });
    expect(latest.changes).toEqual(
      expect.arrayContaining([
        { field: 'totalInvestment', from: '980000000.50', to: '990000000.00' },
        { field: 'stage', from: 'new_start', to: 'continuing' },
      ]),
    );
    expect(latest.changes).toHaveLength(2);
  });

  it('answers 409 to a write based on a stale version and keeps the newer data', async () => {
    const p = (await office.get(`/api/v1/projects/${w.projects.a1.id}`)).json();
    const first = await office.patch(`/api/v1/projects/${p.id}`, { version: p.version, industry: '城市更新' });
    expect(first.statusCode).toBe(200);
    const stale = await office.patch(`/api/v1/projects/${p.id}`, { version: p.version, industry: '覆盖' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect((await office.get(`/api/v1/projects/${p.id}`)).json().industry).toBe('城市更新');
  });

  it('resolves two simultaneous writes with the same version: one wins, one gets 409', async () => {
    const p = (await office.get(`/api/v1/projects/${w.projects.a1.id}`)).json();
    const results = await Promise.all([
      office.patch(`/api/v1/projects/${p.id}`, { version: p.version, address: '甲' }),
      office.patch(`/api/v1/projects/${p.id}`, { version: p.version, address: '乙' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('lets an owner change only its own descriptive fields', async () => {
    const p = (await owner.get(`/api/v1/projects/${w.projects.a1.id}`)).json();
    expect(p.permissions).toEqual({
      edit: true,
      editFields: ['content', 'address', 'lng', 'lat'],
      archive: false,
      assign: false,
    });
    const stage = await owner.patch(`/api/v1/projects/${p.id}`, { version: p.version, stage: 'completed' });
    expect(stage.statusCode).toBe(403);
    expect(stage.json().error.details).toEqual({ fields: ['stage'] });
    const ok = await owner.patch(`/api/v1/projects/${p.id}`, { version: p.version, lng: 118.8, lat: 32.05 });
    expect(ok.statusCode).toBe(200);
  });

  it('archives with a reason, hides from the default list, refuses edits until restored', async () => {
    const created = (await office.post('/api/v1/projects', newProject({ code: '2026-990101-01-01-100099' }))).json();
    expect((await office.post(`/api/v1/projects/${created.id}/archive`, { version: created.version })).statusCode).toBe(
      400,
    );
    const archived = await office.post(`/api/v1/projects/${created.id}/archive`, {
      version: created.version,
      reason: '项目取消',
    });
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).not.toBeNull();
    const active = (await office.get('/api/v1/projects?pageSize=200')).json().items.map((p: { id: string }) => p.id);
    expect(active).not.toContain(created.id);
    const onlyArchived = (await office.get('/api/v1/projects?archived=true'))
      .json()
      .items.map((p: { id: string }) => p.id);
    expect(onlyArchived).toContain(created.id);
    const edit = await office.patch(`/api/v1/projects/${created.id}`, {
      version: archived.json().version,
      name: '改名称',
    });
    expect(edit.statusCode).toBe(409);
    const restored = await office.post(`/api/v1/projects/${created.id}/restore`, {
      version: archived.json().version,
      reason: '恢复建设',
    });
    expect(restored.json().archivedAt).toBeNull();
    const actions = (await office.get(`/api/v1/projects/${created.id}/history`))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['restore', 'archive', 'create']);
  });
});

describe('"1+3" responsibility group', () => {
  it('assigns the group, moves data scope with it, and journals names', async () => {
    const p = (await office.get(`/api/v1/projects/${w.projects.a2.id}`)).json();
    const res = await office.put(`/api/v1/projects/${p.id}/responsibility`, {
      version: p.version,
      reason: '调整包抓领导',
      assignments: [
        { slotKey: 'lead_leader', userId: w.users.leader.id },
        { slotKey: 'responsible_unit', unitId: w.units.bureau1.id },
        { slotKey: 'service_team', userId: w.users.unit.id },
        { slotKey: 'service_team', userId: w.users.unit2.id },
        { slotKey: 'promotion_plan', text: '2026年底主体封顶' },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().leader).toEqual({ id: w.users.leader.id, name: 'leader' });
    expect(res.json().assignments).toHaveLength(5);
    const leader = await signIn(ctx.app, 'leader', PASSWORD);
    expect((await leader.get(`/api/v1/projects/${p.id}`)).statusCode).toBe(200);
    const [entry] = (await office.get(`/api/v1/projects/${p.id}/history`)).json().items;
    expect(entry).toMatchObject({ action: 'assign', reason: '调整包抓领导' });
    expect(entry.after).toEqual({
      lead_leader: 'leader',
      responsible_unit: '甲区住建局',
      service_team: ['unit', 'unit2'],
      promotion_plan: '2026年底主体封顶',
    });
  });

  it('validates slots: kind, district, leader role, required and single values', async () => {
    const p = (await office.get(`/api/v1/projects/${w.projects.a1.id}`)).json();
    const res = await office.put(`/api/v1/projects/${p.id}/responsibility`, {
      version: p.version,
      assignments: [
        { slotKey: 'lead_leader', userId: w.users.owner.id },
        { slotKey: 'lead_leader', userId: w.users.leader.id },
        { slotKey: 'service_team', userId: w.users.officeB.id },
        { slotKey: 'nonexistent', text: 'x' },
      ],
    });
    expect(res.statusCode).toBe(400);
    const messages = res.json().error.details.map((d: { message: string }) => d.message);
    expect(messages).toEqual(
      expect.arrayContaining(['not_a_leader', 'slot_single_value', 'user_not_found', 'slot_unknown', 'slot_required']),
    );
  });
});
