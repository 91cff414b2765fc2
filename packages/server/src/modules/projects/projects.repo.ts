import type { ProjectQuery } from '@tuijin/shared';
import {
  and,
  arrayContains,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  isNotNull,
  isNull,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/database.js';
import { containsPattern } from '../../lib/sql-like.js';
import { projects, regions, responsibilityAssignments, tags, units, users } from '../../db/schema.js';

export type ProjectRow = typeof projects.$inferSelect;
export type ProjectInsert = typeof projects.$inferInsert;

const owner = alias(units, 'owner');
const respUnit = alias(units, 'resp_unit');
const leader = alias(users, 'leader');
const street = alias(regions, 'street');

const SORT_COLUMNS = {
  name: projects.name,
  code: projects.code,
  totalInvestment: projects.totalInvestment,
  plannedStart: projects.plannedStart,
  updatedAt: projects.updatedAt,
  stage: projects.stage,
} as const;

function filters(q: ProjectQuery, scope: SQL): SQL {
  const where: (SQL | undefined)[] = [scope];
  if (q.archived === 'false') where.push(isNull(projects.archivedAt));
  if (q.archived === 'true') where.push(isNotNull(projects.archivedAt));
  if (q.direction?.length) where.push(inArray(projects.direction, q.direction));
  if (q.investorType?.length) where.push(inArray(projects.investorType, q.investorType));
  if (q.field?.length) where.push(inArray(projects.field, q.field));
  if (q.stage?.length) where.push(inArray(projects.stage, q.stage));
  if (q.leaderId) where.push(eq(projects.leadLeaderId, q.leaderId));
  if (q.unitId) where.push(eq(projects.responsibleUnitId, q.unitId));
  if (q.streetId) where.push(eq(projects.streetId, q.streetId));
  if (q.ownerUnitId) where.push(eq(projects.ownerUnitId, q.ownerUnitId));
  if (q.districtId) where.push(eq(projects.districtId, q.districtId));
  if (q.tagId) where.push(arrayContains(projects.tagIds, [q.tagId]));
  if (q.q) {
    const p = containsPattern(q.q);
    where.push(or(ilike(projects.name, p), ilike(projects.code, p), ilike(owner.name, p)));
  }
  return and(...where)!;
}

const listColumns = {
  p: projects,
  ownerName: owner.name,
  streetName: street.name,
  leaderName: leader.displayName,
  unitName: respUnit.name,
};

/**
 * One page of the registry and the total. The page is chosen on the projects table alone (the
 * owner is joined only to search its name), and names are joined for those rows only: at 10,000
 * projects this is several times cheaper than joining every row before sorting.
 */
export async function listProjects(tx: Tx, q: ProjectQuery, scope: SQL) {
  const descending = q.sort.startsWith('-');
  const key = q.sort.replace(/^-/, '') as keyof typeof SORT_COLUMNS;
  const column = SORT_COLUMNS[key];
  // Empty values last either way; on NOT NULL columns plain ASC/DESC lets an index give the order.
  const nullable = key === 'code' || key === 'plannedStart';
  const order = descending
    ? [nullable ? sql`${column} DESC NULLS LAST` : desc(column), desc(projects.id)]
    : [nullable ? sql`${column} ASC NULLS LAST` : asc(column), asc(projects.id)];
  const where = filters(q, scope);
  const pageIds = tx.$with('page_ids').as(
    (q.q
      ? tx.select({ id: projects.id }).from(projects).innerJoin(owner, eq(owner.id, projects.ownerUnitId))
      : tx.select({ id: projects.id }).from(projects)
    )
      .where(where)
      .orderBy(...order)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
  );
  const countQuery = q.q
    ? tx.select({ n: count() }).from(projects).innerJoin(owner, eq(owner.id, projects.ownerUnitId)).where(where)
    : tx.select({ n: count() }).from(projects).where(where);
  const [rows, [total]] = await Promise.all([
    tx
      .with(pageIds)
      .select(listColumns)
      .from(pageIds)
      .innerJoin(projects, eq(projects.id, pageIds.id))
      .innerJoin(owner, eq(owner.id, projects.ownerUnitId))
      .leftJoin(street, eq(street.id, projects.streetId))
      .leftJoin(leader, eq(leader.id, projects.leadLeaderId))
      .leftJoin(respUnit, eq(respUnit.id, projects.responsibleUnitId))
      .orderBy(...order),
    countQuery,
  ]);
  return { rows, total: total?.n ?? 0 };
}

export type ProjectListRow = Awaited<ReturnType<typeof listProjects>>['rows'][number];

export async function findProject(tx: Tx, id: string, forUpdate = false) {
  const base = tx
    .select(listColumns)
    .from(projects)
    .innerJoin(owner, eq(owner.id, projects.ownerUnitId))
    .leftJoin(street, eq(street.id, projects.streetId))
    .leftJoin(leader, eq(leader.id, projects.leadLeaderId))
    .leftJoin(respUnit, eq(respUnit.id, projects.responsibleUnitId))
    .where(eq(projects.id, id));
  const [row] = forUpdate ? await base.for('update', { of: projects }) : await base;
  return row ?? null;
}

export async function insertProject(tx: Tx, values: ProjectInsert): Promise<string> {
  const [row] = await tx.insert(projects).values(values).returning({ id: projects.id });
  return row!.id;
}

/** Applies a change only if the row still has the version the client read. */
export async function updateProject(
  tx: Tx,
  id: string,
  version: number,
  values: Partial<ProjectInsert>,
): Promise<boolean> {
  const rows = await tx
    .update(projects)
    .set({ ...values, version: sql`${projects.version} + 1`, updatedAt: new Date() })
    .where(and(eq(projects.id, id), eq(projects.version, version)))
    .returning({ id: projects.id });
  return rows.length === 1;
}

export async function findAssignments(tx: Tx, projectId: string) {
  return tx
    .select({
      slotKey: responsibilityAssignments.slotKey,
      position: responsibilityAssignments.position,
      userId: responsibilityAssignments.userId,
      unitId: responsibilityAssignments.unitId,
      text: responsibilityAssignments.text,
      userName: users.displayName,
      unitName: units.name,
    })
    .from(responsibilityAssignments)
    .leftJoin(users, eq(users.id, responsibilityAssignments.userId))
    .leftJoin(units, eq(units.id, responsibilityAssignments.unitId))
    .where(eq(responsibilityAssignments.projectId, projectId))
    .orderBy(asc(responsibilityAssignments.slotKey), asc(responsibilityAssignments.position));
}

export async function replaceAssignments(
  tx: Tx,
  projectId: string,
  rows: { slotKey: string; position: number; userId: string | null; unitId: string | null; text: string | null }[],
) {
  await tx.delete(responsibilityAssignments).where(eq(responsibilityAssignments.projectId, projectId));
  if (rows.length) await tx.insert(responsibilityAssignments).values(rows.map((r) => ({ ...r, projectId })));
}

export async function findTags(tx: Tx, ids: string[]) {
  if (!ids.length) return [];
  return tx
    .select({ id: tags.id, category: tags.category, name: tags.name, districtId: tags.districtId })
    .from(tags)
    .where(inArray(tags.id, ids));
}

export async function findUnit(tx: Tx, id: string) {
  const [row] = await tx.select().from(units).where(eq(units.id, id));
  return row ?? null;
}

export async function findRegion(tx: Tx, id: string) {
  const [row] = await tx.select().from(regions).where(eq(regions.id, id));
  return row ?? null;
}

export async function findUserWithGrants(tx: Tx, id: string) {
  const [row] = await tx.select().from(users).where(eq(users.id, id));
  if (!row) return null;
  const grants = await tx.execute<{ role: string; scope_region_id: string }>(
    sql`SELECT role, scope_region_id FROM role_grants WHERE user_id = ${id}`,
  );
  return { ...row, grants: grants.rows };
}

/** Options for the registry filters, limited to the projects in scope. */
export async function facets(tx: Tx, scope: SQL) {
  const scoped = tx.$with('scoped').as(
    tx
      .select({
        leadLeaderId: projects.leadLeaderId,
        responsibleUnitId: projects.responsibleUnitId,
        streetId: projects.streetId,
        ownerUnitId: projects.ownerUnitId,
        districtId: projects.districtId,
      })
      .from(projects)
      .where(and(scope, isNull(projects.archivedAt))),
  );
  const ref = (rows: { id: string; name: string }[]) => rows;
  const [leaders, respUnits, streets, owners, tagRows] = await Promise.all([
    tx
      .with(scoped)
      .selectDistinct({ id: users.id, name: users.displayName })
      .from(users)
      .innerJoin(scoped, eq(scoped.leadLeaderId, users.id))
      .orderBy(users.displayName),
    tx
      .with(scoped)
      .selectDistinct({ id: units.id, name: units.name })
      .from(units)
      .innerJoin(scoped, eq(scoped.responsibleUnitId, units.id))
      .orderBy(units.name),
    tx
      .with(scoped)
      .selectDistinct({ id: regions.id, name: regions.name })
      .from(regions)
      .innerJoin(scoped, eq(scoped.streetId, regions.id))
      .orderBy(regions.name),
    tx
      .with(scoped)
      .selectDistinct({ id: units.id, name: units.name })
      .from(units)
      .innerJoin(scoped, eq(scoped.ownerUnitId, units.id))
      .orderBy(units.name),
    tx
      .with(scoped)
      .selectDistinct({ id: tags.id, category: tags.category, name: tags.name })
      .from(tags)
      .innerJoin(scoped, eq(scoped.districtId, tags.districtId))
      .orderBy(tags.category, tags.name),
  ]);
  return { leaders: ref(leaders), units: ref(respUnits), streets: ref(streets), owners: ref(owners), tags: tagRows };
}
