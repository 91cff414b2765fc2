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
