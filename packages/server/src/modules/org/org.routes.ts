import {
  listResponse,
  regionCreate,
  regionQuery,
  regionSchema,
  slotListSchema,
  slotsUpdate,
  unitCreate,
  unitQuery,
  unitSchema,
  unitUpdate,
  userCreate,
  userQuery,
  userSchema,
  userUpdate,
} from '@tuijin/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../lib/auth-hook.js';
import * as regions from './regions.service.js';
import * as slots from './slots.service.js';
import * as units from './units.service.js';
import * as users from './users.service.js';

const params = z.object({ id: z.uuid() });

export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.db;

  app.get(
    '/regions',
    { schema: { tags: ['regions'], querystring: regionQuery, response: { 200: listResponse(regionSchema) } } },
    async (req) => regions.listRegions(db, actorOf(req), req.query),
  );
  app.post(
    '/regions',
    { schema: { tags: ['regions'], body: regionCreate, response: { 201: regionSchema } } },
    async (req, reply) => reply.code(201).send(await regions.createRegion(db, actorOf(req), req.body)),
  );

  app.get(
    '/units',
    { schema: { tags: ['units'], querystring: unitQuery, response: { 200: listResponse(unitSchema) } } },
    async (req) => units.listUnits(db, actorOf(req), req.query),
  );
  app.post(
    '/units',
    { schema: { tags: ['units'], body: unitCreate, response: { 201: unitSchema } } },
    async (req, reply) => reply.code(201).send(await units.createUnit(db, actorOf(req), req.body)),
  );
  app.patch(
    '/units/:id',
    { schema: { tags: ['units'], params, body: unitUpdate, response: { 200: unitSchema } } },
    async (req) => units.updateUnit(db, actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/users',
    { schema: { tags: ['users'], querystring: userQuery, response: { 200: listResponse(userSchema) } } },
    async (req) => users.listUsers(db, actorOf(req), req.query),
  );
  app.post(
    '/users',
    { schema: { tags: ['users'], body: userCreate, response: { 201: userSchema } } },
    async (req, reply) => reply.code(201).send(await users.createUser(db, actorOf(req), req.body)),
  );
  app.patch(
    '/users/:id',
    { schema: { tags: ['users'], params, body: userUpdate, response: { 200: userSchema } } },
    async (req) => users.updateUser(db, actorOf(req), req.params.id, req.body),
  );

  const slotQuery = z.object({ districtId: z.uuid().optional() });
  app.get(
    '/responsibility-slots',
    { schema: { tags: ['responsibility'], querystring: slotQuery, response: { 200: slotListSchema } } },
    async (req) => slots.getSlots(db, actorOf(req), req.query.districtId),
  );
  app.put(
    '/responsibility-slots',
    { schema: { tags: ['responsibility'], body: slotsUpdate, response: { 200: slotListSchema } } },
    async (req) => slots.updateSlots(db, actorOf(req), req.body),
  );
};
