import {
  lightHistoryQuery,
  lightHistorySchema,
  lightRulesConfigSchema,
  lightRulesUpdate,
  listResponse,
  periodQuery,
  projectIndicatorsSchema,
  summaryQuery,
  summarySchema,
  warningItemSchema,
  warningsQuery,
} from '@tuijin/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../lib/auth-hook.js';
import * as service from './indicators.service.js';
import { getLightRules, updateLightRules } from './light-rules.service.js';

const tags = ['indicators'];

export const indicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  const settings = { timeZone: app.config.timezone, dueDay: app.config.reportDueDay };
  app.get(
    '/projects/:id/indicators',
    {
      schema: {
        tags,
        params: z.object({ id: z.uuid() }),
        querystring: periodQuery,
        response: { 200: projectIndicatorsSchema },
      },
    },
    async (req) => service.projectIndicators(app.db, actorOf(req), settings, req.params.id, req.query.period),
  );
  app.get(
    '/projects/:id/light-history',
    {
      schema: {
        tags,
        params: z.object({ id: z.uuid() }),
        querystring: lightHistoryQuery,
        response: { 200: lightHistorySchema },
      },
    },
    async (req) =>
      service.projectLightHistory(app.db, actorOf(req), settings, req.params.id, req.query.months, req.query.to),
  );
  app.get(
    '/indicators/summary',
    { schema: { tags, querystring: summaryQuery, response: { 200: summarySchema } } },
    async (req) => service.summary(app.db, actorOf(req), settings, req.query.groupBy, req.query.period),
  );
  app.get(
    '/warnings',
    { schema: { tags, querystring: warningsQuery, response: { 200: listResponse(warningItemSchema) } } },
    async (req) => service.warnings(app.db, actorOf(req), settings, req.query),
  );
  app.get(
    '/light-rules',
    {
      schema: {
        tags,
        querystring: z.object({ districtId: z.uuid().optional() }),
        response: { 200: lightRulesConfigSchema },
      },
    },
    async (req) => getLightRules(app.db, actorOf(req), req.query.districtId),
  );
  app.put(
    '/light-rules',
    { schema: { tags, body: lightRulesUpdate, response: { 200: lightRulesConfigSchema } } },
    async (req) => updateLightRules(app.db, actorOf(req), req.body),
  );
};
