import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { localDiskStorage } from './local-disk-storage.js';
import { newStorageKey, StorageKeyError, StorageNotFoundError, StorageTooLargeError } from './storage.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-storage-'));
const storage = localDiskStorage(path.join(root, 'files'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const partials = () => {
  const dir = path.join(root, 'files', '.tmp');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

describe('local disk storage', () => {
  it('stores a stream and gives back the same bytes, their count and SHA-256', async () => {
    const bytes = crypto.randomBytes(300_000);
    const key = newStorageKey(new Date('2026-11-30T20:00:00Z'));
    expect(key).toMatch(/^2026\/11\/[0-9a-f-]{36}$/);
    const chunks = [bytes.subarray(0, 1000), bytes.subarray(1000, 200_000), bytes.subarray(200_000)];
    const stored = await storage.put(key, Readable.from(chunks));
    expect(stored).toEqual({
      key,
      bytes: bytes.length,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    });
    expect(await storage.exists(key)).toBe(true);
    expect((await read(await storage.get(key))).equals(bytes)).toBe(true);
    expect(fs.statSync(path.join(root, 'files', ...key.split('/'))).mode & 0o777).toBe(0o600);
    expect(partials()).toEqual([]);
  });

  it('stores a buffer and replaces the file under the same key', async () => {
    const key = newStorageKey();
    await storage.put(key, Buffer.from('first'));
    await storage.put(key, Buffer.from('second'));
    expect((await read(await storage.get(key))).toString()).toBe('second');
  });

  it('refuses more than maxBytes and leaves nothing behind', async () => {
    const key = newStorageKey();
    await expect(
      storage.put(key, Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), { maxBytes: 1000 }),
    ).rejects.toThrow(StorageTooLargeError);
    expect(await storage.exists(key)).toBe(false);
    expect(partials()).toEqual([]);
    // Exactly the limit is accepted.
    expect((await storage.put(key, Buffer.alloc(1000), { maxBytes: 1000 })).bytes).toBe(1000);
  });

  it('leaves no file when the source fails half-way', async () => {
    const key = newStorageKey();
    async function* broken() {
      yield Buffer.from('partial');
      throw new Error('connection lost');
    }
    await expect(storage.put(key, broken())).rejects.toThrow('connection lost');
    expect(await storage.exists(key)).toBe(false);
    expect(partials()).toEqual([]);
  });

  it('deletes, and deleting or reading a missing file is handled', async () => {
    const key = newStorageKey();
    await storage.put(key, Buffer.from('x'));
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toThrow(StorageNotFoundError);
  });

  it.each([
    '../escape',
    'a/../../escape',
    '/etc/passwd',
    'a\\..\\b',
    '.tmp/x',
    'a/./b',
    'a//b',
    '',
    'a/b/',
    '名字',
    'a\u0000b',
    'x'.repeat(65),
  ])('refuses the key %j', async (key) => {
    await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow(StorageKeyError);
    await expect(storage.get(key)).rejects.toThrow(StorageKeyError);
    await expect(storage.exists(key)).rejects.toThrow(StorageKeyError);
    await expect(storage.delete(key)).rejects.toThrow(StorageKeyError);
  });
});
