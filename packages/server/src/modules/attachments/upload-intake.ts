import type { Readable } from 'node:stream';
import type { DocumentMime } from '@tuijin/shared';
import { AppError, validation } from '../../lib/app-error.js';
import { newStorageKey, StorageTooLargeError, type FileStorage, type StoredFile } from '../../lib/storage/storage.js';
import { baseName, cleanFilename } from './filename.js';

// How the files of one upload request arrive: each is typed by its first bytes while it streams
// to storage, and the request keeps all of its files or none. What the caller then writes in its
// transaction is its own; when that fails, it discards what was stored here.

/** One file of an upload as it arrives, before anything about it is trusted. */
export type IncomingFile = { filename: string | undefined; stream: Readable; truncated(): boolean };
export type UploadLimits = { maxBytes: number };
export type CheckedFile<M extends DocumentMime = DocumentMime> = StoredFile & { mime: M; filename: string };

/** Passes the bytes on once their first ones show an accepted type (reported), or throws. */
export type TypeCheck<M extends DocumentMime> = (
  source: AsyncIterable<Buffer>,
  filename: string | undefined,
  onType: (mime: M) => void,
) => AsyncIterable<Buffer>;

export const tooLarge = (maxBytes: number, filename?: string) =>
  new AppError('payload_too_large', `a file may have at most ${maxBytes} bytes`, {
    maxBytes,
    ...(filename === undefined ? {} : { filename: baseName(filename) }),
  });

/** Stores one file if its first bytes pass the check and it is not too large. */
export async function storeChecked<M extends DocumentMime>(
  storage: FileStorage,
  file: IncomingFile,
  limits: UploadLimits,
  check: TypeCheck<M>,
  refused: (err: unknown, filename: string | undefined) => AppError | null,
): Promise<CheckedFile<M>> {
  const key = newStorageKey();
  const seen: { mime?: M } = {};
  let put: StoredFile;
  try {
    put = await storage.put(
      key,
      check(file.stream, file.filename, (mime) => (seen.mime = mime)),
      { maxBytes: limits.maxBytes },
    );
  } catch (err) {
    const refusal = refused(err, file.filename);
    if (refusal) throw refusal;
    if (err instanceof StorageTooLargeError) throw tooLarge(limits.maxBytes, file.filename);
    throw err;
  }
  // The multipart reader stops a file at the limit and says so; what arrived is not the file.
  if (file.truncated() || !seen.mime) {
    await storage.delete(key);
    throw tooLarge(limits.maxBytes, file.filename);
  }
  return { ...put, mime: seen.mime, filename: cleanFilename(file.filename, seen.mime) };
}

/** Removes files stored for a request that failed afterwards. */
export async function discard(storage: FileStorage, stored: readonly StoredFile[]): Promise<void> {
  await Promise.all(stored.map((s) => storage.delete(s.key).catch(() => undefined)));
}

/**
 * Reads every file of a request, storing at most `room` of them; the first failure wins, the
 * rest is read and dropped (so the answer is heard), and what was stored is removed again.
 */
export async function receiveAll<T extends StoredFile>(
  storage: FileStorage,
  files: AsyncIterable<IncomingFile>,
  room: number,
  store: (file: IncomingFile) => Promise<T>,
  tooMany: () => AppError,
): Promise<T[]> {
  const stored: T[] = [];
  let failure: unknown = null;
  try {
    for await (const file of files) {
      if (failure === null && stored.length >= room) failure = tooMany();
      if (failure !== null) {
        file.stream.resume();
        continue;
      }
      try {
        stored.push(await store(file));
      } catch (err) {
        failure = err;
        file.stream.resume();
      }
    }
  } catch (err) {
    failure ??= err;
  }
  if (failure === null && !stored.length) failure = validation(['files'], 'required');
  if (failure !== null) {
    await discard(storage, stored);
    throw failure;
  }
  return stored;
}
