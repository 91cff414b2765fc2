import crypto from 'node:crypto';
import type { Readable } from 'node:stream';

// Where uploaded files live. Services see only this interface; the local disk is the default
// and an object store can take its place later. Keys are made by the server, never taken from
// a file name, and every implementation refuses a key that is not of that form.

export type StoredFile = { key: string; bytes: number; sha256: string };

export type PutOptions = {
  /** Refuse (StorageTooLargeError) once more than this many bytes arrive. */
  maxBytes?: number;
};

export type FileStorage = {
  /**
   * Writes the bytes under the key, atomically: readers see the whole file or none. Counts the
   * bytes and computes their SHA-256 on the way. An existing file under the key is replaced.
   */
  put(key: string, data: Readable | Buffer | AsyncIterable<Buffer>, opts?: PutOptions): Promise<StoredFile>;
  /** The file's bytes; StorageNotFoundError when there is none. */
  get(key: string): Promise<Readable>;
  /** Removes the file; nothing happens when there is none. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
};

export class StorageKeyError extends Error {}
export class StorageNotFoundError extends Error {}
export class StorageTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`more than ${maxBytes} bytes`);
  }
}

/** Segments of letters, digits, '-' and '_' joined by '/': no dot, so no '..', no hidden file. */
const KEY = /^[A-Za-z0-9_-]{1,64}(\/[A-Za-z0-9_-]{1,64}){0,7}$/;

export function assertKey(key: string): void {
  if (typeof key !== 'string' || !KEY.test(key))
    throw new StorageKeyError(`invalid storage key ${JSON.stringify(key)}`);
}

/** A new key: year and month (so no folder grows without end), then a random UUID. */
export function newStorageKey(now = new Date()): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `${now.getUTCFullYear()}/${month}/${crypto.randomUUID()}`;
}
