import type { DocumentMime } from '@tuijin/shared';
import { sniffImage } from './image-type.js';
import { acceptedByHead } from './typed-stream.js';

// A document's type is what its first bytes say it is, as for photos: images, PDF, and Office
// files. A zip is an Office file only when its name says .docx/.xlsx/.pptx and its first entry is
// a part of an Office package; an old compound file (.doc/.xls/.ppt) only under such a name. The
// Content-Type the browser sent is never read, so an .exe renamed .pdf is still refused.

/** Bytes read before deciding: enough for the zip's first local header and its entry name. */
export const DOCUMENT_HEAD_BYTES = 128;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

const OOXML: Record<string, DocumentMime> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};
const COMPOUND_TYPES: Record<string, DocumentMime> = {
  '.doc': 'application/msword',
  '.xls': 'application/vnd.ms-excel',
  '.ppt': 'application/vnd.ms-powerpoint',
};

/** Names an Office package's parts start with; its first entry is one of them. */
const OFFICE_PARTS = /^(\[Content_Types\]\.xml|_rels\/|docProps\/|word\/|xl\/|ppt\/|customXml\/)/;

const startsWith = (head: Uint8Array, bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);

const extensionOf = (filename: string | undefined) => /\.[a-z]{3,4}$/.exec((filename ?? '').toLowerCase())?.[0] ?? '';

/** The name of a zip's first entry (its local header at offset 0), or null when not all of it is here. */
export function firstZipEntry(head: Uint8Array): string | null {
  if (head.length < 30 || !startsWith(head, ZIP)) return null;
  const nameLength = head[26]! | (head[27]! << 8);
  if (head.length < 30 + nameLength) return null;
  return Buffer.from(head.subarray(30, 30 + nameLength)).toString('latin1');
}

/** The accepted type of a document from its first bytes (and, for Office files, its name); null otherwise. */
export function sniffDocument(head: Uint8Array, filename: string | undefined): DocumentMime | null {
  const image = sniffImage(head);
  if (image) return image;
  if (startsWith(head, PDF)) return 'application/pdf';
  const ext = extensionOf(filename);
  if (startsWith(head, ZIP)) {
    const entry = firstZipEntry(head);
    return OOXML[ext] && entry !== null && OFFICE_PARTS.test(entry) ? OOXML[ext] : null;
  }
  if (startsWith(head, COMPOUND)) return COMPOUND_TYPES[ext] ?? null;
  return null;
}

export class NotAcceptedTypeError extends Error {}

/**
 * Passes the bytes through once their first ones show an accepted document; reports the type
 * before any byte goes on, and fails (NotAcceptedTypeError) otherwise.
 */
export function acceptedDocument(
  source: AsyncIterable<Buffer>,
  filename: string | undefined,
  onType: (mime: DocumentMime) => void,
): AsyncGenerator<Buffer> {
  return acceptedByHead(
    source,
    DOCUMENT_HEAD_BYTES,
    (head) => sniffDocument(head, filename),
    onType,
    () => new NotAcceptedTypeError('not an accepted document type'),
  );
}
