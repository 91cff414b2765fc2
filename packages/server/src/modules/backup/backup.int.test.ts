import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDemo } from '../../demo/seed.js';
import { TEMPLATE_DB, withDatabase } from '../../test/db-url.js';
import { DEMO_PASSWORD } from '../../demo/demo-data.js';
import { createTestApp, signIn, type TestContext } from '../../test/harness.js';
import { verifyJournal } from '../journal/journal.service.js';
import { openDatabase } from '../../db/database.js';
import { backup, restore } from './backup.service.js';

let ctx: TestContext;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-backup-'));
const created: string[] = [];

async function emptyDatabase(): Promise<string> {
  const base = inject('databaseUrl');
  const name = `r_${crypto.randomBytes(5).toString('hex')}`;
  const c = new pg.Client({ connectionString: withDatabase(base, 'postgres') });
  await c.connect();
  await c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  await c.end();
  created.push(name);
  return withDatabase(base, name);
}

/** Every row of every table, in a stable order, as text: what "nothing lost" means. */
async function dump(url: string): Promise<Record<string, string[]>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const tables = (
    await c.query<{ t: string }>(
      `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('sessions','login_failures') ORDER BY 1`,
    )
  ).rows;
  const out: Record<string, string[]> = {};
  for (const { t } of tables) {
    out[t] = (await c.query<{ r: string }>(`SELECT row_to_json(x)::text AS r FROM "${t}" x`)).rows
      .map((r) => r.r)
      .sort();
  }
  await c.end();
  return out;
}

beforeAll(async () => {
  ctx = await createTestApp();
  await ctx.database.db.transaction((tx) => seedDemo(tx));
  const office = await signIn(ctx.app, 'office', DEMO_PASSWORD);
  const list = (await office.get('/api/v1/projects?pageSize=1')).json();
  const p = list.items[0];
  await office.patch(`/api/v1/projects/${p.id}`, {
    version: p.version,
    content: '备份前的修改\n第二行\t制表符 \\ 反斜杠',
    reason: '测试',
  });
});

afterAll(async () => {
  const c = new pg.Client({ connectionString: withDatabase(inject('databaseUrl'), 'postgres') });
  await c.connect();
  for (const name of created) await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await c.end();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('round-trips every row of every table, and the journal chain still verifies', async () => {
    const file = path.join(dir, 'full.tjb');
    const made = await backup(ctx.url, file);
    expect(made.tables.projects).toBe(150);
    const target = await emptyDatabase();
    const restored = await restore(target, file);
    expect(restored.tables).toEqual(made.tables);
    expect(await dump(target)).toEqual(await dump(ctx.url));
    const db = openDatabase(target, 2);
    expect((await verifyJournal(db.db)).ok).toBe(true);
    // New entries continue the sequence after the restored ones.
    const next = await db.pool.query(
      `SELECT nextval(pg_get_serial_sequence('journal_entries','seq')) AS n, (SELECT max(seq) FROM journal_entries) AS m`,
    );
    expect(Number(next.rows[0].n)).toBe(Number(next.rows[0].m) + 1);
    await db.close();
  });

  it('refuses to restore over data unless told to replace it', async () => {
    const file = path.join(dir, 'again.tjb');
    await backup(ctx.url, file);
    const target = await emptyDatabase();
    await restore(target, file);
    await expect(restore(target, file)).rejects.toThrow(/already holds data/);
    await restore(target, file, { replace: true });
    expect(await dump(target)).toEqual(await dump(ctx.url));
  });

  it('rejects a file that is not a backup, or is cut short, and leaves the database empty', async () => {
    const target = await emptyDatabase();
    const junk = path.join(dir, 'junk.tjb');
    fs.writeFileSync(junk, zlib.gzipSync('hello\n'));
    await expect(restore(target, junk)).rejects.toThrow(/not a Tuijin backup/);
    const full = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'full.tjb'))).toString();
    const cut = path.join(dir, 'cut.tjb');
    fs.writeFileSync(cut, zlib.gzipSync(full.slice(0, Math.floor(full.length * 0.6))));
    await expect(restore(target, cut)).rejects.toThrow();
    const tables = await dump(target);
    expect(Object.values(tables).every((rows) => rows.length === 0)).toBe(true);
  });
});
