import { journalVerifyResult } from '@tuijin/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/auth-hook.js';
import { hasRole } from '../../lib/actor.js';
import { forbidden } from '../../lib/app-error.js';
import { verifyJournal } from './journal.service.js';

export const journalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/journal/verify', { schema: { tags: ['journal'], response: { 200: journalVerifyResult } } }, async (req) => {
    if (!hasRole(actorOf(req), 'admin')) throw forbidden();
    return verifyJournal(app.db);
  });
};
