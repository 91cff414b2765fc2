import { and, asc, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { milestones, plans, users } from '../../db/schema.js';

export type PlanRow = typeof plans.$inferSelect;
export type MilestoneRow = typeof milestones.$inferSelect;

export async function listPlans(tx: Tx, projectId: string, year?: number) {
  const rows = await tx
    .select({ plan: plans, approverName: users.displayName })
    .from(plans)
    .leftJoin(users, eq(users.id, plans.approvedBy))
    .where(and(eq(plans.projectId, projectId), year ? eq(plans.year, year) : undefined))
    .orderBy(desc(plans.year), desc(plans.versionNo));
  const ms = rows.length
    ? await tx
        .select()
        .from(milestones)
        .where(
          inArray(
            milestones.planId,
            rows.map((r) => r.plan.id),
          ),
        )
        .orderBy(asc(milestones.position))
    : [];
  return rows.map((r) => ({ ...r, milestones: ms.filter((m) => m.planId === r.plan.id) }));
}

export async function findPlan(tx: Tx, id: string, forUpdate = false) {
  const q = tx.select().from(plans).where(eq(plans.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function yearState(tx: Tx, projectId: string, year: number) {
  const rows = await tx
    .select({ status: plans.status, n: sql<number>`count(*)`.mapWith(Number), maxVersion: max(plans.versionNo) })
    .from(plans)
    .where(and(eq(plans.projectId, projectId), eq(plans.year, year)))
    .groupBy(plans.status);
  const count = (s: string) => rows.find((r) => r.status === s)?.n ?? 0;
  return {
    drafts: count('draft'),
    approvedEver: count('approved') + count('superseded'),
    lastVersion: Math.max(0, ...rows.map((r) => r.maxVersion ?? 0)),
  };
}

export async function insertPlan(tx: Tx, values: typeof plans.$inferInsert) {
  const [row] = await tx.insert(plans).values(values).returning();
  return row!;
}

export async function updatePlan(tx: Tx, id: string, version: number, values: Partial<typeof plans.$inferInsert>) {
  const rows = await tx
    .update(plans)
    .set({ ...values, version: sql`${plans.version} + 1`, updatedAt: new Date() })
    .where(and(eq(plans.id, id), eq(plans.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function supersedeApproved(tx: Tx, projectId: string, year: number) {
  await tx
    .update(plans)
    .set({ status: 'superseded', version: sql`${plans.version} + 1`, updatedAt: new Date() })
    .where(and(eq(plans.projectId, projectId), eq(plans.year, year), eq(plans.status, 'approved')));
}

export async function replaceMilestones(
  tx: Tx,
  planId: string,
  projectId: string,
  items: { name: string; kind: MilestoneRow['kind']; plannedDate: string; actualDate?: string | null }[],
) {
  await tx.delete(milestones).where(eq(milestones.planId, planId));
  if (items.length) {
    await tx.insert(milestones).values(items.map((m, position) => ({ ...m, planId, projectId, position })));
  }
}

/** The milestones of the project's approved plan of a year: where actual dates are recorded. */
export async function currentMilestones(tx: Tx, projectId: string, year: number) {
  return tx
    .select({ m: milestones })
    .from(milestones)
    .innerJoin(plans, eq(plans.id, milestones.planId))
    .where(and(eq(plans.projectId, projectId), eq(plans.year, year), eq(plans.status, 'approved')))
    .orderBy(asc(milestones.position));
}

export async function setMilestoneActual(tx: Tx, id: string, actualDate: string | null) {
  await tx.update(milestones).set({ actualDate }).where(eq(milestones.id, id));
}
