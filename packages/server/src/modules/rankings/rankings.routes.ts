import { rankingQuery, rankingSchema } from '@tuijin/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/auth-hook.js';
import { ranking, type RankingSettings } from './rankings.service.js';

export const rankingRoutes: FastifyPluginAsyncZod = async (app) => {
  const settings: RankingSettings = {
    timeZone: app.config.timezone,
    dueDay: app.config.reportDueDay,
    clock: app.clock,
  };
  app.get(
    '/rankings',
    { schema: { tags: ['rankings'], querystring: rankingQuery, response: { 200: rankingSchema } } },
    async (req) => ranking(app.db, actorOf(req), settings, req.query),
  );
};
