import crypto from 'node:crypto';
import type pg from 'pg';
import type { FileStorage } from '../../lib/storage/storage.js';

// The stored files (report photos…) travel in the backup after the tables: for every file a row
// of the snapshot names, a JSON line {file, bytes, sha256}, its bytes as base64 lines, and the
// end mark. Base64 never contains a backslash, so a line can never be mistaken for the end.

export const END = '\\.';
/** Raw bytes per base64 line: a multiple of 3, so lines carry no padding but the last. */
const LINE_BYTES = 48 * 1024;

export type FileSection = { file: string; bytes: number; sha256: string };
export type FilesReport = { files: number; missing: string[]; damaged: string[] };

/** Base64 lines of exactly LINE_BYTES raw bytes each (the last one shorter). */
async function* base64Lines(source: AsyncIterable<Buffer>, hash: crypto.Hash): AsyncGenerator<string> {
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of source) {
    hash.update(chunk);
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    while (pending.length >= LINE_BYTES) {
      yield pending.subarray(0, LINE_BYTES).toString('base64');
      pending = pending.subarray(LINE_BYTES);
    }
  }
  if (pending.length) yield pending.toString('base64');
}

/**
 * Writes the files of the attachments the snapshot holds (not deleted). A file missing from
 * storage is reported, not carried; one whose bytes no longer match its row's hash is carried
 * as it is and reported as damaged.
 */
export async function writeFiles(
  client: pg.Client,
  storage: FileStorage,
  write: (chunk: string) => Promise<void>,
): Promise<FilesReport> {
  const rows = (
    await client.query<{ key: string; sha256: string }>(
      `SELECT storage_key AS key, sha256 FROM attachments WHERE deleted_at IS NULL ORDER BY storage_key`,
    )
  ).rows;
  const report: FilesReport = { files: 0, missing: [], damaged: [] };
  for (const row of rows) {
    if (!(await storage.exists(row.key))) {
      report.missing.push(row.key);
      continue;
    }
    // The bytes are read twice (hash, then copy) so the section's header can state the hash
    // of what it carries: restore checks the bytes it receives against it.
    const hash = crypto.createHash('sha256');
    let bytes = 0;
    for await (const chunk of await storage.get(row.key)) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
    const sha256 = hash.digest('hex');
    if (sha256 !== row.sha256) report.damaged.push(row.key);
    const section: FileSection = { file: row.key, bytes, sha256 };
    await write(`${JSON.stringify(section)}\n`);
    const again = crypto.createHash('sha256');
    for await (const line of base64Lines((await storage.get(row.key)) as AsyncIterable<Buffer>, again))
      await write(`${line}\n`);
    await write(`${END}\n`);
    if (again.digest('hex') !== sha256) throw new Error(`the file ${row.key} changed while it was being backed up`);
    report.files++;
  }
  return report;
}

/** Puts one file section's bytes back into storage and checks them against its header. */
export async function readFile(
  section: FileSection,
  next: () => Promise<string | null>,
  storage: FileStorage,
  fail: (message: string) => Error,
): Promise<void> {
  async function* bytes(): AsyncGenerator<Buffer> {
    for (let line = await next(); line !== END; line = await next()) {
      if (line === null) throw fail(`the backup ends in the middle of the file ${section.file}`);
      yield Buffer.from(line, 'base64');
    }
  }
  const stored = await storage.put(section.file, bytes());
  if (stored.bytes !== section.bytes || stored.sha256 !== section.sha256) {
    await storage.delete(section.file);
    throw fail(`the file ${section.file} in the backup is damaged (its bytes do not match its hash)`);
  }
}
