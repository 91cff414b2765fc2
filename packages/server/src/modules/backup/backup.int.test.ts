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
import { localDiskStorage } from '../../lib/storage/local-disk-storage.js';
import { pngImage } from '../../test/images.js';
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

describe('backup and restore of the stored files', () => {
  const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
  const images = [pngImage(5, 5, [1, 2, 3]), pngImage(7, 3, [9, 8, 7]), pngImage(2, 2)];
  let reportId = '';

  beforeAll(async () => {
    const office = await signIn(ctx.app, 'office', DEMO_PASSWORD);
    const p = (await office.get('/api/v1/projects?pageSize=1')).json().items[0];
    const report = await office.put(`/api/v1/projects/${p.id}/reports/2020-01`, { completedThisMonth: '1.00' });
    reportId = report.json().id;
    const up = await office.upload(
      `/api/v1/projects/${p.id}/reports/2020-01/photos`,
      images.map((content, i) => ({ filename: `现场${i}.png`, content })),
    );
    expect(up.statusCode).toBe(201);
    // A deleted photo's bytes are gone: the backup does not look for them.
    expect((await office.delete(up.json().items[2].url)).statusCode).toBe(204);
  });

  it('carries every file a row names, and restores them byte for byte', async () => {
    const file = path.join(dir, 'with-files.tjb');
    const made = await backup(ctx.url, file, { storage: localDiskStorage(ctx.config.filesDir) });
    expect(made.files).toEqual({ files: 2, missing: [], damaged: [] });
    const target = await emptyDatabase();
    const into = localDiskStorage(path.join(dir, 'restored-files'));
    const restored = await restore(target, file, { storage: into });
    expect(restored.files).toBe(2);
    expect(await dump(target)).toEqual(await dump(ctx.url));
    const c = new pg.Client({ connectionString: target });
    await c.connect();
    const rows = (
      await c.query<{ storage_key: string; sha256: string }>(
        `SELECT storage_key, sha256 FROM attachments WHERE owner_id = $1 AND deleted_at IS NULL ORDER BY created_at`,
        [reportId],
      )
    ).rows;
    await c.end();
    expect(rows.map((r) => r.sha256)).toEqual([sha(images[0]!), sha(images[1]!)]);
    for (const [i, r] of rows.entries()) {
      const chunks: Buffer[] = [];
      for await (const chunk of await into.get(r.storage_key)) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).equals(images[i]!)).toBe(true);
    }
  });

  it('refuses to restore files without a storage, or damaged ones, and the database stays empty', async () => {
    const file = path.join(dir, 'with-files.tjb');
    const target = await emptyDatabase();
    await expect(restore(target, file)).rejects.toThrow(/carries files/);
    const text = zlib.gunzipSync(fs.readFileSync(file)).toString();
    const at = text.indexOf('{"file":');
    const line = text.indexOf('\n', at) + 1;
    const damaged = `${text.slice(0, line + 40)}${text[line + 40] === 'A' ? 'B' : 'A'}${text.slice(line + 41)}`;
    const bad = path.join(dir, 'damaged.tjb');
    fs.writeFileSync(bad, zlib.gzipSync(damaged));
    await expect(restore(target, bad, { storage: localDiskStorage(path.join(dir, 'damaged-files')) })).rejects.toThrow(
      /damaged/,
    );
    expect(Object.values(await dump(target)).every((rows) => rows.length === 0)).toBe(true);
  });

  it('names a file missing from storage', async () => {
    const key = (await ctx.database.pool.query(`SELECT storage_key FROM attachments WHERE deleted_at IS NULL LIMIT 1`))
      .rows[0].storage_key as string;
    const storage = localDiskStorage(ctx.config.filesDir);
    const saved = path.join(dir, 'saved.bin');
    fs.renameSync(path.join(ctx.config.filesDir, key), saved);
    try {
      const made = await backup(ctx.url, path.join(dir, 'missing.tjb'), { storage });
      expect(made.files).toEqual({ files: 1, missing: [key], damaged: [] });
    } finally {
      fs.renameSync(saved, path.join(ctx.config.filesDir, key));
    }
  });
});
