import {
  DOCUMENT_EXTENSIONS,
  MAX_FILES_PER_OWNER,
  type AttachmentOwnerKind,
  type OwnerAttachments,
} from '@tuijin/shared';
import type { Db, Tx } from '../../db/database.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import type { FileStorage } from '../../lib/storage/storage.js';
import { deleteRefusal, ownerAccess, type OwnerAccess } from './attachment-owners.js';
import * as repo from './attachments.repo.js';
import { present, recordFiles } from './attachments.service.js';
import { acceptedDocument, NotAcceptedTypeError } from './document-type.js';
import { baseName } from './filename.js';
import { discard, receiveAll, storeChecked, type IncomingFile, type UploadLimits } from './upload-intake.js';

// The documents of a problem, a formality step or a supervision feedback round: images, PDF and
// Office files, typed by their bytes, at most MAX_FILES_PER_OWNER per record. Who sees and who
// may add or delete follows each owner's own rules (attachment-owners.ts).

export const tooManyFiles = () =>
  new AppError('conflict', `a record holds at most ${MAX_FILES_PER_OWNER} files`, {
    reason: 'file_limit',
    limit: MAX_FILES_PER_OWNER,
  });

const notAccepted = (err: unknown, filename: string | undefined) =>
  err instanceof NotAcceptedTypeError
    ? new AppError('unsupported_media_type', 'only images, PDF and Office documents are accepted', {
        reason: 'file_type',
        filename: baseName(filename),
        allowed: DOCUMENT_EXTENSIONS,
      })
    : null;

async function filesOf(
  tx: Tx,
  actor: Actor,
  kind: AttachmentOwnerKind,
  id: string,
  owner: OwnerAccess,
  limits: UploadLimits,
): Promise<OwnerAttachments> {
  const rows = await repo.listLive(tx, kind, id);
  return {
    items: rows.map((r) => ({
      ...present(r.a, r.uploaderName),
      mayDelete: deleteRefusal(actor, owner, r.a.uploadedBy) === null,
    })),
    mayUpload: owner.refusal === null && rows.length < MAX_FILES_PER_OWNER,
    limit: MAX_FILES_PER_OWNER,
    maxBytes: limits.maxBytes,
  };
}

/** The record's files, for whoever sees the record (404 otherwise). */
export async function listOwnerFiles(
  db: Db,
  actor: Actor,
  kind: AttachmentOwnerKind,
  id: string,
  limits: UploadLimits,
): Promise<OwnerAttachments> {
  const owner = await ownerAccess(db, actor, kind, id, false);
  return filesOf(db, actor, kind, id, owner, limits);
}

/**
 * Adds files to a record the actor may add to: all of the request's files or none. Checked before
 * the first byte is read (who, the record's state, how many already) and again, with the record
 * locked, before the rows and their journal entries are written.
 */
export async function uploadOwnerFiles(
  db: Db,
  storage: FileStorage,
  actor: Actor,
  kind: AttachmentOwnerKind,
  id: string,
  files: AsyncIterable<IncomingFile>,
  limits: UploadLimits,
): Promise<OwnerAttachments> {
  const before = await ownerAccess(db, actor, kind, id, false);
  if (before.refusal) throw before.refusal;
  const room = MAX_FILES_PER_OWNER - (await repo.countLive(db, kind, id));
  const stored = await receiveAll(
    storage,
    files,
    room,
    (file) => storeChecked(storage, file, limits, acceptedDocument, notAccepted),
    tooManyFiles,
  );
  try {
    return await db.transaction(async (tx) => {
      const owner = await ownerAccess(tx, actor, kind, id, true);
      if (owner.refusal) throw owner.refusal;
      if ((await repo.countLive(tx, kind, id)) + stored.length > MAX_FILES_PER_OWNER) throw tooManyFiles();
      await recordFiles(tx, actor, { kind, id, districtId: owner.districtId, projectId: owner.projectId }, stored);
      return filesOf(tx, actor, kind, id, owner, limits);
    });
  } catch (err) {
    await discard(storage, stored);
    throw err;
  }
}
