import { listResponse, planApproveBody, planDraftUpdate, planInput, planQuery, planSchema } from '@tuijin/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../lib/auth-hook.js';
import * as service from './plans.service.js';

const params = z.object({ id: z.uuid() });
const tags = ['plans'];

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  const settings = { timeZone: app.config.timezone, dueDay: app.config.reportDueDay };
  app.get(
    '/projects/:id/plans',
    { schema: { tags, params, querystring: planQuery, response: { 200: listResponse(planSchema) } } },
    async (req) => {
      // Every version of every year: a short list, answered whole.
      const items = await service.listPlans(app.db, actorOf(req), req.params.id, req.query.year);
      return { items, total: items.length, page: 1, pageSize: Math.max(1, items.length) };
    },
  );
  app.post(
    '/projects/:id/plans',
    { schema: { tags, params, body: planInput, response: { 201: planSchema } } },
    async (req, reply) => reply.code(201).send(await service.createPlan(app.db, actorOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/plans/:id',
    { schema: { tags, params, body: planDraftUpdate, response: { 200: planSchema } } },
    async (req) => service.updateDraft(app.db, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/plans/:id/approve',
    { schema: { tags, params, body: planApproveBody, response: { 200: planSchema } } },
    async (req) => service.approvePlan(app.db, actorOf(req), settings, req.params.id, req.body.version),
  );
};
