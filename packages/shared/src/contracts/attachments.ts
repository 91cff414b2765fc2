import { z } from 'zod';
import { idSchema, refSchema } from './common.js';

/** The image types a photo may have, recognised by their first bytes, never by name or header. */
export const PHOTO_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoMime = (typeof PHOTO_MIME_TYPES)[number];

/** At most this many photos on one monthly report. */
export const MAX_PHOTOS_PER_REPORT = 20;

export const attachmentSchema = z.object({
  id: idSchema,
  /** As uploaded, made harmless (no folders, no control characters); only ever shown as text. */
  filename: z.string(),
  mime: z.string(),
  bytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: refSchema.nullable(),
  createdAt: z.string(),
  /** Where the bytes are read: GET, with the session, for whoever may see the project. */
  url: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** A report's photos, with the limits an upload must respect. */
export const reportPhotosSchema = z.object({
  items: z.array(attachmentSchema),
  /** Photos the report may hold at most. */
  limit: z.number().int(),
  /** Largest accepted file, in bytes. */
  maxBytes: z.number().int(),
});
export type ReportPhotos = z.infer<typeof reportPhotosSchema>;

// ---- Documents of a problem, a formality step or a supervision feedback round --------------------

/** The records that hold documents (besides the report's photos, owner kind 'monthly_report'). */
export const ATTACHMENT_OWNER_KINDS = ['problem', 'formality_step', 'supervision_feedback'] as const;
export type AttachmentOwnerKind = (typeof ATTACHMENT_OWNER_KINDS)[number];

/**
 * The types a document may have, recognised by its first bytes: images, PDF, and Office files
 * (the zip-based ones and the older compound ones, whose bytes say "Office" but not which: their
 * name's extension decides, and any other name is refused).
 */
export const DOCUMENT_MIME_TYPES = [
  ...PHOTO_MIME_TYPES,
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
] as const;
export type DocumentMime = (typeof DOCUMENT_MIME_TYPES)[number];

/** The name endings the upload dialog offers (the server still reads the bytes). */
export const DOCUMENT_EXTENSIONS = [
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.pdf',
  '.docx',
  '.xlsx',
  '.pptx',
  '.doc',
  '.xls',
  '.ppt',
] as const;

/** At most this many files on one problem, formality step or feedback round. */
export const MAX_FILES_PER_OWNER = 20;

export const ownerAttachmentSchema = attachmentSchema.extend({
  /** Whether the caller may delete this file now. */
  mayDelete: z.boolean(),
});
export type OwnerAttachment = z.infer<typeof ownerAttachmentSchema>;

/** The files of one record, with what the caller may do and the limits an upload must respect. */
export const ownerAttachmentsSchema = z.object({
  items: z.array(ownerAttachmentSchema),
  /** Whether the caller may add files now. */
  mayUpload: z.boolean(),
  limit: z.number().int(),
  maxBytes: z.number().int(),
});
export type OwnerAttachments = z.infer<typeof ownerAttachmentsSchema>;
