import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { createTestApp, type TestContext } from './test/harness.js';

// The web app and the API on one origin: client-side routes get index.html, unknown API paths
// a JSON 404, and assets are found even when built after the server started.

let ctx: TestContext;
let web: Awaited<ReturnType<typeof buildApp>>;
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-web-'));

beforeAll(async () => {
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>推进</title>');
  ctx = await createTestApp();
  web = await buildApp({ config: { ...ctx.config, webDistDir: dist }, database: ctx.database, logger: false });
  await web.ready();
});

describe('serving', () => {
  it('answers client-side routes with index.html, not cached', async () => {
    const res = await web.inject({ method: 'GET', url: '/projects/123?tab=history' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>推进</title>');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves an asset added after start', async () => {
    fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    const res = await web.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('console.log(1)');
  });

  it('answers unknown API paths and methods with a JSON 404 (401 first under /api/v1 without a session)', async () => {
    expect((await web.inject({ method: 'GET', url: '/api/v1/nothing' })).statusCode).toBe(401);
    for (const [method, url] of [
      ['POST', '/somewhere'],
      ['GET', '/api/nothing'],
    ] as const) {
      const res = await web.inject({ method, url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
  });

  it('publishes OpenAPI 3.1 with the project routes, and the health of server and database', async () => {
    const spec = (await web.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/v1/projects', '/api/v1/projects/{id}', '/api/v1/auth/login']),
    );
    const docs = await web.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(docs.statusCode);
    const health = (await web.inject({ method: 'GET', url: '/api/health' })).json();
    expect(health).toMatchObject({ status: 'ok', database: { ok: true } });
  });
});
