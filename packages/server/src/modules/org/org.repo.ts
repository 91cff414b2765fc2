import { and, asc, count, eq, exists, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { containsPattern } from '../../lib/sql-like.js';
import { regions, roleGrants, units, users } from '../../db/schema.js';

export type UnitRow = typeof units.$inferSelect;
export type RegionRow = typeof regions.$inferSelect;
export type UserRow = typeof users.$inferSelect;

/** The districts a region covers: itself, those below it, or a street's own district. */
export async function districtsCoveredBy(tx: Tx, regionId: string): Promise<string[]> {
  const r = await tx.execute<{ id: string }>(sql`
    WITH RECURSIVE sub AS (
      SELECT id, level, parent_id FROM regions WHERE id = ${regionId}
      UNION ALL
      SELECT c.id, c.level, c.parent_id FROM regions c JOIN sub ON c.parent_id = sub.id WHERE sub.level <> 'district'
    )
    SELECT id FROM sub WHERE level = 'district'
    UNION SELECT parent_id FROM regions WHERE id = ${regionId} AND level = 'street'`);
  return r.rows.map((x) => x.id);
}

export async function ancestorsOf(tx: Tx, regionId: string): Promise<string[]> {
  const r = await tx.execute<{ id: string }>(sql`
    WITH RECURSIVE up AS (
      SELECT parent_id AS id FROM regions WHERE id = ${regionId}
      UNION SELECT r.parent_id FROM regions r JOIN up ON r.id = up.id
    ) SELECT id FROM up WHERE id IS NOT NULL`);
  return r.rows.map((x) => x.id);
}

export async function listRegions(tx: Tx, where: SQL | undefined, page: number, pageSize: number) {
  const [items, [total]] = await Promise.all([
    tx
      .select()
      .from(regions)
      .where(where)
      .orderBy(asc(regions.code))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx.select({ n: count() }).from(regions).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Regions in or below the given districts, and the regions above them (for a tree). */
export function regionsVisibleTo(districtIds: string[]): SQL {
  if (!districtIds.length) return sql`false`;
  return sql`${regions.id} IN (
    WITH RECURSIVE up AS (
      SELECT id, parent_id FROM regions WHERE id IN ${districtIds}
      UNION SELECT r.id, r.parent_id FROM regions r JOIN up ON r.id = up.parent_id
    ) SELECT id FROM up UNION SELECT id FROM regions WHERE parent_id IN ${districtIds})`;
}

export async function findRegion(tx: Tx, id: string) {
  const [row] = await tx.select().from(regions).where(eq(regions.id, id));
  return row ?? null;
}

export async function insertRegion(tx: Tx, values: typeof regions.$inferInsert) {
  const [row] = await tx.insert(regions).values(values).returning();
  return row!;
}

export async function listUnits(
  tx: Tx,
  districtIds: string[],
  f: { kind?: string; q?: string },
  page: number,
  pageSize: number,
) {
  const where = and(
    districtIds.length ? inArray(units.districtId, districtIds) : sql`false`,
    f.kind ? eq(units.kind, f.kind as UnitRow['kind']) : undefined,
    f.q ? or(ilike(units.name, containsPattern(f.q)), ilike(units.shortName, containsPattern(f.q))) : undefined,
  );
  const [items, [total]] = await Promise.all([
    tx
      .select()
      .from(units)
      .where(where)
      .orderBy(asc(units.kind), asc(units.name))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx.select({ n: count() }).from(units).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findUnit(tx: Tx, id: string) {
  const [row] = await tx.select().from(units).where(eq(units.id, id));
  return row ?? null;
}

export async function insertUnit(tx: Tx, values: typeof units.$inferInsert) {
  const [row] = await tx.insert(units).values(values).returning();
  return row!;
}

export async function updateUnit(tx: Tx, id: string, version: number, values: Partial<typeof units.$inferInsert>) {
  const rows = await tx
    .update(units)
    .set({ ...values, version: sql`${units.version} + 1`, updatedAt: new Date() })
    .where(and(eq(units.id, id), eq(units.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function listUsers(
  tx: Tx,
  districtIds: string[],
  f: { role?: string; unitId?: string; q?: string },
  page: number,
  pageSize: number,
) {
  const where = and(
    districtIds.length ? inArray(users.districtId, districtIds) : sql`false`,
    f.unitId ? eq(users.unitId, f.unitId) : undefined,
    f.q ? or(ilike(users.username, containsPattern(f.q)), ilike(users.displayName, containsPattern(f.q))) : undefined,
    f.role
      ? exists(
          tx
            .select({ x: sql`1` })
            .from(roleGrants)
            .where(and(eq(roleGrants.userId, users.id), eq(roleGrants.role, f.role as 'admin'))),
        )
      : undefined,
  );
  const [items, [total]] = await Promise.all([
    tx
      .select({ u: users, unitName: units.name })
      .from(users)
      .leftJoin(units, eq(units.id, users.unitId))
      .where(where)
      .orderBy(asc(users.username))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx.select({ n: count() }).from(users).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findUser(tx: Tx, id: string) {
  const [row] = await tx
    .select({ u: users, unitName: units.name })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, id));
  return row ?? null;
}

export async function grantsOf(tx: Tx, userIds: string[]) {
  if (!userIds.length) return [];
  return tx.select().from(roleGrants).where(inArray(roleGrants.userId, userIds)).orderBy(asc(roleGrants.role));
}

export async function insertUser(tx: Tx, values: typeof users.$inferInsert) {
  const [row] = await tx.insert(users).values(values).returning();
  return row!;
}

export async function updateUser(tx: Tx, id: string, version: number, values: Partial<typeof users.$inferInsert>) {
  const rows = await tx
    .update(users)
    .set({ ...values, version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function replaceGrants(tx: Tx, userId: string, grants: { role: string; scopeRegionId: string }[]) {
  await tx.delete(roleGrants).where(eq(roleGrants.userId, userId));
  if (grants.length) {
    await tx
      .insert(roleGrants)
      .values(grants.map((g) => ({ userId, role: g.role as 'admin', scopeRegionId: g.scopeRegionId })))
      .onConflictDoNothing();
  }
}

export async function usernameTaken(tx: Tx, username: string) {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  return Boolean(row);
}
