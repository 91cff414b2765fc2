import {
  channelCreate,
  channelList,
  channelQuery,
  channelSchema,
  channelTestResult,
  channelUpdate,
  notificationList,
  notificationQuery,
  notificationSchema,
  readAllResult,
} from '@tuijin/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../lib/auth-hook.js';
import * as channels from './channels.service.js';
import * as service from './notifications.service.js';
import { senderSettings } from './notifications.tasks.js';

const params = z.object({ id: z.uuid() });

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.db;
  const send = senderSettings(app.config);

  app.get(
    '/notifications',
    { schema: { tags: ['notifications'], querystring: notificationQuery, response: { 200: notificationList } } },
    async (req) =>
      service.listMine(db, actorOf(req), {
        unreadOnly: req.query.unreadOnly === 'true',
        page: req.query.page,
        pageSize: req.query.pageSize,
      }),
  );
  app.post(
    '/notifications/:id/read',
    { schema: { tags: ['notifications'], params, response: { 200: notificationSchema } } },
    async (req) => service.markRead(db, actorOf(req), req.params.id),
  );
  app.post(
    '/notifications/read-all',
    { schema: { tags: ['notifications'], response: { 200: readAllResult } } },
    async (req) => service.markAllRead(db, actorOf(req)),
  );

  const tags = ['notification channels'];
  app.get(
    '/notification-channels',
    { schema: { tags, querystring: channelQuery, response: { 200: channelList } } },
    async (req) => channels.listChannels(db, actorOf(req), req.query.districtId),
  );
  app.post(
    '/notification-channels',
    { schema: { tags, body: channelCreate, response: { 201: channelSchema } } },
    async (req, reply) => reply.code(201).send(await channels.createChannel(db, actorOf(req), req.body)),
  );
  app.patch(
    '/notification-channels/:id',
    { schema: { tags, params, body: channelUpdate, response: { 200: channelSchema } } },
    async (req) => channels.updateChannel(db, actorOf(req), req.params.id, req.body),
  );
  app.delete(
    '/notification-channels/:id',
    { schema: { tags, params, response: { 204: z.null() } } },
    async (req, reply) => {
      await channels.deleteChannel(db, actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/notification-channels/:id/test',
    { schema: { tags, params, response: { 200: channelTestResult } } },
    async (req) => channels.testChannel(db, actorOf(req), req.params.id, send),
  );
};
