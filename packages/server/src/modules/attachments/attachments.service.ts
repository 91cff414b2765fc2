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
import { AppError, notFound } from '../../lib/app-error.js';
import { StorageNotFoundError, type FileStorage } from '../../lib/storage/storage.js';
import { appendEntries, appendEntry } from '../journal/journal.service.js';
import { loadVisible } from '../projects/projects.service.js';
import { assertMayChange } from '../reports/reports.service.js';
import { deleteRefusal, ownerAccess, REPORT_PHOTOS } from './attachment-owners.js';
import * as repo from './attachments.repo.js';
import { baseName } from './filename.js';
import { acceptedImage, NotAnImageError } from './image-type.js';
import {
  discard,
  receiveAll,
  storeChecked,
  type CheckedFile,
  type IncomingFile,
  type UploadLimits,
} from './upload-intake.js';

// Files attached to a record: the photos of a monthly report here, the documents of problems,
// formality steps and feedback rounds in owner-attachments.service.ts. Whoever may see the
// record may see its files; its own rules say who may add and delete them (attachment-owners.ts).
// Bytes go to storage first and the rows follow in one transaction; when anything fails, the
// bytes already stored for the request are removed again.

export { REPORT_PHOTOS };
export type { IncomingFile, UploadLimits };

/** A report named by its project and month (the shape of the report routes). */
export type ReportRef = { projectId: string; period: string };

type ReportOfPeriod = {
  status: string;
  project: Awaited<ReturnType<typeof loadVisible>>['p'];
  reportId: string;
};

/** A report found by project and month: the project's scope first, then the report (404). */
async function reportOfPeriod(tx: Tx, actor: Actor, ref: ReportRef, forUpdate: boolean): Promise<ReportOfPeriod> {
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

export function present(a: repo.AttachmentRow, uploaderName: string | null): Attachment {
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

export const snapshot = (a: repo.AttachmentRow, projectId: string | null): Record<string, unknown> => ({
  ownerKind: a.ownerKind,
  ownerId: a.ownerId,
  projectId,
  filename: a.filename,
  mime: a.mime,
  bytes: a.bytes,
  sha256: a.sha256,
});

/** Writes the rows of stored files and their journal entries (create), in the caller's transaction. */
export async function recordFiles(
  tx: Tx,
  actor: Actor,
  owner: { kind: string; id: string; districtId: string; projectId: string | null },
  stored: readonly CheckedFile[],
): Promise<void> {
  const now = Date.now();
  const rows = await repo.insertAttachments(
    tx,
    stored.map((s, i) => ({
      districtId: owner.districtId,
      ownerKind: owner.kind,
      ownerId: owner.id,
      storageKey: s.key,
      filename: s.filename,
      mime: s.mime,
      bytes: s.bytes,
      sha256: s.sha256,
      uploadedBy: actor.userId,
      // A millisecond apart, so the files of one upload keep the order they were sent in.
      createdAt: new Date(now + i),
    })),
  );
  await appendEntries(
    tx,
    owner.districtId,
    rows.map((r) => ({
      actorUserId: actor.userId,
      entity: 'attachment',
      entityId: r.id,
      action: 'create',
      before: null,
      after: snapshot(r, owner.projectId),
      reason: null,
    })),
  );
}

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

export const tooManyPhotos = () =>
  new AppError('conflict', `a report holds at most ${MAX_PHOTOS_PER_REPORT} photos`, {
    reason: 'photo_limit',
    limit: MAX_PHOTOS_PER_REPORT,
  });
const notAnImage = (err: unknown, filename: string | undefined) =>
  err instanceof NotAnImageError
    ? new AppError('unsupported_media_type', 'only JPEG, PNG and WebP images are accepted', {
        filename: baseName(filename),
        allowed: PHOTO_MIME_TYPES,
      })
    : null;
const imageCheck = (source: AsyncIterable<Buffer>, _: string | undefined, onType: (mime: PhotoMime) => void) =>
  acceptedImage(source, onType);

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
  const stored = await receiveAll(
    storage,
    files,
    room,
    (file) => storeChecked(storage, file, limits, imageCheck, notAnImage),
    tooManyPhotos,
  );
  try {
    return await db.transaction(async (tx) => {
      const owner = await reportOfPeriod(tx, actor, ref, true);
      // The same report still: a month has one report, never replaced, only edited.
      if (owner.reportId !== reportId) throw notFound('report');
      assertMayChange(actor, owner.project, owner.status);
      const count = await repo.countLive(tx, REPORT_PHOTOS, reportId);
      if (count + stored.length > MAX_PHOTOS_PER_REPORT) throw tooManyPhotos();
      const where = { kind: REPORT_PHOTOS, id: reportId, districtId: owner.project.districtId };
      await recordFiles(tx, actor, { ...where, projectId: owner.project.id }, stored);
      return photosOf(tx, reportId, limits);
    });
  } catch (err) {
    await discard(storage, stored);
    throw err;
  }
}

/** The file's row and its bytes, for whoever may see its owner. */
export async function openAttachment(db: Db, storage: FileStorage, actor: Actor, id: string) {
  const row = await repo.findLive(db, id);
  if (!row) throw notFound('attachment');
  await ownerAccess(db, actor, row.a.ownerKind, row.a.ownerId, false);
  try {
    return { attachment: row.a, stream: await storage.get(row.a.storageKey) };
  } catch (err) {
    if (err instanceof StorageNotFoundError) throw new AppError('not_found', 'the file is missing from storage');
    throw err;
  }
}

/**
 * Deletes a file while its owner's rules let the actor (a report: draft, returned or reopened;
 * see attachment-owners.ts for the others). The row stays, marked deleted, with its journal
 * entry; the bytes are removed.
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
    const owner = await ownerAccess(tx, actor, first.a.ownerKind, first.a.ownerId, true);
    const row = await repo.findLive(tx, id, true);
    if (!row) throw notFound('attachment');
    const refusal = deleteRefusal(actor, owner, row.a.uploadedBy);
    if (refusal) throw refusal;
    await repo.markDeleted(tx, id, new Date());
    await appendEntry(tx, {
      districtId: owner.districtId,
      actorUserId: actor.userId,
      entity: 'attachment',
      entityId: id,
      action: 'delete',
      before: snapshot(row.a, owner.projectId),
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
