import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Database, Db } from './db/database.js';
import { registerAuthHook } from './lib/auth-hook.js';
import { systemClock, TestClock, type Clock } from './lib/clock.js';
import { testClockRoutes } from './lib/test-clock.routes.js';
import { registerErrorHandler } from './lib/error-handler.js';
import { attachmentRoutes } from './modules/attachments/attachments.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { journalRoutes } from './modules/journal/journal.routes.js';
import { orgRoutes } from './modules/org/org.routes.js';
import { planRoutes } from './modules/plans/plans.routes.js';
import { factorRoutes } from './modules/factors/factors.routes.js';
import { problemRoutes } from './modules/problems/problems.routes.js';
import { rankingRoutes } from './modules/rankings/rankings.routes.js';
import { formalityRoutes } from './modules/formalities/formalities.routes.js';
import { supervisionRoutes } from './modules/supervision/supervision.routes.js';
import { reportRoutes } from './modules/reports/reports.routes.js';
import { indicatorRoutes } from './modules/indicators/indicators.routes.js';
import { notificationRoutes } from './modules/notifications/notifications.routes.js';
import { tellOfRedLights } from './modules/notifications/notifications.service.js';
import { projectRoutes } from './modules/projects/projects.routes.js';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation
  interface FastifyInstance {
    db: Db;
    database: Database;
    config: Config;
    clock: Clock;
    /** Set by main once the scheduler runs: ticks every job now (used by the test clock). */
    jobs: { runNow: () => Promise<void> };
  }
}

export type AppOptions = { config: Config; database: Database; logger?: FastifyBaseLogger | false };

export async function buildApp({ config, database, logger }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: logger === false ? false : { level: config.logLevel } }),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // One log line per request is noise at thousands of requests a second; errors are logged.
    logController: new LogController({ disableRequestLogging: config.env !== 'development' }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', database.db);
  app.decorate('database', database);
  app.decorate('config', config);
  app.decorate('clock', config.testClock ? new TestClock() : systemClock);
  app.decorate('jobs', { runNow: () => Promise.resolve() });
  tellOfRedLights();

  registerErrorHandler(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tuijin API',
        version: '1',
        description: 'Key investment projects of a district: registry, responsibility, journal.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tuijin_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  registerAuthHook(app);

  await app.register(healthRoutes, { prefix: '/api' });
  if (app.clock instanceof TestClock) await app.register(testClockRoutes, { prefix: '/api/test' });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  await app.register(
    async (v1) => {
      await v1.register(authRoutes);
      await v1.register(projectRoutes);
      await v1.register(orgRoutes);
      await v1.register(journalRoutes);
      await v1.register(planRoutes);
      await v1.register(reportRoutes);
      await v1.register(attachmentRoutes);
      await v1.register(indicatorRoutes);
      await v1.register(problemRoutes);
      await v1.register(factorRoutes);
      await v1.register(rankingRoutes);
      await v1.register(formalityRoutes);
      await v1.register(supervisionRoutes);
      await v1.register(notificationRoutes);
    },
    { prefix: '/api/v1' },
  );
  await registerWeb(app, config);
  return app;
}

/** The built web app, with index.html for every client-side route; JSON 404 under /api. */
async function registerWeb(app: FastifyInstance, config: Config): Promise<void> {
  const index = path.join(config.webDistDir, 'index.html');
  const hasWeb = fs.existsSync(index);
  if (hasWeb) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: config.webDistDir, wildcard: true, index: false, maxAge: '1h' });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api') || req.method !== 'GET' || !hasWeb) {
      return reply
        .code(404)
        .send({ error: { code: 'not_found', message: `no route ${req.method} ${req.url.split('?')[0]}` } });
    }
    // The page names the hashed assets of the current build: always revalidated.
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
}
