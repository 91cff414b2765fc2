import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { runMigrations } from '../db/database.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../db/embedded/embedded-postgres.js';
import { TEMPLATE_DB, withDatabase } from './db-url.js';

// One PostgreSQL for the whole run: the embedded one in a temporary folder, or the server of
// DATABASE_URL (CI also runs the suite against Debian's PostgreSQL 15 that way).

let server: EmbeddedServer | null = null;
let dir: string | null = null;

export default async function setup(project: TestProject) {
  let baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-test-'));
    fs.chmodSync(dir, 0o755);
    server = await startEmbeddedPostgres({ dataDir: dir, log: () => undefined, database: 'postgres' });
    baseUrl = server.connectionString('postgres');
  }
  const admin = new pg.Client({ connectionString: withDatabase(baseUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  await runMigrations(withDatabase(baseUrl, TEMPLATE_DB));
  project.provide('databaseUrl', baseUrl);
  return async () => {
    await server?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
