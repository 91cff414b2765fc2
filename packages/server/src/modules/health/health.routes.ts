import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';

const health = z.object({
  status: z.enum(['ok', 'degraded']),
  server: z.object({ uptimeSeconds: z.number(), version: z.string() }),
  database: z.object({ ok: z.boolean(), latencyMs: z.number().nullable(), serverVersion: z.string().nullable() }),
});

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/health', { schema: { tags: ['health'], response: { 200: health, 503: health } } }, async (_req, reply) => {
    const started = performance.now();
    let database: z.infer<typeof health>['database'];
    try {
      const r = await app.db.execute<{ v: string }>(sql`SELECT current_setting('server_version') AS v`);
      database = {
        ok: true,
        latencyMs: Math.round((performance.now() - started) * 100) / 100,
        serverVersion: r.rows[0]?.v ?? null,
      };
    } catch {
      database = { ok: false, latencyMs: null, serverVersion: null };
    }
    const body = {
      status: database.ok ? ('ok' as const) : ('degraded' as const),
      server: { uptimeSeconds: Math.round(process.uptime()), version: '0.1.0' },
      database,
    };
    return reply.code(database.ok ? 200 : 503).send(body);
  });
};
