import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { attachments, monthlyReports, supervisionFeedback, users } from '../../db/schema.js';

export type AttachmentRow = typeof attachments.$inferSelect;

const live = (kind: string, ownerId: string) =>
  and(eq(attachments.ownerKind, kind), eq(attachments.ownerId, ownerId), isNull(attachments.deletedAt));

/** The report a photo belongs to: its project and its workflow state. */
export async function findReport(tx: Tx, id: string, forUpdate = false) {
  const q = tx
    .select({ id: monthlyReports.id, projectId: monthlyReports.projectId, status: monthlyReports.status })
    .from(monthlyReports)
    .where(eq(monthlyReports.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

/** The report of a project's month (its first day), if one was saved. */
export async function findReportOfPeriod(tx: Tx, projectId: string, period: string, forUpdate = false) {
  const q = tx
    .select({ id: monthlyReports.id, status: monthlyReports.status })
    .from(monthlyReports)
    .where(and(eq(monthlyReports.projectId, projectId), eq(monthlyReports.period, period)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

/** A supervision feedback round: its item and its verdict. */
export async function findFeedbackRound(tx: Tx, id: string, forUpdate = false) {
  const q = tx
    .select({ id: supervisionFeedback.id, itemId: supervisionFeedback.itemId, verdict: supervisionFeedback.verdict })
    .from(supervisionFeedback)
    .where(eq(supervisionFeedback.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

/** The files of an owner that are not deleted, oldest first, with who uploaded them. */
export async function listLive(tx: Tx, kind: string, ownerId: string) {
  return tx
    .select({ a: attachments, uploaderName: users.displayName })
    .from(attachments)
    .leftJoin(users, eq(users.id, attachments.uploadedBy))
    .where(live(kind, ownerId))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
}

export async function countLive(tx: Tx, kind: string, ownerId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(attachments).where(live(kind, ownerId));
  return row?.n ?? 0;
}

export async function insertAttachments(tx: Tx, rows: (typeof attachments.$inferInsert)[]) {
  return tx.insert(attachments).values(rows).returning();
}

/** A file that is not deleted. */
export async function findLive(tx: Tx, id: string, forUpdate = false) {
  const q = tx
    .select({ a: attachments, uploaderName: users.displayName })
    .from(attachments)
    .leftJoin(users, eq(users.id, attachments.uploadedBy))
    .where(and(eq(attachments.id, id), isNull(attachments.deletedAt)));
  const [row] = forUpdate ? await q.for('update', { of: attachments }) : await q;
  return row ?? null;
}

/** Kept as a row (who uploaded what, its hash); its bytes leave storage after the commit. */
export async function markDeleted(tx: Tx, id: string, at: Date) {
  await tx.update(attachments).set({ deletedAt: at }).where(eq(attachments.id, id));
}
