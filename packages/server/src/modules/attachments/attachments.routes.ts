import multipart from '@fastify/multipart';
import { MAX_FILES_PER_OWNER, MAX_PHOTOS_PER_REPORT, periodKeySchema, reportPhotosSchema } from '@tuijin/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../lib/auth-hook.js';
import { openFileStorage } from '../../lib/storage/open-file-storage.js';
import * as service from './attachments.service.js';
import { contentDisposition } from './filename.js';
import { drain, filesOf } from './multipart.js';
import { ownerAttachmentRoutes } from './owner-attachments.routes.js';

const tags = ['attachments'];
const params = z.object({ id: z.uuid() });
/** A report as the report routes name it: its project and its month. */
const reportParams = z.object({ id: z.uuid(), period: periodKeySchema });
const reportRef = (p: z.infer<typeof reportParams>): service.ReportRef => ({ projectId: p.id, period: p.period });
const MAX_FILES = Math.max(MAX_PHOTOS_PER_REPORT, MAX_FILES_PER_OWNER);

export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const storage = openFileStorage(app.config);
  const limits = { maxBytes: app.config.maxUploadBytes };

  app.get(
    '/projects/:id/reports/:period/photos',
    { schema: { tags, params: reportParams, response: { 200: reportPhotosSchema } } },
    async (req) => service.listReportPhotos(app.db, actorOf(req), reportRef(req.params), limits),
  );

  // The multipart reader exists only here: no other routes accept multipart bodies.
  const uploads: FastifyPluginAsyncZod = async (upload) => {
    await upload.register(multipart, {
      limits: {
        fileSize: limits.maxBytes,
        files: MAX_FILES + 1,
        fields: 10,
        fieldSize: 1024,
        parts: MAX_FILES + 11,
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
            filesOf(req, limits.maxBytes, service.tooManyPhotos),
            limits,
          );
          return reply.code(201).send(photos);
        } catch (err) {
          drain(req);
          throw err;
        }
      },
    );
    await upload.register(ownerAttachmentRoutes(storage, limits));
  };
  await app.register(uploads);

  app.get(
    '/attachments/:id',
    {
      schema: {
        tags,
        params,
        description:
          'The bytes of the file, for whoever may see the record it belongs to: images inline, documents as a download.',
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
        .header(
          'content-disposition',
          contentDisposition(a.filename, a.mime.startsWith('image/') ? 'inline' : 'attachment'),
        );
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
