import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  assertKey,
  StorageKeyError,
  StorageNotFoundError,
  StorageTooLargeError,
  type FileStorage,
  type StoredFile,
} from './storage.js';

// Files under one folder, a key's segments as sub-folders (2026/11/<uuid>). A file is written to
// <root>/.tmp first, flushed to disk, then renamed into place: a crash leaves at most a partial
// file in .tmp, never a half-written one under its key. Folders 0700, files 0600.

const TMP = '.tmp';

const isNotFound = (err: unknown) => (err as NodeJS.ErrnoException | null)?.code === 'ENOENT';

export function localDiskStorage(root: string): FileStorage {
  const base = path.resolve(root);

  const pathOf = (key: string): string => {
    assertKey(key);
    const p = path.resolve(base, ...key.split('/'));
    // The key's form already rules this out; checked again so no later change can open a way out.
    if (!p.startsWith(base + path.sep)) throw new StorageKeyError(`storage key ${key} leaves the folder`);
    return p;
  };

  async function syncDir(dir: string): Promise<void> {
    // Makes the rename durable; not every platform lets a folder be opened for it.
    const handle = await fsp.open(dir, 'r').catch(() => null);
    await handle?.sync().catch(() => undefined);
    await handle?.close();
  }

  return {
    async put(key, data, opts = {}): Promise<StoredFile> {
      const target = pathOf(key);
      const tmpDir = path.join(base, TMP);
      await fsp.mkdir(tmpDir, { recursive: true, mode: 0o700 });
      const tmp = path.join(tmpDir, `${crypto.randomUUID()}.part`);
      const hash = crypto.createHash('sha256');
      let bytes = 0;
      const max = opts.maxBytes;
      const meter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          if (max !== undefined && bytes > max) return done(new StorageTooLargeError(max));
          hash.update(chunk);
          done(null, chunk);
        },
      });
      const source = Buffer.isBuffer(data) ? Readable.from([data]) : data;
      try {
        const out = fs.createWriteStream(tmp, { flags: 'wx', mode: 0o600 });
        await pipeline(source, meter, out);
        const handle = await fsp.open(tmp, 'r');
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fsp.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
        await fsp.rename(tmp, target);
      } catch (err) {
        await fsp.rm(tmp, { force: true });
        throw err;
      }
      await syncDir(path.dirname(target));
      return { key, bytes, sha256: hash.digest('hex') };
    },

    async get(key) {
      const p = pathOf(key);
      try {
        const handle = await fsp.open(p, 'r');
        return handle.createReadStream();
      } catch (err) {
        if (isNotFound(err)) throw new StorageNotFoundError(`no file under ${key}`);
        throw err;
      }
    },

    async delete(key) {
      await fsp.rm(pathOf(key), { force: true });
    },

    async exists(key) {
      try {
        return (await fsp.stat(pathOf(key))).isFile();
      } catch (err) {
        if (isNotFound(err)) return false;
        throw err;
      }
    },
  };
}
