import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestContext } from '../../test/harness.js';
import { buildWorld, PASSWORD, type World } from '../../test/fixtures.js';

let ctx: TestContext;
let world: World;

beforeAll(async () => {
  ctx = await createTestApp({ TUIJIN_LOGIN_MAX_FAILURES: '3' });
  world = await buildWorld(ctx.database.db);
});

const login = (username: string, password: string, ip = '10.0.0.1') =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress: ip });

describe('sign-in', () => {
  it('returns the person, roles and a CSRF token, and sets an httpOnly SameSite=Lax cookie', async () => {
    const res = await login('office', PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ username: 'office', roles: ['office'], districtIds: [world.regions.a.id] });
    expect(body.user.unit).toEqual({ id: world.units.officeA.id, name: '甲区项目办' });
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = res.cookies.find((c) => c.name === 'tuijin_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    expect(cookie.path).toBe('/');
  });

  it('marks the cookie Secure behind TLS (X-Forwarded-Proto with a trusted proxy)', async () => {
    const tls = await createTestApp({ TUIJIN_TRUST_PROXY: 'true' });
    await buildWorld(tls.database.db);
    const res = await tls.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'office', password: PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'tuijin_session')!.secure).toBe(true);
  });

  it('a city-level grant covers every district of the city', async () => {
    const res = await login('cityOffice', PASSWORD);
    expect(res.json().user.districtIds.sort()).toEqual([world.regions.a.id, world.regions.b.id].sort());
  });

  it('refuses a wrong password and an unknown user with the same 401', async () => {
    const wrong = await login('unit', 'not-the-password', '10.0.0.2');
    const unknown = await login('nobody', 'not-the-password', '10.0.0.2');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_credentials');
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('answers 429 with Retry-After after repeated failures, even with the right password', async () => {
    for (let i = 0; i < 3; i++) expect((await login('owner2', 'bad-password', '10.0.0.3')).statusCode).toBe(401);
    const blocked = await login('owner2', PASSWORD, '10.0.0.3');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('too_many_requests');
    const retry = Number(blocked.headers['retry-after']);
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(15 * 60);
    // Other accounts are not locked out by one account's failures.
    expect((await login('owner', PASSWORD, '10.0.0.4')).statusCode).toBe(200);
  });

  it('rejects malformed bodies with 400 and field paths', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: '' } });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.map((d: { path: string[] }) => d.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['username', 'password']));
    const notJson = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: '{"username":',
      headers: { 'content-type': 'application/json' },
    });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error.code).toBe('bad_request');
  });

  it('refuses a disabled account', async () => {
    const admin = await signIn(ctx.app, 'admin', PASSWORD);
    const target = (await admin.get(`/api/v1/users?q=leader2`)).json().items[0];
    const res = await admin.patch(`/api/v1/users/${target.id}`, { version: target.version, status: 'disabled' });
    expect(res.statusCode).toBe(200);
    expect((await login('leader2', PASSWORD, '10.0.0.9')).statusCode).toBe(401);
  });
});

describe('sessions and CSRF', () => {
  it('me answers 401 without a session and the person with one', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const s = await signIn(ctx.app, 'leader', PASSWORD);
    const me = await s.get('/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { username: 'leader', roles: ['leader'] }, csrfToken: s.csrf });
  });

  it('refuses a write without the CSRF header, or with a wrong one, with 403', async () => {
    const s = await signIn(ctx.app, 'office', PASSWORD);
    const body = { version: 1, reason: '测试' };
    const none = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/projects/${world.projects.a1.id}/archive`,
      headers: { cookie: s.cookie },
      payload: body,
    });
    expect(none.statusCode).toBe(403);
    expect(none.json().error.code).toBe('csrf_failed');
    const wrong = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/projects/${world.projects.a1.id}/archive`,
      headers: { cookie: s.cookie, 'x-csrf-token': `${s.csrf}x` },
      payload: body,
    });
    expect(wrong.statusCode).toBe(403);
    const project = (await s.get(`/api/v1/projects/${world.projects.a1.id}`)).json();
    expect(project.archivedAt).toBeNull();
  });

  it('logout ends the session on the server, not only in the browser', async () => {
    const s = await signIn(ctx.app, 'unit', PASSWORD);
    expect((await s.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await s.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('sends security headers', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBeDefined();
  });
});
