import type { PhotoMime } from '@tuijin/shared';
import { acceptedByHead } from './typed-stream.js';

// A photo's type is what its first bytes say it is. The name and the Content-Type the browser
// sent are ignored: an SVG or an HTML page named photo.jpg is still refused.

/** Bytes needed to tell the accepted types apart. */
export const HEAD_BYTES = 12;

const startsWith = (head: Uint8Array, bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);

/** JPEG, PNG or WebP by magic number; null for anything else. */
export function sniffImage(head: Uint8Array): PhotoMime | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // RIFF, four bytes of length, WEBP.
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

export class NotAnImageError extends Error {}

/**
 * Passes the bytes through once their first ones show an accepted image; reports the type
 * before any byte goes on, and fails (NotAnImageError) otherwise.
 */
export function acceptedImage(
  source: AsyncIterable<Buffer>,
  onType: (mime: PhotoMime) => void,
): AsyncGenerator<Buffer> {
  return acceptedByHead(
    source,
    HEAD_BYTES,
    sniffImage,
    onType,
    () => new NotAnImageError('not a JPEG, PNG or WebP image'),
  );
}
