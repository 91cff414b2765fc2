import {
  escalationContactsQuery,
  escalationContactsSchema,
  escalationContactsUpdate,
  listResponse,
  PROBLEM_ACTION_BODIES,
  PROBLEM_ACTIONS,
  problemCountsSchema,
  problemCreate,
  problemDetail,
  problemListItem,
  problemQuery,
  problemStatsQuery,
  problemStatsSchema,
} from '@tuijin/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../lib/auth-hook.js';
import { getEscalationContacts, setEscalationContacts } from './escalation-contacts.js';
import { actOnProblem } from './problem-actions.js';
import { listProblems, problemCounts } from './problem-lists.js';
import { unitStatistics } from './problem-stats.js';
import * as service from './problems.service.js';

const tags = ['problems'];
const params = z.object({ id: z.uuid() });

export const problemRoutes: FastifyPluginAsyncZod = async (app) => {
  const settings: service.ProblemSettings = {
    timeZone: app.config.timezone,
    dueDay: app.config.reportDueDay,
    clock: app.clock,
  };
  app.post(
    '/problems',
    { schema: { tags, body: problemCreate, response: { 201: problemDetail } } },
    async (req, reply) => reply.code(201).send(await service.raiseProblem(app.db, actorOf(req), settings, req.body)),
  );
  app.get(
    '/problems',
    { schema: { tags, querystring: problemQuery, response: { 200: listResponse(problemListItem) } } },
    async (req) => listProblems(app.db, actorOf(req), settings, req.query),
  );
  app.get(
    '/problems/counts',
    { schema: { tags, querystring: problemQuery, response: { 200: problemCountsSchema } } },
    async (req) => problemCounts(app.db, actorOf(req), settings, req.query),
  );
  app.get(
    '/problems/stats',
    { schema: { tags, querystring: problemStatsQuery, response: { 200: problemStatsSchema } } },
    async (req) => unitStatistics(app.db, actorOf(req), settings, req.query),
  );
  app.get('/problems/:id', { schema: { tags, params, response: { 200: problemDetail } } }, async (req) =>
    service.getProblem(app.db, actorOf(req), settings, req.params.id),
  );
  for (const action of PROBLEM_ACTIONS) {
    app.post(
      `/problems/:id/${action}`,
      { schema: { tags, params, body: PROBLEM_ACTION_BODIES[action], response: { 200: problemDetail } } },
      async (req) => actOnProblem(app.db, actorOf(req), settings, req.params.id, action, req.body as never),
    );
  }
  app.get(
    '/escalation-contacts',
    { schema: { tags, querystring: escalationContactsQuery, response: { 200: escalationContactsSchema } } },
    async (req) => getEscalationContacts(app.db, actorOf(req), req.query.districtId),
  );
  app.put(
    '/escalation-contacts',
    { schema: { tags, body: escalationContactsUpdate, response: { 200: escalationContactsSchema } } },
    async (req) => setEscalationContacts(app.db, actorOf(req), req.body),
  );
};
