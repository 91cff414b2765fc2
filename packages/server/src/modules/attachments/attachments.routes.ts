import multipart from '@fastify/multipart';
import { MAX_PHOTOS_PER_REPORT, periodKeySchema, reportPhotosSchema } from '@tuijin/shared';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error.js';
import { actorOf } from '../../lib/auth-hook.js';
import { openFileStorage } from '../../lib/storage/open-file-storage.js';
import * as service from './attachments.service.js';
import { contentDisposition } from './filename.js';

const tags = ['attachments'];
const params = z.object({ id: z.uuid() });
/** A report as the report routes name it: its project and its month. */
const reportParams = z.object({ id: z.uuid(), period: periodKeySchema });
const reportRef = (p: z.infer<typeof reportParams>): service.ReportRef => ({ projectId: p.id, period: p.period });

/** The multipart reader's own refusals, as the error envelope of the API. */
function multipartError(err: unknown, maxBytes: number): unknown {
  const code = (err as { code?: string } | null)?.code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return service.tooLarge(maxBytes);
    case 'FST_FILES_LIMIT':
      return new AppError('conflict', `a report holds at most ${MAX_PHOTOS_PER_REPORT} photos`, {
        reason: 'photo_limit',
        limit: MAX_PHOTOS_PER_REPORT,
      });
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new AppError('payload_too_large', 'too many parts in the upload');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('unsupported_media_type', 'send the photos as multipart/form-data');
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
async function* filesOf(req: FastifyRequest, maxBytes: number): AsyncGenerator<service.IncomingFile> {
  try {
    for await (const part of req.parts()) {
      if (part.type !== 'file') continue;
      yield { filename: part.filename, stream: part.file, truncated: () => part.file.truncated };
    }
  } catch (err) {
    throw multipartError(err, maxBytes);
  }
}

export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const storage = openFileStorage(app.config);
  const limits = { maxBytes: app.config.maxUploadBytes };

  app.get(
    '/projects/:id/reports/:period/photos',
    { schema: { tags, params: reportParams, response: { 200: reportPhotosSchema } } },
    async (req) => service.listReportPhotos(app.db, actorOf(req), reportRef(req.params), limits),
  );

  // The multipart reader exists only here: no other route accepts multipart bodies.
  const uploads: FastifyPluginAsyncZod = async (upload) => {
    await upload.register(multipart, {
      limits: {
        fileSize: limits.maxBytes,
        files: MAX_PHOTOS_PER_REPORT + 1,
        fields: 10,
        fieldSize: 1024,
        parts: MAX_PHOTOS_PER_REPORT + 11,
        headerPairs: 50,
      },
    });
    upload.post(
      '/projects/:id/reports/:period/photos',
      {
        schema: {
          tags,
          params: reportParams,
          consumes: ['multipart/form-data'],
          description: `One or more JPEG, PNG or WebP photos (any field name), each at most TUIJIN_MAX_UPLOAD_MB; at most ${MAX_PHOTOS_PER_REPORT} per report. The report must have been saved (a draft at least). Answers with all of the report's photos.`,
          response: { 201: reportPhotosSchema },
        },
      },
      async (req, reply) => {
        try {
          const photos = await service.uploadReportPhotos(
            app.db,
            storage,
            actorOf(req),
            reportRef(req.params),
            filesOf(req, limits.maxBytes),
            limits,
          );
          return reply.code(201).send(photos);
        } catch (err) {
          // What the browser is still sending of a refused upload is read and dropped rather
          // than left stalled on the connection.
          if (!req.raw.complete) {
            req.raw.unpipe();
            req.raw.resume();
          }
          throw err;
        }
      },
    );
  };
  await app.register(uploads);

  app.get(
    '/attachments/:id',
    {
      schema: {
        tags,
        params,
        description: 'The bytes of the file, for whoever may see the project it belongs to.',
      },
    },
    async (req, reply) => {
      const { attachment: a, stream } = await service.openAttachment(app.db, storage, actorOf(req), req.params.id);
      const etag = `"${a.sha256}"`;
      reply
        .header('etag', etag)
        // Private: a shared cache must never hand one person's file to another.
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('content-disposition', contentDisposition(a.filename));
      if (req.headers['if-none-match'] === etag) {
        stream.destroy();
        return reply.code(304).send();
      }
      return reply.type(a.mime).header('content-length', String(a.bytes)).send(stream);
    },
  );

  app.delete('/attachments/:id', { schema: { tags, params, response: { 204: z.null() } } }, async (req, reply) => {
    const { orphanKey } = await service.deleteAttachment(app.db, storage, actorOf(req), req.params.id);
    if (orphanKey) req.log.warn({ key: orphanKey }, 'deleted attachment left its file in storage');
    return reply.code(204).send(null);
  });
};
