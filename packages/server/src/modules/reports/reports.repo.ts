import { and, asc, count, desc, eq, gte, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { attachments, monthlyReports, projects, users } from '../../db/schema.js';

export type ReportRow = typeof monthlyReports.$inferSelect;

/** The report's photos (not deleted), counted in the query that reads the report. */
const photoCount = sql<number>`(SELECT count(*)::int FROM ${attachments} WHERE ${attachments.ownerKind} = 'monthly_report' AND ${attachments.ownerId} = ${monthlyReports.id} AND ${attachments.deletedAt} IS NULL)`;

export async function findReport(tx: Tx, projectId: string, period: string, forUpdate = false) {
  const q = tx
    .select({ r: monthlyReports, reviewerName: users.displayName, photoCount })
    .from(monthlyReports)
    .leftJoin(users, eq(users.id, monthlyReports.reviewedBy))
    .where(and(eq(monthlyReports.projectId, projectId), eq(monthlyReports.period, period)));
  const [row] = forUpdate ? await q.for('update', { of: monthlyReports }) : await q;
  return row ?? null;
}

export async function listYear(tx: Tx, projectId: string, year: number) {
  return tx
    .select({ r: monthlyReports, reviewerName: users.displayName, photoCount })
    .from(monthlyReports)
    .leftJoin(users, eq(users.id, monthlyReports.reviewedBy))
    .where(
      and(
        eq(monthlyReports.projectId, projectId),
        gte(monthlyReports.period, `${year}-01-01`),
        lt(monthlyReports.period, `${year + 1}-01-01`),
      ),
    )
    .orderBy(asc(monthlyReports.period));
}

/** Completed investment of the project's accepted reports, all years, except one period. */
export async function acceptedTotalExcept(tx: Tx, projectId: string, period: string): Promise<string> {
  const [row] = await tx
    .select({ total: sql<string>`coalesce(sum(${monthlyReports.completedThisMonth}), 0)::numeric(18,2)::text` })
    .from(monthlyReports)
    .where(
      and(
        eq(monthlyReports.projectId, projectId),
        eq(monthlyReports.status, 'accepted'),
        ne(monthlyReports.period, period),
      ),
    );
  return row?.total ?? '0.00';
}

export async function insertReport(tx: Tx, values: typeof monthlyReports.$inferInsert) {
  const [row] = await tx.insert(monthlyReports).values(values).returning();
  return row!;
}

export async function updateReport(
  tx: Tx,
  id: string,
  version: number,
  values: Partial<typeof monthlyReports.$inferInsert>,
) {
  const rows = await tx
    .update(monthlyReports)
    .set({ ...values, version: sql`${monthlyReports.version} + 1`, updatedAt: new Date() })
    .where(and(eq(monthlyReports.id, id), eq(monthlyReports.version, version)))
    .returning();
  return rows[0] ?? null;
}

/** Reports waiting for a reviewer, within a condition on projects (the reviewer's scope). */
export async function reviewQueue(
  tx: Tx,
  scope: SQL,
  status: ReportRow['status'],
  period: string | undefined,
  page: number,
  pageSize: number,
) {
  const where = and(scope, eq(monthlyReports.status, status), period ? eq(monthlyReports.period, period) : undefined);
  const [items, [total]] = await Promise.all([
    tx
      .select({ r: monthlyReports, projectName: projects.name })
      .from(monthlyReports)
      .innerJoin(projects, eq(projects.id, monthlyReports.projectId))
      .where(where)
      .orderBy(asc(monthlyReports.submittedAt), desc(monthlyReports.period))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx
      .select({ n: count() })
      .from(monthlyReports)
      .innerJoin(projects, eq(projects.id, monthlyReports.projectId))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
