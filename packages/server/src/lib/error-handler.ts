import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from './app-error.js';

type PgError = { code?: string; constraint?: string };

const MESSAGE_CODE = /^[a-z][a-z0-9_:]*$/;

/** Unique indexes and the field a person would correct. */
const UNIQUE_FIELDS: Record<string, string> = {
  projects_code_uq: 'code',
  users_username_uq: 'username',
  units_district_name_uq: 'name',
  regions_code_uq: 'code',
  tags_district_name_uq: 'name',
};

function body(code: string, message: string, details?: unknown) {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

/** Every failure leaves as { error: { code, message, details } } with its own status. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError & PgError, req, reply) => {
    if (err instanceof AppError) {
      if (err.code === 'too_many_requests') {
        const retry = (err.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
        if (retry) reply.header('retry-after', String(retry));
      }
      return reply.code(err.status).send(body(err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        in: err.validationContext,
        path: v.instancePath
          .split('/')
          .filter(Boolean)
          .map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        // A message code of ours ('project_code_invalid'), else zod's issue code ('too_small'):
        // the web translates codes; zod's English sentences stay out of the answer.
        message: v.message && MESSAGE_CODE.test(v.message) ? v.message : v.keyword,
        ...(v.params && 'minimum' in v.params ? { minimum: v.params.minimum } : {}),
        ...(v.params && 'maximum' in v.params ? { maximum: v.params.maximum } : {}),
      }));
      return reply.code(400).send(body('validation_failed', 'validation failed', details));
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err }, 'response did not match its schema');
      return reply.code(500).send(body('internal', 'internal error'));
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return reply.code(413).send(body('payload_too_large', 'request body too large'));
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return reply.code(415).send(body('unsupported_media_type', 'send application/json'));
    if (err.statusCode === 429) return reply.code(429).send(body('too_many_requests', 'too many requests'));
    if (err.code === '23505') {
      const field = UNIQUE_FIELDS[err.constraint ?? ''];
      return reply
        .code(409)
        .send(body('duplicate', 'a record with this value already exists', field ? { field } : undefined));
    }
    if (err.code === '23503') return reply.code(400).send(body('bad_request', 'a referenced record does not exist'));
    if (err.code === '22P02' || err.code === '22003' || err.code === '22007' || err.code === '22008') {
      return reply.code(400).send(body('bad_request', 'a value is out of range or malformed'));
    }
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.code(err.statusCode).send(body('bad_request', err.message));
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send(body('internal', 'internal error'));
  });
}
