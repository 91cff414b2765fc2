import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveSession, SESSION_COOKIE, type AuthSession } from '../modules/auth/auth.service.js';
import type { Actor } from './actor.js';
import { AppError } from './app-error.js';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface FastifyRequest {
    session: AuthSession | null;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation
  interface FastifyContextConfig {
    /** Reachable without a session (sign-in, health, OpenAPI). */
    public?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** Resolves the session cookie, refuses anonymous calls to private routes, checks CSRF on writes. */
export function registerAuthHook(app: FastifyInstance): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (req) => {
    // Only the versioned API is private; the web app, its assets, docs and health are public.
    if (!req.url.startsWith('/api/v1/')) return;
    const token = req.cookies[SESSION_COOKIE];
    req.session = token ? await resolveSession(app.db, token) : null;
    if (req.routeOptions.config.public) return;
    if (!req.session) throw new AppError('unauthenticated', 'sign in first');
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, req.session.csrfToken)) {
        throw new AppError('csrf_failed', 'missing or wrong X-CSRF-Token header');
      }
    }
  });
}

/** The signed-in actor of a private route (the hook has already refused anonymous calls). */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.session) throw new AppError('unauthenticated');
  return req.session.actor;
}
