import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { notificationChannels, notifications, outboundMessages } from '../../db/schema.js';

export type NotificationRow = typeof notifications.$inferSelect;

/** In-app rows; a row whose (user, dedupe key) exists already is skipped. Returns those written. */
export async function insertNotifications(
  tx: Tx,
  rows: { districtId: string; userId: string; kind: string; payload: unknown; dedupeKey: string | null }[],
): Promise<number> {
  if (!rows.length) return 0;
  const written = await tx
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning({ id: notifications.id });
  return written.length;
}

/** The district's enabled channels that take this kind (an empty list of kinds takes all). */
export async function channelsFor(tx: Tx, districtId: string, kind: string) {
  return tx
    .select({ id: notificationChannels.id })
    .from(notificationChannels)
    .where(
      and(
        eq(notificationChannels.districtId, districtId),
        eq(notificationChannels.enabled, true),
        sql`(cardinality(${notificationChannels.kinds}) = 0 OR ${kind} = ANY(${notificationChannels.kinds}))`,
      ),
    );
}

export async function insertOutbound(
  tx: Tx,
  rows: { districtId: string; channelId: string; kind: string; payload: unknown; dedupeKey: string | null }[],
): Promise<number> {
  if (!rows.length) return 0;
  const written = await tx
    .insert(outboundMessages)
    .values(rows)
    .onConflictDoNothing({ target: [outboundMessages.channelId, outboundMessages.dedupeKey] })
    .returning({ id: outboundMessages.id });
  return written.length;
}

export async function listForUser(tx: Tx, userId: string, unreadOnly: boolean, page: number, pageSize: number) {
  const where = and(eq(notifications.userId, userId), unreadOnly ? isNull(notifications.readAt) : undefined);
  const [items, [total], [unread]] = await Promise.all([
    tx
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx.select({ n: count() }).from(notifications).where(where),
    tx
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  return { items, total: total?.n ?? 0, unread: unread?.n ?? 0 };
}

/** Marks one of the user's notifications read (keeping the first read time); null when not theirs. */
export async function markRead(tx: Tx, userId: string, id: string): Promise<NotificationRow | null> {
  const [row] = await tx
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning();
  return row ?? null;
}

export async function markAllRead(tx: Tx, userId: string): Promise<number> {
  const rows = await tx
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

// ---- Who is told -----------------------------------------------------------------------------

/**
 * Active users holding the role on the district (a grant on the district, a region above it, or
 * one of its streets covers it), optionally only those of one unit.
 */
export async function usersWithRole(
  tx: Tx,
  districtId: string,
  role: 'office' | 'unit' | 'owner' | 'leader',
  unitId?: string | null,
): Promise<{ userId: string; unitId: string | null }[]> {
  const r = await tx.execute<{ user_id: string; unit_id: string | null }>(sql`
    WITH RECURSIVE up AS (
      SELECT id, parent_id FROM regions WHERE id = ${districtId}
      UNION SELECT r.id, r.parent_id FROM regions r JOIN up ON r.id = up.parent_id
    )
    SELECT DISTINCT u.id AS user_id, u.unit_id
    FROM users u JOIN role_grants g ON g.user_id = u.id
    WHERE u.status = 'active' AND g.role = ${role}
      AND (g.scope_region_id IN (SELECT id FROM up)
        OR g.scope_region_id IN (SELECT id FROM regions WHERE parent_id = ${districtId} AND level = 'street'))
      ${unitId === undefined ? sql`` : unitId === null ? sql`AND false` : sql`AND u.unit_id = ${unitId}`}`);
  return r.rows.map((x) => ({ userId: x.user_id, unitId: x.unit_id }));
}

/** The lead leader and responsible unit of a project, as its responsibility group names them. */
export async function projectResponsibles(tx: Tx, projectId: string) {
  const r = await tx.execute<{
    lead_leader_id: string | null;
    responsible_unit_id: string | null;
    active: boolean;
  }>(sql`
    SELECT p.lead_leader_id, p.responsible_unit_id, coalesce(l.status = 'active', false) AS active
    FROM projects p LEFT JOIN users l ON l.id = p.lead_leader_id
    WHERE p.id = ${projectId}`);
  const row = r.rows[0];
  if (!row) return null;
  return { leadLeaderId: row.active ? row.lead_leader_id : null, responsibleUnitId: row.responsible_unit_id };
}

/**
 * Projects of every district whose report for the period is owed and not submitted: an approved
 * plan for the year, planned to have started by the end of the period, not archived, not in
 * reserve, and no report submitted or accepted for it.
 */
export async function projectsOwingReport(tx: Tx, year: number, periodDate: string, nextPeriodDate: string) {
  const r = await tx.execute<{ id: string; name: string; district_id: string; owner_unit_id: string }>(sql`
    SELECT p.id, p.name, p.district_id, p.owner_unit_id
    FROM projects p
    WHERE p.archived_at IS NULL AND p.stage <> 'reserve'
      AND (p.planned_start IS NULL OR p.planned_start < ${nextPeriodDate}::date)
      AND EXISTS (SELECT 1 FROM plans cur WHERE cur.project_id = p.id AND cur.year = ${year} AND cur.status = 'approved')
      AND NOT EXISTS (
        SELECT 1 FROM monthly_reports r
        WHERE r.project_id = p.id AND r.period = ${periodDate}::date AND r.status IN ('submitted', 'accepted'))
    ORDER BY p.district_id, p.name, p.id`);
  return r.rows.map((x) => ({ id: x.id, name: x.name, districtId: x.district_id, ownerUnitId: x.owner_unit_id }));
}
