import {
  listResponse,
  noticeRulesConfigSchema,
  noticeRulesQuery,
  noticeRulesUpdate,
  supervisionAccept,
  supervisionCountsSchema,
  supervisionDetail,
  supervisionItemCreate,
  supervisionItemUpdate,
  supervisionListItem,
  supervisionQuery,
  supervisionReopen,
  supervisionReport,
  supervisionReturn,
} from '@tuijin/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../lib/auth-hook.js';
import { actOnItem, editItem, STEP_ACTIONS, type StepAction } from './supervision-actions.js';
import { getNoticeRules, updateNoticeRules } from './notice-rules.service.js';
import { itemCounts, listItems } from './supervision-lists.js';
import * as service from './supervision.service.js';

const tags = ['supervision'];
const params = z.object({ id: z.uuid() });

const BODIES: Record<StepAction, z.ZodType> = {
  report: supervisionReport,
  accept: supervisionAccept,
  return: supervisionReturn,
  reopen: supervisionReopen,
};

export const supervisionRoutes: FastifyPluginAsyncZod = async (app) => {
  const settings: service.SupervisionSettings = { timeZone: app.config.timezone, clock: app.clock };
  app.post(
    '/supervision-items',
    { schema: { tags, body: supervisionItemCreate, response: { 201: supervisionDetail } } },
    async (req, reply) => reply.code(201).send(await service.createItem(app.db, actorOf(req), settings, req.body)),
  );
  app.get(
    '/supervision-items',
    { schema: { tags, querystring: supervisionQuery, response: { 200: listResponse(supervisionListItem) } } },
    async (req) => listItems(app.db, actorOf(req), settings, req.query),
  );
  app.get(
    '/supervision-items/counts',
    { schema: { tags, querystring: supervisionQuery, response: { 200: supervisionCountsSchema } } },
    async (req) => itemCounts(app.db, actorOf(req), settings, req.query),
  );
  app.get('/supervision-items/:id', { schema: { tags, params, response: { 200: supervisionDetail } } }, async (req) =>
    service.getItem(app.db, actorOf(req), settings, req.params.id),
  );
  app.patch(
    '/supervision-items/:id',
    { schema: { tags, params, body: supervisionItemUpdate, response: { 200: supervisionDetail } } },
    async (req) => editItem(app.db, actorOf(req), settings, req.params.id, req.body),
  );
  for (const action of STEP_ACTIONS) {
    app.post(
      `/supervision-items/:id/${action}`,
      { schema: { tags, params, body: BODIES[action], response: { 200: supervisionDetail } } },
      async (req) => actOnItem(app.db, actorOf(req), settings, req.params.id, action, req.body as never),
    );
  }
  app.get(
    '/supervision-notice-rules',
    { schema: { tags, querystring: noticeRulesQuery, response: { 200: noticeRulesConfigSchema } } },
    async (req) => getNoticeRules(app.db, actorOf(req), req.query.districtId),
  );
  app.put(
    '/supervision-notice-rules',
    { schema: { tags, body: noticeRulesUpdate, response: { 200: noticeRulesConfigSchema } } },
    async (req) => updateNoticeRules(app.db, actorOf(req), req.body),
  );
};
