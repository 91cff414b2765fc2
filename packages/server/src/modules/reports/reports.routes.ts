import {
  listResponse,
  periodKeySchema,
  reportDraft,
  reportSchema,
  reportTransition,
  reportTransitionWithReason,
  reviewQueueItem,
  reviewQueueQuery,
} from '@tuijin/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../lib/auth-hook.js';
import * as service from './reports.service.js';

const tags = ['reports'];
const params = z.object({ id: z.uuid(), period: periodKeySchema });
const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const settings = { timeZone: app.config.timezone, dueDay: app.config.reportDueDay };

  app.get(
    '/reports/review-queue',
    { schema: { tags, querystring: reviewQueueQuery, response: { 200: listResponse(reviewQueueItem) } } },
    async (req) => service.reviewQueue(app.db, actorOf(req), req.query),
  );
  app.get(
    '/projects/:id/reports',
    {
      schema: {
        tags,
        params: z.object({ id: z.uuid() }),
        querystring: yearQuery,
        response: { 200: listResponse(reportSchema) },
      },
    },
    async (req) => {
      const items = await service.listReports(app.db, actorOf(req), req.params.id, req.query.year);
      return { items, total: items.length, page: 1, pageSize: 12 };
    },
  );
  app.get('/projects/:id/reports/:period', { schema: { tags, params, response: { 200: reportSchema } } }, async (req) =>
    service.getReport(app.db, actorOf(req), req.params.id, req.params.period),
  );
  app.put(
    '/projects/:id/reports/:period',
    { schema: { tags, params, body: reportDraft, response: { 200: reportSchema } } },
    async (req) => service.saveDraft(app.db, actorOf(req), settings, req.params.id, req.params.period, req.body),
  );
  for (const step of ['submit', 'accept'] as const) {
    app.post(
      `/projects/:id/reports/:period/${step}`,
      { schema: { tags, params, body: reportTransition, response: { 200: reportSchema } } },
      async (req) =>
        service.transition(app.db, actorOf(req), settings, req.params.id, req.params.period, step, req.body),
    );
  }
  for (const step of ['return', 'reopen'] as const) {
    app.post(
      `/projects/:id/reports/:period/${step}`,
      { schema: { tags, params, body: reportTransitionWithReason, response: { 200: reportSchema } } },
      async (req) =>
        service.transition(app.db, actorOf(req), settings, req.params.id, req.params.period, step, req.body),
    );
  }
};
