import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { buildWorld, PASSWORD, type World } from '../../test/fixtures.js';
import { createTestApp, signIn, type Session, type TestContext } from '../../test/harness.js';

// Two app nodes on one database: a registry page cached by one node is never served after a
// change made through the other.

let ctx: TestContext;
let w: World;
let nodeA: Session;
let nodeB: Session;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildWorld(ctx.database.db);
  const second = await buildApp({ config: ctx.config, database: ctx.database, logger: false });
  await second.ready();
  nodeA = await signIn(ctx.app, 'office', PASSWORD);
  nodeB = await signIn(second, 'office', PASSWORD);
});

const list = (s: Session, q = '') => s.get(`/api/v1/projects?sort=name${q}`);

describe('registry cache', () => {
  it('serves a repeated page from the cache, identical to the fresh one', async () => {
    const first = await list(nodeA);
    const second = await list(nodeA);
    expect(first.headers['x-cache']).toBe('miss');
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.json()).toEqual(first.json());
    expect(second.headers['content-type']).toContain('application/json');
  });

  it('drops a cached page when a project changes on another node', async () => {
    await list(nodeA);
    const p = (await nodeB.get(`/api/v1/projects/${w.projects.a1.id}`)).json();
    expect(
      (await nodeB.patch(`/api/v1/projects/${p.id}`, { version: p.version, name: '甲区老旧小区改造工程（更名）' }))
        .statusCode,
    ).toBe(200);
    const after = await list(nodeA);
    expect(after.headers['x-cache']).toBe('miss');
    expect(after.json().items.map((i: { name: string }) => i.name)).toContain('甲区老旧小区改造工程（更名）');
  });

  it('drops a cached page when a unit, a leader or a street is renamed', async () => {
    const admin = await signIn(ctx.app, 'admin', PASSWORD);
    await list(nodeA);
    const unit = (await admin.get(`/api/v1/units?q=${encodeURIComponent('甲区城投')}`)).json().items[0];
    await admin.patch(`/api/v1/units/${unit.id}`, { version: unit.version, name: '甲区城市建设投资集团' });
    const owners = (await list(nodeA)).json().items.map((i: { owner: { name: string } }) => i.owner.name);
    expect(owners).toContain('甲区城市建设投资集团');
    const leader = (await admin.get('/api/v1/users?q=leader2')).json().items[0];
    await admin.patch(`/api/v1/users/${leader.id}`, { version: leader.version, displayName: '李副区长' });
    const leaders = (await list(nodeA)).json().items.map((i: { leader: { name: string } | null }) => i.leader?.name);
    expect(leaders).toContain('李副区长');
  });

  it('never shares a page between people of different scope', async () => {
    const leader = await signIn(ctx.app, 'leader', PASSWORD);
    await list(nodeA);
    const mine = (await list(leader)).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([w.projects.a1.id]);
  });
});
