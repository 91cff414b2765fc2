import { and, count, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.js';
import { loginFailures, sessions, users } from '../../db/schema.js';

export async function findUserByUsername(tx: Tx, username: string) {
  const [row] = await tx
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`)
    .limit(1);
  return row ?? null;
}

export async function countRecentFailures(tx: Tx, username: string, ip: string, since: Date) {
  const [byUser] = await tx
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.username, username.toLowerCase()), gt(loginFailures.at, since)));
  const [byIp] = await tx
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.ip, ip), gt(loginFailures.at, since)));
  return { byUser: byUser?.n ?? 0, byIp: byIp?.n ?? 0 };
}

export async function oldestRecentFailure(tx: Tx, username: string, since: Date): Promise<Date | null> {
  const [row] = await tx
    .select({ at: sql<Date>`min(${loginFailures.at})`.mapWith((v: string | Date) => new Date(v)) })
    .from(loginFailures)
    .where(and(eq(loginFailures.username, username.toLowerCase()), gt(loginFailures.at, since)));
  return row?.at && !Number.isNaN(row.at.getTime()) ? row.at : null;
}

export async function recordFailure(tx: Tx, username: string, ip: string) {
  await tx.insert(loginFailures).values({ username: username.toLowerCase(), ip });
}

export async function clearFailures(tx: Tx, username: string) {
  await tx.delete(loginFailures).where(eq(loginFailures.username, username.toLowerCase()));
}

export async function pruneFailures(tx: Tx, before: Date) {
  await tx.delete(loginFailures).where(lt(loginFailures.at, before));
}

export async function insertSession(
  tx: Tx,
  row: {
    userId: string;
    tokenHash: string;
    csrfToken: string;
    expiresAt: Date;
    ip: string;
    userAgent: string | null;
    scope: Record<string, string[]>;
  },
) {
  const districtIds = [...new Set(Object.values(row.scope).flat())];
  await tx.insert(sessions).values({ ...row, districtIds });
  await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, row.userId));
}

/**
 * The districts each of a user's roles covers: a grant on a district covers it, on a city or
 * province every district below, on a street its district.
 */
export async function resolveScope(tx: Tx, userId: string): Promise<Record<string, string[]>> {
  const result = await tx.execute<{ role: string; districts: string[] | null }>(sql`
    SELECT rg.role, array_agg(DISTINCT d.id) FILTER (WHERE d.id IS NOT NULL) AS districts
    FROM role_grants rg
    LEFT JOIN LATERAL (
      WITH RECURSIVE sub AS (
        SELECT r.id, r.level FROM regions r WHERE r.id = rg.scope_region_id
        UNION ALL
        SELECT c.id, c.level FROM regions c JOIN sub ON c.parent_id = sub.id WHERE sub.level <> 'district'
      )
      SELECT sub.id FROM sub WHERE sub.level = 'district'
      UNION
      SELECT r.parent_id FROM regions r WHERE r.id = rg.scope_region_id AND r.level = 'street'
    ) d ON true
    WHERE rg.user_id = ${userId}
    GROUP BY rg.role`);
  return Object.fromEntries(result.rows.map((r) => [r.role, r.districts ?? []]));
}

/** Ends the sessions of everyone holding a role on one of these regions. */
export async function deleteSessionsOfGrantsOn(tx: Tx, regionIds: string[]) {
  if (!regionIds.length) return;
  await tx.execute(
    sql`DELETE FROM sessions WHERE user_id IN (SELECT user_id FROM role_grants WHERE scope_region_id IN ${regionIds})`,
  );
}

export async function deleteSession(tx: Tx, tokenHash: string) {
  await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteUserSessions(tx: Tx, userId: string) {
  await tx.delete(sessions).where(eq(sessions.userId, userId));
}

export type SessionRow = {
  csrfToken: string;
  userId: string;
  username: string;
  displayName: string;
  unitId: string | null;
  unitName: string | null;
  scope: Record<string, string[]>;
  registryVersion: string;
};

/**
 * One indexed round trip per request: the session, the person, their unit, the scope stored at
 * sign-in, and the current registry data version of their districts (for cached pages).
 */
const FIND_SESSION = `
  SELECT s.csrf_token, s.scope, u.id AS user_id, u.username, u.display_name, u.unit_id, un.name AS unit_name,
    (SELECT string_agg(v.district_id || ':' || v.registry, ',' ORDER BY v.district_id)
       FROM data_versions v WHERE v.district_id = ANY (s.district_ids)) AS registry_version
  FROM sessions s
  JOIN users u ON u.id = s.user_id
  LEFT JOIN units un ON un.id = u.unit_id
  WHERE s.token_hash = $1 AND s.expires_at > now() AND u.status = 'active'`;

/**
 * One indexed round trip per request: the session, the person, their unit, the scope stored at
 * sign-in, and the current registry data version of their districts (for cached pages). It runs
 * on every request, so it is a named prepared statement: planning it each time cost four times
 * as much as running it.
 */
export async function findSession(db: Db, tokenHash: string): Promise<SessionRow | null> {
  const result = await db.$client.query<{
    csrf_token: string;
    user_id: string;
    username: string;
    display_name: string;
    unit_id: string | null;
    unit_name: string | null;
    scope: Record<string, string[]>;
    registry_version: string | null;
  }>({ name: 'tuijin_find_session', text: FIND_SESSION, values: [tokenHash] });
  const r = result.rows[0];
  if (!r) return null;
  return {
    csrfToken: r.csrf_token,
    userId: r.user_id,
    username: r.username,
    displayName: r.display_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    scope: r.scope,
    registryVersion: r.registry_version ?? '',
  };
}
