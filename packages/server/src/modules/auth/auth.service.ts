import crypto from 'node:crypto';
import { ROLES, type Me, type Role } from '@tuijin/shared';
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import type { Actor } from '../../lib/actor.js';
import { rolesOf } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { verifyPassword } from '../../lib/password.js';
import * as repo from './session.repo.js';

export const SESSION_COOKIE = 'tuijin_session';

/** The signed-in request: who, the CSRF token, and the data version their cached pages need. */
export type AuthSession = { actor: Actor; csrfToken: string; registryVersion: string };

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** Per-IP failures allowed in a window, across usernames, before the IP is refused too. */
const IP_FAILURE_FACTOR = 4;

export async function signIn(
  db: Db,
  config: Config,
  input: { username: string; password: string; ip: string; userAgent: string | null },
): Promise<{ token: string; session: AuthSession; expiresAt: Date }> {
  const windowMs = config.loginWindowMinutes * 60_000;
  const since = new Date(Date.now() - windowMs);
  const failures = await repo.countRecentFailures(db, input.username, input.ip, since);
  if (failures.byUser >= config.loginMaxFailures || failures.byIp >= config.loginMaxFailures * IP_FAILURE_FACTOR) {
    const oldest = await repo.oldestRecentFailure(db, input.username, since);
    const retryAfter = Math.max(1, Math.ceil(((oldest?.getTime() ?? Date.now()) + windowMs - Date.now()) / 1000));
    throw new AppError('too_many_requests', 'too many failed sign-in attempts', { retryAfterSeconds: retryAfter });
  }
  const user = await repo.findUserByUsername(db, input.username);
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok || user.status !== 'active') {
    await repo.recordFailure(db, input.username, input.ip);
    throw new AppError('invalid_credentials', 'wrong username or password');
  }
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + config.sessionHours * 3600_000);
  await db.transaction(async (tx) => {
    await repo.clearFailures(tx, input.username);
    const scope = await repo.resolveScope(tx, user.id);
    await repo.insertSession(tx, {
      scope,
      userId: user.id,
      tokenHash: hashToken(token),
      csrfToken: crypto.randomBytes(24).toString('base64url'),
      expiresAt,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
  });
  const session = await resolveSession(db, token);
  if (!session) throw new AppError('internal', 'session was not stored');
  return { token, session, expiresAt };
}

export async function resolveSession(db: Db, token: string): Promise<AuthSession | null> {
  const row = await repo.findSession(db, hashToken(token));
  if (!row) return null;
  const districtsByRole: Actor['districtsByRole'] = {};
  for (const [role, districts] of Object.entries(row.scope)) {
    if ((ROLES as readonly string[]).includes(role)) districtsByRole[role as Role] = districts;
  }
  return {
    csrfToken: row.csrfToken,
    registryVersion: row.registryVersion,
    actor: {
      userId: row.userId,
      username: row.username,
      displayName: row.displayName,
      unitId: row.unitId,
      unitName: row.unitName,
      districtsByRole,
    },
  };
}

export async function signOut(db: Db, token: string): Promise<void> {
  await repo.deleteSession(db, hashToken(token));
}

export function presentMe(actor: Actor): Me {
  const districts = new Set(Object.values(actor.districtsByRole).flat());
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    unit: actor.unitId ? { id: actor.unitId, name: actor.unitName ?? '' } : null,
    roles: rolesOf(actor),
    districtIds: [...districts],
  };
}
