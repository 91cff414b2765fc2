import {
  applyTemplateBody,
  approverQueueItem,
  approverQueueQuery,
  calendarQuery,
  calendarSchema,
  calendarUpdate,
  formalityStepActionBody,
  formalityStepSchema,
  formalityStepUpdate,
  formalityTemplateCreate,
  formalityTemplateSchema,
  formalityTemplateUpdate,
  listResponse,
  projectFormalitiesSchema,
} from '@tuijin/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../lib/auth-hook.js';
import { queue } from './formality-queue.service.js';
import * as templates from './formality-templates.service.js';
import * as steps from './formality-steps.service.js';
import * as service from './formalities.service.js';
import * as calendar from './holiday-calendar.service.js';

const tags = ['formalities'];
const params = z.object({ id: z.uuid() });
const districtQuery = z.object({ districtId: z.uuid().optional() });

export const formalityRoutes: FastifyPluginAsyncZod = async (app) => {
  const settings: service.FormalitySettings = {
    timeZone: app.config.timezone,
    dueDay: app.config.reportDueDay,
    clock: app.clock,
  };
  app.get(
    '/holiday-calendar',
    { schema: { tags, querystring: calendarQuery, response: { 200: calendarSchema } } },
    async (req) => calendar.getCalendar(app.db, actorOf(req), req.query),
  );
  app.put(
    '/holiday-calendar',
    { schema: { tags, querystring: districtQuery, body: calendarUpdate, response: { 200: calendarSchema } } },
    async (req) => calendar.putCalendar(app.db, actorOf(req), req.query.districtId, req.body),
  );
  app.get(
    '/formality-templates',
    { schema: { tags, querystring: districtQuery, response: { 200: listResponse(formalityTemplateSchema) } } },
    async (req) => templates.listTemplates(app.db, actorOf(req), req.query.districtId),
  );
  app.post(
    '/formality-templates',
    { schema: { tags, body: formalityTemplateCreate, response: { 201: formalityTemplateSchema } } },
    async (req, reply) => reply.code(201).send(await templates.createTemplate(app.db, actorOf(req), req.body)),
  );
  app.patch(
    '/formality-templates/:id',
    { schema: { tags, params, body: formalityTemplateUpdate, response: { 200: formalityTemplateSchema } } },
    async (req) => templates.updateTemplate(app.db, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/projects/:id/formalities',
    { schema: { tags, params, response: { 200: projectFormalitiesSchema } } },
    async (req) => service.getProjectFormalities(app.db, actorOf(req), settings, req.params.id),
  );
  app.post(
    '/projects/:id/formalities',
    { schema: { tags, params, body: applyTemplateBody, response: { 200: projectFormalitiesSchema } } },
    async (req) => service.applyTemplate(app.db, actorOf(req), settings, req.params.id, req.body.templateId),
  );
  app.post(
    '/formality-steps/:id/actions',
    { schema: { tags, params, body: formalityStepActionBody, response: { 200: formalityStepSchema } } },
    async (req) => steps.actOnStep(app.db, actorOf(req), settings, req.params.id, req.body),
  );
  app.patch(
    '/formality-steps/:id',
    { schema: { tags, params, body: formalityStepUpdate, response: { 200: formalityStepSchema } } },
    async (req) => steps.updateStep(app.db, actorOf(req), settings, req.params.id, req.body),
  );
  app.get(
    '/formalities/queue',
    { schema: { tags, querystring: approverQueueQuery, response: { 200: listResponse(approverQueueItem) } } },
    async (req) => queue(app.db, actorOf(req), settings, req.query),
  );
};
