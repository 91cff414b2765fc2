import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TestClock } from './clock.js';

// Registered only with TUIJIN_TEST_CLOCK=1 and NODE_ENV=test: browser journeys move the time
// forward (a due date passes; the scheduled jobs run at once) and read it back. Outside /api/v1, so no session is involved.
export const testClockRoutes: FastifyPluginAsyncZod = async (app) => {
  const clock = app.clock as TestClock;
  app.get('/clock', { schema: { hide: true } }, async () => ({ now: clock.now().toISOString() }));
  app.put(
    '/clock',
    { schema: { hide: true, body: z.object({ at: z.iso.datetime({ offset: true }).nullable() }) } },
    async (req) => {
      if (req.body.at === null) clock.reset();
      else clock.set(new Date(req.body.at));
      // What the scheduler would do at its next tick happens now: a day's jobs see the new date.
      await app.jobs.runNow();
      return { now: clock.now().toISOString() };
    },
  );
};
