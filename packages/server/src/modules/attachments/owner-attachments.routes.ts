import { MAX_FILES_PER_OWNER, ownerAttachmentsSchema, type AttachmentOwnerKind } from '@tuijin/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../lib/auth-hook.js';
import type { FileStorage } from '../../lib/storage/storage.js';
import { drain, filesOf } from './multipart.js';
import * as service from './owner-attachments.service.js';
import type { UploadLimits } from './upload-intake.js';

const tags = ['attachments'];
const params = z.object({ id: z.uuid() });

/** Where each owner's files are listed and uploaded; reading and deleting one is /attachments/:id. */
const OWNERS: [string, AttachmentOwnerKind, string][] = [
  ['/problems/:id/attachments', 'problem', 'a problem'],
  ['/formality-steps/:id/attachments', 'formality_step', 'a formality step'],
  ['/supervision-feedback/:id/attachments', 'supervision_feedback', 'a supervision feedback round'],
];

/** The documents routes; registered inside the scope that reads multipart bodies. */
export function ownerAttachmentRoutes(storage: FileStorage, limits: UploadLimits): FastifyPluginAsyncZod {
  return async (app) => {
    for (const [url, kind, what] of OWNERS) {
      app.get(
        url,
        {
          schema: {
            tags,
            params,
            description: `The files of ${what}, for whoever sees it, with whether the caller may add or delete.`,
            response: { 200: ownerAttachmentsSchema },
          },
        },
        async (req) => service.listOwnerFiles(app.db, actorOf(req), kind, req.params.id, limits),
      );
      app.post(
        url,
        {
          schema: {
            tags,
            params,
            consumes: ['multipart/form-data'],
            description: `One or more images, PDF or Office files (any field name; typed by their bytes), each at most TUIJIN_MAX_UPLOAD_MB; at most ${MAX_FILES_PER_OWNER} per record. Answers with all of the files of ${what}.`,
            response: { 201: ownerAttachmentsSchema },
          },
        },
        async (req, reply) => {
          try {
            const files = filesOf(req, limits.maxBytes, service.tooManyFiles);
            const body = await service.uploadOwnerFiles(
              app.db,
              storage,
              actorOf(req),
              kind,
              req.params.id,
              files,
              limits,
            );
            return reply.code(201).send(body);
          } catch (err) {
            drain(req);
            throw err;
          }
        },
      );
    }
  };
}
