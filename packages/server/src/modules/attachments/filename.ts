import type { DocumentMime } from '@tuijin/shared';

// The name a file was uploaded under is kept only as text to show: it never becomes a path
// (the storage key is the server's own) and it leaves again only inside an encoded header.

const EXTENSIONS: Record<DocumentMime, string[]> = {
  'image/jpeg': ['.jpg', '.jpeg', '.jfif'],
  'image/png': ['.png'],
  'image/webp': ['.webp'],
  'application/pdf': ['.pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['.pptx'],
  'application/msword': ['.doc'],
  'application/vnd.ms-excel': ['.xls'],
  'application/vnd.ms-powerpoint': ['.ppt'],
};

const MAX_LENGTH = 120;

// Control characters, zero-width and direction-changing marks (which can make "gpj.exe" read
// as "exe.jpg"), and the byte-order mark.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** The last segment of a name, without invisible characters, not hidden; may be empty. */
export function baseName(raw: string | undefined): string {
  const name = (raw ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  return name
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
}

/** A harmless file name: no folders, no invisible characters, not hidden, the type's extension. */
export function cleanFilename(raw: string | undefined, mime: DocumentMime): string {
  let name = baseName(raw);
  const extensions = EXTENSIONS[mime];
  const lower = name.toLowerCase();
  if (!extensions.some((e) => lower.endsWith(e)))
    name = `${name || (mime.startsWith('image/') ? 'photo' : 'file')}${extensions[0]}`;
  const chars = [...name];
  if (chars.length > MAX_LENGTH) {
    const ext = extensions.find((e) => lower.endsWith(e)) ?? extensions[0]!;
    name = chars.slice(0, MAX_LENGTH - ext.length).join('') + name.slice(name.length - ext.length);
  }
  return name;
}

/**
 * Content-Disposition with the name twice: an ASCII fallback for old clients and the exact
 * name encoded as RFC 5987 / 6266 say (filename*=UTF-8''…).
 */
export function contentDisposition(filename: string, kind: 'inline' | 'attachment' = 'inline'): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
