import type { Readable } from 'node:stream';
import {
  MAX_PHOTOS_PER_REPORT,
  parsePeriodKey,
  periodFirstDay,
  PHOTO_MIME_TYPES,
  type Attachment,
  type PhotoMime,
  type ReportPhotos,
} from '@tuijin/shared';
import type { Db, Tx } from '../../db/database.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, notFound, validation } from '../../lib/app-error.js';
import {
  newStorageKey,
  StorageNotFoundError,
  StorageTooLargeError,
  type FileStorage,
  type StoredFile,
} from '../../lib/storage/storage.js';
import { appendEntries, appendEntry } from '../journal/journal.service.js';
import { loadVisible } from '../projects/projects.service.js';
import { assertMayChange } from '../reports/reports.service.js';
import * as repo from './attachments.repo.js';
import { baseName, cleanFilename } from './filename.js';
import { acceptedImage, NotAnImageError } from './image-type.js';

// Files attached to a record, for now the photos of a monthly report. Whoever may see the
// record's project may see its files; whoever may change the record may add and delete them.
// Bytes go to storage first and the rows follow in one transaction; when anything fails, the
// bytes already stored for the request are removed again.

export const REPORT_PHOTOS = 'monthly_report';

/** One file of an upload as it arrives, before anything about it is trusted. */
export type IncomingFile = { filename: string | undefined; stream: Readable; truncated(): boolean };
export type UploadLimits = { maxBytes: number };

type Owner = {
  status: string;
  project: Awaited<ReturnType<typeof loadVisible>>['p'];
};

/** A report named by its project and month (the shape of the report routes). */
export type ReportRef = { projectId: string; period: string };

/** The report and its project as the actor may see them (404 otherwise); locked when asked. */
async function reportOwner(tx: Tx, actor: Actor, reportId: string, forUpdate: boolean): Promise<Owner> {
  const first = await repo.findReport(tx, reportId);
  if (!first) throw notFound('report');
  // Project before report, the order the report workflow locks them in.
  const { p } = await loadVisible(tx, actor, first.projectId, forUpdate);
  const report = forUpdate ? await repo.findReport(tx, reportId, true) : first;
  if (!report) throw notFound('report');
  return { status: report.status, project: p };
}

/** The same, found by project and month: the project's scope first, then the report (404). */
async function reportOfPeriod(
  tx: Tx,
  actor: Actor,
  ref: ReportRef,
  forUpdate: boolean,
): Promise<Owner & { reportId: string }> {
  const { p } = await loadVisible(tx, actor, ref.projectId, forUpdate);
  const report = await repo.findReportOfPeriod(
    tx,
    ref.projectId,
    periodFirstDay(parsePeriodKey(ref.period)),
    forUpdate,
  );
  if (!report) throw notFound('report');
  return { status: report.status, project: p, reportId: report.id };
}

async function ownerOf(tx: Tx, actor: Actor, a: repo.AttachmentRow, forUpdate: boolean): Promise<Owner> {
  if (a.ownerKind === REPORT_PHOTOS) return reportOwner(tx, actor, a.ownerId, forUpdate);
  throw notFound('attachment');
}

function present(a: repo.AttachmentRow, uploaderName: string | null): Attachment {
  return {
    id: a.id,
    filename: a.filename,
    mime: a.mime,
    bytes: a.bytes,
    sha256: a.sha256,
    uploadedBy: a.uploadedBy ? { id: a.uploadedBy, name: uploaderName ?? '' } : null,
    createdAt: a.createdAt.toISOString(),
    url: `/api/v1/attachments/${a.id}`,
  };
}

const snapshot = (a: repo.AttachmentRow, projectId: string): Record<string, unknown> => ({
  ownerKind: a.ownerKind,
  ownerId: a.ownerId,
  projectId,
  filename: a.filename,
  mime: a.mime,
  bytes: a.bytes,
  sha256: a.sha256,
});

async function photosOf(tx: Tx, reportId: string, limits: UploadLimits): Promise<ReportPhotos> {
  const rows = await repo.listLive(tx, REPORT_PHOTOS, reportId);
  return {
    items: rows.map((r) => present(r.a, r.uploaderName)),
    limit: MAX_PHOTOS_PER_REPORT,
    maxBytes: limits.maxBytes,
  };
}

export async function listReportPhotos(db: Db, actor: Actor, ref: ReportRef, limits: UploadLimits) {
  const { reportId } = await reportOfPeriod(db, actor, ref, false);
  return photosOf(db, reportId, limits);
}

const tooMany = () =>
  new AppError('conflict', `a report holds at most ${MAX_PHOTOS_PER_REPORT} photos`, {
    reason: 'photo_limit',
    limit: MAX_PHOTOS_PER_REPORT,
  });
export const tooLarge = (maxBytes: number, filename?: string) =>
  new AppError('payload_too_large', `a photo may have at most ${maxBytes} bytes`, {
    maxBytes,
    ...(filename === undefined ? {} : { filename: baseName(filename) }),
  });
const notAnImage = (filename: string | undefined) =>
  new AppError('unsupported_media_type', 'only JPEG, PNG and WebP images are accepted', {
    filename: baseName(filename),
    allowed: PHOTO_MIME_TYPES,
  });

type StoredPhoto = StoredFile & { mime: PhotoMime; filename: string };

/** Stores one file if its first bytes show an accepted image and it is not too large. */
async function storePhoto(storage: FileStorage, file: IncomingFile, limits: UploadLimits): Promise<StoredPhoto> {
  const key = newStorageKey();
  const seen: { mime?: PhotoMime } = {};
  let put: StoredFile;
  try {
    put = await storage.put(
      key,
      acceptedImage(file.stream, (mime) => (seen.mime = mime)),
      { maxBytes: limits.maxBytes },
    );
  } catch (err) {
    if (err instanceof NotAnImageError) throw notAnImage(file.filename);
    if (err instanceof StorageTooLargeError) throw tooLarge(limits.maxBytes, file.filename);
    throw err;
  }
  // The multipart reader stops a file at the limit and says so; what arrived is not the photo.
  if (file.truncated() || !seen.mime) {
    await storage.delete(key);
    throw tooLarge(limits.maxBytes, file.filename);
  }
  return { ...put, mime: seen.mime, filename: cleanFilename(file.filename, seen.mime) };
}

/**
 * Adds photos to a report the actor may change: all of the request's files or none. Checked
 * before the first byte is read (who, which state, how many already) and again, locked, before
 * the rows are written.
 */
export async function uploadReportPhotos(
  db: Db,
  storage: FileStorage,
  actor: Actor,
  ref: ReportRef,
  files: AsyncIterable<IncomingFile>,
  limits: UploadLimits,
): Promise<ReportPhotos> {
  const before = await reportOfPeriod(db, actor, ref, false);
  assertMayChange(actor, before.project, before.status);
  const { reportId } = before;
  const room = MAX_PHOTOS_PER_REPORT - (await repo.countLive(db, REPORT_PHOTOS, reportId));
  const stored: StoredPhoto[] = [];
  let failure: unknown = null;
  try {
    for await (const file of files) {
      if (failure === null && stored.length >= room) failure = tooMany();
      if (failure !== null) {
        // Read and dropped, so the rest of the request still arrives and the answer is heard.
        file.stream.resume();
        continue;
      }
      try {
        stored.push(await storePhoto(storage, file, limits));
      } catch (err) {
        failure = err;
        file.stream.resume();
      }
    }
  } catch (err) {
    failure ??= err;
  }
  try {
    if (failure !== null) throw failure;
    if (!stored.length) throw validation(['files'], 'required');
    return await db.transaction(async (tx) => {
      const owner = await reportOfPeriod(tx, actor, ref, true);
      // The same report still: a month has one report, never replaced, only edited.
      if (owner.reportId !== reportId) throw notFound('report');
      assertMayChange(actor, owner.project, owner.status);
      const count = await repo.countLive(tx, REPORT_PHOTOS, reportId);
      if (count + stored.length > MAX_PHOTOS_PER_REPORT) throw tooMany();
      const now = Date.now();
      const rows = await repo.insertAttachments(
        tx,
        stored.map((s, i) => ({
          districtId: owner.project.districtId,
          ownerKind: REPORT_PHOTOS,
          ownerId: reportId,
          storageKey: s.key,
          filename: s.filename,
          mime: s.mime,
          bytes: s.bytes,
          sha256: s.sha256,
          uploadedBy: actor.userId,
          // A millisecond apart, so the photos of one upload keep the order they were sent in.
          createdAt: new Date(now + i),
        })),
      );
      await appendEntries(
        tx,
        owner.project.districtId,
        rows.map((r) => ({
          actorUserId: actor.userId,
          entity: 'attachment',
          entityId: r.id,
          action: 'create',
          before: null,
          after: snapshot(r, owner.project.id),
          reason: null,
        })),
      );
      return photosOf(tx, reportId, limits);
    });
  } catch (err) {
    await Promise.all(stored.map((s) => storage.delete(s.key).catch(() => undefined)));
    throw err;
  }
}

/** The file's row and its bytes, for whoever may see the project of its owner. */
export async function openAttachment(db: Db, storage: FileStorage, actor: Actor, id: string) {
  const row = await repo.findLive(db, id);
  if (!row) throw notFound('attachment');
  await ownerOf(db, actor, row.a, false);
  try {
    return { attachment: row.a, stream: await storage.get(row.a.storageKey) };
  } catch (err) {
    if (err instanceof StorageNotFoundError) throw new AppError('not_found', 'the file is missing from storage');
    throw err;
  }
}

/**
 * Deletes a file while its owner may be changed by the actor (a report: draft, returned or
 * reopened). The row stays, marked deleted, with its journal entry; the bytes are removed.
 */
export async function deleteAttachment(
  db: Db,
  storage: FileStorage,
  actor: Actor,
  id: string,
): Promise<{ orphanKey: string | null }> {
  const key = await db.transaction(async (tx) => {
    const first = await repo.findLive(tx, id);
    if (!first) throw notFound('attachment');
    const owner = await ownerOf(tx, actor, first.a, true);
    assertMayChange(actor, owner.project, owner.status);
    const row = await repo.findLive(tx, id, true);
    if (!row) throw notFound('attachment');
    await repo.markDeleted(tx, id, new Date());
    await appendEntry(tx, {
      districtId: owner.project.districtId,
      actorUserId: actor.userId,
      entity: 'attachment',
      entityId: id,
      action: 'delete',
      before: snapshot(row.a, owner.project.id),
      after: null,
      reason: null,
    });
    return row.a.storageKey;
  });
  try {
    await storage.delete(key);
    return { orphanKey: null };
  } catch {
    // The deletion stands; the bytes stay behind under a key no row names.
    return { orphanKey: key };
  }
}
