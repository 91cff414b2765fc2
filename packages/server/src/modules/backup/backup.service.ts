import fs from 'node:fs';
import readline from 'node:readline';
import { finished } from 'node:stream/promises';
import zlib from 'node:zlib';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { FileStorage } from '../../lib/storage/storage.js';
import { END, readFile, writeFiles, type FileSection, type FilesReport } from './backup-files.js';

// A logical backup made by the database server itself: every table of the schema copied out
// (COPY, text format) inside one REPEATABLE READ snapshot, so the copy is consistent while the
// system keeps running. The embedded server ships no pg_dump, and this format is independent of
// the server's major version (see docs/decisions/004-backup.md). Since format 2 the stored
// files (report photos) follow the tables, so one backup file holds the whole installation.

const FORMAT = 'tuijin-backup';
const FORMAT_VERSION = 2;
/** Format 1: tables only. */
const READABLE_VERSIONS = [1, 2];
/** Ephemeral tables: restoring old sessions would only sign people back in. */
const SKIPPED = new Set(['sessions', 'login_failures']);

type Header = {
  format: string;
  formatVersion: number;
  createdAt: string;
  migrations: string[];
  tables: string[];
  /** Whether the stored files follow the tables (format 2, when a storage was given). */
  files?: boolean;
};

/** Tables of the public schema, parents before children (self-references excepted). */
async function orderedTables(client: pg.Client): Promise<string[]> {
  const tables = (
    await client.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)
  ).rows.map((r) => r.t);
  const deps = (
    await client.query<{ child: string; parent: string }>(`
      SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND c.relname <> p.relname`)
  ).rows;
  const ordered: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (ordered.includes(t) || path.has(t)) return;
    path.add(t);
    for (const d of deps.filter((x) => x.child === t)) visit(d.parent, path);
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered.filter((t) => !SKIPPED.has(t));
}

async function migrationHashes(client: pg.Client): Promise<string[]> {
  const r = await client.query<{ hash: string }>('SELECT hash FROM drizzle.__drizzle_migrations ORDER BY id');
  return r.rows.map((x) => x.hash);
}

async function columnsOf(client: pg.Client, table: string): Promise<string[]> {
  const r = await client.query<{ c: string }>(
    `SELECT column_name AS c FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return r.rows.map((x) => x.c);
}

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

export type BackupResult = { tables: Record<string, number>; files: FilesReport | null };

/** The whole database and, when a storage is given, the files its attachments name. */
export async function backup(url: string, file: string, opts: { storage?: FileStorage } = {}): Promise<BackupResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const out = zlib.createGzip();
  const sink = fs.createWriteStream(file, { mode: 0o600 });
  out.pipe(sink);
  const write = async (chunk: string | Buffer) => {
    if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
  };
  const counts: Record<string, number> = {};
  let files: FilesReport | null = null;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await orderedTables(client);
    const header: Header = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      migrations: await migrationHashes(client),
      tables,
      files: Boolean(opts.storage),
    };
    await write(`${JSON.stringify(header)}\n`);
    for (const table of tables) {
      const columns = await columnsOf(client, table);
      await write(`${JSON.stringify({ table, columns })}\n`);
      const stream = client.query(copyTo(`COPY ${ident(table)} (${columns.map(ident).join(', ')}) TO STDOUT`));
      for await (const chunk of stream) await write(chunk as Buffer);
      counts[table] = Number(stream.rowCount);
      await write(`${END}\n`);
    }
    // The files named by the rows of this same snapshot.
    if (opts.storage) files = await writeFiles(client, opts.storage, write);
    await client.query('COMMIT');
  } finally {
    out.end();
    await finished(sink);
    await client.end();
  }
  return { tables: counts, files };
}

export class RestoreError extends Error {}

/**
 * Loads a backup into a database at the same schema version. The target must be empty unless
 * `replace` is set; everything happens in one transaction, so a failed restore changes nothing
 * in the database. The files it carries are put into `storage` (required when there are any)
 * before that transaction commits; other files already there are left alone.
 */
export async function restore(
  url: string,
  file: string,
  opts: { replace?: boolean; storage?: FileStorage } = {},
): Promise<{ tables: Record<string, number>; files: number }> {
  const lines = readline.createInterface({
    input: fs.createReadStream(file).pipe(zlib.createGunzip()),
    crlfDelay: Infinity,
  });
  const it = lines[Symbol.asyncIterator]();
  const next = async () => {
    const r = await it.next();
    return r.done ? null : r.value;
  };
  let header: Header;
  try {
    header = JSON.parse((await next()) ?? '') as Header;
  } catch {
    throw new RestoreError(`${file} is not a Tuijin backup`);
  }
  if (header.format !== FORMAT || !READABLE_VERSIONS.includes(header.formatVersion))
    throw new RestoreError(`${file} is not a Tuijin backup of a known format`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts: Record<string, number> = {};
  let files = 0;
  try {
    const current = await migrationHashes(client);
    if (current.join() !== header.migrations.join()) {
      throw new RestoreError(
        `the backup is of schema version ${header.migrations.length} and the database of ${current.length}: restore with the Tuijin version that made it`,
      );
    }
    await client.query('BEGIN');
    await client.query('SET CONSTRAINTS ALL DEFERRED');
    const tables = await orderedTables(client);
    const nonEmpty = [];
    for (const t of tables) if ((await client.query(`SELECT 1 FROM ${ident(t)} LIMIT 1`)).rowCount) nonEmpty.push(t);
    if (nonEmpty.length && !opts.replace)
      throw new RestoreError(`the database already holds data (${nonEmpty.join(', ')}); use --replace to overwrite it`);
    // Rows are loaded as they were: no trigger (append-only guard, version counters) runs.
    for (const t of tables) await client.query(`ALTER TABLE ${ident(t)} DISABLE TRIGGER USER`);
    if (nonEmpty.length) await client.query(`TRUNCATE ${[...tables, ...SKIPPED].map(ident).join(', ')}`);
    for (;;) {
      const line = await next();
      if (line === null) break;
      const section = JSON.parse(line) as { table: string; columns: string[] } | FileSection;
      if ('file' in section) {
        if (!opts.storage) throw new RestoreError('the backup carries files: give the storage to restore them into');
        await readFile(section, next, opts.storage, (m) => new RestoreError(m));
        files++;
        continue;
      }
      const { table, columns } = section;
      if (!tables.includes(table)) throw new RestoreError(`the backup has a table ${table} this version does not know`);
      const stream = client.query(copyFrom(`COPY ${ident(table)} (${columns.map(ident).join(', ')}) FROM STDIN`));
      const done = finished(stream);
      done.catch(() => undefined);
      let rows = 0;
      for (let row = await next(); row !== END; row = await next()) {
        if (row === null) {
          // Abort the COPY on the server before giving up, so the connection can roll back.
          stream.destroy(new RestoreError('the backup ends in the middle of a table'));
          await done.catch(() => undefined);
          throw new RestoreError(`the backup ends in the middle of table ${table}`);
        }
        rows++;
        if (!stream.write(`${row}\n`)) await Promise.race([new Promise((r) => stream.once('drain', r)), done]);
      }
      stream.end();
      await done;
      counts[table] = rows;
    }
    // Check the deferred references now; ALTER TABLE refuses while their checks are pending.
    await client.query('SET CONSTRAINTS ALL IMMEDIATE');
    for (const t of tables) await client.query(`ALTER TABLE ${ident(t)} ENABLE TRIGGER USER`);
    // Serial columns continue after the restored rows.
    await client.query(`
      DO $$ DECLARE r record; BEGIN
        FOR r IN SELECT c.relname AS t, a.attname AS col, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS s
          FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL
        LOOP
          EXECUTE format('SELECT setval(%L, GREATEST((SELECT max(%I) FROM %I), 1), (SELECT max(%I) FROM %I) IS NOT NULL)', r.s, r.col, r.t, r.col, r.t);
        END LOOP;
      END $$;`);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
  return { tables: counts, files };
}
