import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error.js';
import { tooLarge, type IncomingFile } from './upload-intake.js';

// The multipart reader's files as the upload services take them, and its own refusals as the
// error envelope of the API.

function multipartError(err: unknown, maxBytes: number, tooMany: () => AppError): unknown {
  const code = (err as { code?: string } | null)?.code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge(maxBytes);
    case 'FST_FILES_LIMIT':
      return tooMany();
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new AppError('payload_too_large', 'too many parts in the upload');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('unsupported_media_type', 'send the files as multipart/form-data');
    case 'FST_PROTO_VIOLATION':
    case 'FST_MP_PREMATURE_CLOSE':
      return new AppError('bad_request', 'malformed multipart upload');
    default:
      return err instanceof Error && /multipart|boundary/i.test(err.message)
        ? new AppError('bad_request', 'malformed multipart upload')
        : err;
  }
}

/** The files of a multipart request, one at a time, as they arrive; other fields are ignored. */
export async function* filesOf(
  req: FastifyRequest,
  maxBytes: number,
  tooMany: () => AppError,
): AsyncGenerator<IncomingFile> {
  try {
    for await (const part of req.parts()) {
      if (part.type !== 'file') continue;
      yield { filename: part.filename, stream: part.file, truncated: () => part.file.truncated };
    }
  } catch (err) {
    throw multipartError(err, maxBytes, tooMany);
  }
}

/** What the browser is still sending of a refused upload is read and dropped, not left stalled. */
export function drain(req: FastifyRequest): void {
  if (!req.raw.complete) {
    req.raw.unpipe();
    req.raw.resume();
  }
}
