import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import { TEMPLATE_DB, withDatabase } from './db-url.js';
import { multipartBody, type UploadFile } from './multipart.js';

export type TestContext = { app: FastifyInstance; database: Database; config: Config; url: string };

/** A fresh database cloned from the migrated template, and the app on it; dropped after the file. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestContext> {
  const base = inject('databaseUrl');
  const name = `t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: withDatabase(base, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  const url = withDatabase(base, name);
  // Uploaded files go to a folder of this test file's own, removed with its database.
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-files-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    TUIJIN_DATA_DIR: '/nonexistent',
    TUIJIN_FILES_DIR: filesDir,
    ...env,
  });
  const database = openDatabase(url, 5);
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await database.close();
    const c = new pg.Client({ connectionString: withDatabase(base, 'postgres') });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });
  return { app, database, config, url };
}

export type Session = {
  cookie: string;
  csrf: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  /** POST of files as multipart/form-data. */
  upload(url: string, files: UploadFile[]): Promise<LightMyRequestResponse>;
};

export async function signIn(app: FastifyInstance, username: string, password: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'tuijin_session')!;
  const csrf = res.json<{ csrfToken: string }>().csrfToken;
  const headers = { cookie: `tuijin_session=${cookie.value}` };
  const write = (method: 'POST' | 'PATCH' | 'PUT') => (url: string, body?: unknown) =>
    app.inject({
      method,
      url,
      headers: { ...headers, 'x-csrf-token': csrf },
      ...(body === undefined ? {} : { payload: body as object }),
    });
  return {
    cookie: headers.cookie,
    csrf,
    get: (url) => app.inject({ method: 'GET', url, headers }),
    post: write('POST'),
    patch: write('PATCH'),
    put: write('PUT'),
    delete: (url) => app.inject({ method: 'DELETE', url, headers: { ...headers, 'x-csrf-token': csrf } }),
    upload: (url, files) => {
      const body = multipartBody(files);
      return app.inject({
        method: 'POST',
        url,
        headers: { ...headers, ...body.headers, 'x-csrf-token': csrf },
        payload: body.payload,
      });
    },
  };
}
