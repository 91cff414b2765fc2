import {
  factorLedgerQuery,
  factorLedgerSchema,
  factorRequestCreate,
  factorRequestQuery,
  factorRequestSchema,
  factorRequestUpdate,
  listResponse,
} from '@tuijin/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../lib/auth-hook.js';
import * as service from './factors.service.js';

const tags = ['factors'];

export const factorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/factors',
    { schema: { tags, body: factorRequestCreate, response: { 201: factorRequestSchema } } },
    async (req, reply) => reply.code(201).send(await service.createFactorRequest(app.db, actorOf(req), req.body)),
  );
  app.get(
    '/factors',
    { schema: { tags, querystring: factorRequestQuery, response: { 200: listResponse(factorRequestSchema) } } },
    async (req) => service.listFactorRequests(app.db, actorOf(req), req.query),
  );
  app.get(
    '/factors/ledger',
    { schema: { tags, querystring: factorLedgerQuery, response: { 200: factorLedgerSchema } } },
    async (req) => service.ledger(app.db, actorOf(req), req.query),
  );
  app.patch(
    '/factors/:id',
    {
      schema: {
        tags,
        params: z.object({ id: z.uuid() }),
        body: factorRequestUpdate,
        response: { 200: factorRequestSchema },
      },
    },
    async (req) => service.updateFactorRequest(app.db, actorOf(req), req.params.id, req.body),
  );
};
