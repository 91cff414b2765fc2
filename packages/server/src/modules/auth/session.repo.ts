import { and, count, eq, gt, lt, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { loginFailures, sessions, units, users } from '../../db/schema.js';

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
  row: { userId: string; tokenHash: string; csrfToken: string; expiresAt: Date; ip: string; userAgent: string | null },
) {
  await tx.insert(sessions).values(row);
  await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, row.userId));
}

export async function deleteSession(tx: Tx, tokenHash: string) {
  await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteUserSessions(tx: Tx, userId: string) {
  await tx.delete(sessions).where(eq(sessions.userId, userId));
}

export type SessionRow = {
  csrfToken: string;
  expiresAt: Date;
  userId: string;
  username: string;
  displayName: string;
  unitId: string | null;
  unitName: string | null;
  grants: { role: string; districts: string[] }[];
};

/**
 * One round trip resolves a session token to the person and the districts each role covers:
 * a grant on a district covers it, on a city or province every district below, on a street its
 * district.
 */
export async function findSession(tx: Tx, tokenHash: string): Promise<SessionRow | null> {
  const result = await tx.execute<{
    csrf_token: string;
    expires_at: Date | string;
    user_id: string;
    username: string;
    display_name: string;
    unit_id: string | null;
    unit_name: string | null;
    grants: { role: string; districts: string[] }[] | null;
  }>(sql`
    WITH s AS (
      SELECT s.csrf_token, s.expires_at, u.id AS user_id, u.username, u.display_name, u.unit_id
      FROM ${sessions} s JOIN ${users} u ON u.id = s.user_id
      WHERE s.token_hash = ${tokenHash} AND s.expires_at > now() AND u.status = 'active'
    )
    SELECT s.*, un.name AS unit_name,
      (SELECT json_agg(json_build_object('role', g.role, 'districts', g.districts))
       FROM (
         SELECT rg.role, array_agg(DISTINCT d.id) FILTER (WHERE d.id IS NOT NULL) AS districts
         FROM role_grants rg
         LEFT JOIN LATERAL (
           WITH RECURSIVE sub AS (
             SELECT r.id, r.level, r.parent_id FROM regions r WHERE r.id = rg.scope_region_id
             UNION ALL
             SELECT c.id, c.level, c.parent_id FROM regions c JOIN sub ON c.parent_id = sub.id WHERE sub.level <> 'district'
           )
           SELECT sub.id FROM sub WHERE sub.level = 'district'
           UNION
           SELECT r.parent_id FROM regions r WHERE r.id = rg.scope_region_id AND r.level = 'street'
         ) d ON true
         WHERE rg.user_id = s.user_id
         GROUP BY rg.role
       ) g) AS grants
    FROM s LEFT JOIN ${units} un ON un.id = s.unit_id
  `);
  const r = result.rows[0];
  if (!r) return null;
  return {
    csrfToken: r.csrf_token,
    expiresAt: new Date(r.expires_at),
    userId: r.user_id,
    username: r.username,
    displayName: r.display_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    grants: (r.grants ?? []).map((g) => ({ role: g.role, districts: g.districts ?? [] })),
  };
}
