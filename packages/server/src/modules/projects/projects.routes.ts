import {
  archiveBody,
  assignmentsUpdate,
  historyQuery,
  journalEntrySchema,
  listResponse,
  projectCreate,
  projectDetail,
  projectFacets,
  projectListItem,
  projectQuery,
  projectUpdate,
} from '@tuijin/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../lib/auth-hook.js';
import { ResponseCache, sendCached } from '../../lib/response-cache.js';
import { setResponsibility } from './responsibility.service.js';
import * as service from './projects.service.js';

const params = z.object({ id: z.uuid() });
const tags = ['projects'];

export const projectRoutes: FastifyPluginAsyncZod = async (app) => {
  // Registry pages are read far more often than projects change: see lib/response-cache.ts.
  const cache = new ResponseCache();

  app.get(
    '/projects',
    { schema: { tags, querystring: projectQuery, response: { 200: listResponse(projectListItem) } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const key = `list|${service.registryCacheKey(actor)}|${JSON.stringify(req.query)}`;
      return sendCached(reply, cache, key, req.session!.registryVersion, () =>
        service.listProjects(app.db, actor, req.query),
      );
    },
  );

  app.get('/projects/facets', { schema: { tags, response: { 200: projectFacets } } }, async (req, reply) => {
    const actor = actorOf(req);
    return sendCached(reply, cache, `facets|${service.registryCacheKey(actor)}`, req.session!.registryVersion, () =>
      service.projectFacets(app.db, actor),
    );
  });

  app.post(
    '/projects',
    { schema: { tags, body: projectCreate, response: { 201: projectDetail } } },
    async (req, reply) => reply.code(201).send(await service.createProject(app.db, actorOf(req), req.body)),
  );

  app.get('/projects/:id', { schema: { tags, params, response: { 200: projectDetail } } }, async (req) =>
    service.getProject(app.db, actorOf(req), req.params.id),
  );

  app.patch(
    '/projects/:id',
    { schema: { tags, params, body: projectUpdate, response: { 200: projectDetail } } },
    async (req) => service.updateProject(app.db, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/projects/:id/archive',
    { schema: { tags, params, body: archiveBody, response: { 200: projectDetail } } },
    async (req) => service.setArchived(app.db, actorOf(req), req.params.id, req.body, true),
  );

  app.post(
    '/projects/:id/restore',
    { schema: { tags, params, body: archiveBody, response: { 200: projectDetail } } },
    async (req) => service.setArchived(app.db, actorOf(req), req.params.id, req.body, false),
  );

  app.put(
    '/projects/:id/responsibility',
    { schema: { tags, params, body: assignmentsUpdate, response: { 200: projectDetail } } },
    async (req) => setResponsibility(app.db, actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/projects/:id/history',
    { schema: { tags, params, querystring: historyQuery, response: { 200: listResponse(journalEntrySchema) } } },
    async (req) => service.projectHistory(app.db, actorOf(req), req.params.id, req.query.page, req.query.pageSize),
  );
};
