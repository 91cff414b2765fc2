import {
  feedbackVerdict,
  type JournalAction,
  nextFeedbackRound,
  type SupervisionDetail,
  type supervisionAccept,
  type supervisionItemUpdate,
  type supervisionReopen,
  type supervisionReport,
  type supervisionReturn,
} from '@tuijin/shared';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import { supervisionItems } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, validation } from '../../lib/app-error.js';
import { appendEntry } from '../journal/journal.service.js';
import * as repo from './supervision.repo.js';
import { tellAboutItem } from './supervision-notices.js';
import {
  checkRefs,
  checkTransition,
  getItemIn,
  loadItem,
  snapshot,
  today,
  type SupervisionSettings,
} from './supervision.service.js';

// The steps on a supervision item after its creation: the office edits it (a new due date with a
// reason), the unit reports a round, the office accepts or returns it, or reopens a closed item.
// Each step is checked by the state machine and the item's version, journaled and told.

export type UpdateInput = z.output<typeof supervisionItemUpdate>;
type Bodies = {
  report: z.output<typeof supervisionReport>;
  accept: z.output<typeof supervisionAccept>;
  return: z.output<typeof supervisionReturn>;
  reopen: z.output<typeof supervisionReopen>;
};
export type StepAction = keyof Bodies;
export const STEP_ACTIONS = ['report', 'accept', 'return', 'reopen'] as const satisfies readonly StepAction[];

const conflict = () => new AppError('version_conflict', 'the supervision item was changed by someone else');

async function save(tx: Tx, id: string, version: number, changes: Partial<repo.ItemRow>, now: Date) {
  const [after] = await tx
    .update(supervisionItems)
    .set({ ...changes, version: sql`${supervisionItems.version} + 1`, updatedAt: now })
    .where(and(eq(supervisionItems.id, id), eq(supervisionItems.version, version)))
    .returning();
  if (!after) throw conflict();
  return after;
}

async function journal(
  tx: Tx,
  actor: Actor,
  action: JournalAction,
  before: repo.ItemRow,
  after: repo.ItemRow,
  reason: string | null,
) {
  await appendEntry(tx, {
    districtId: before.districtId,
    actorUserId: actor.userId,
    entity: 'supervision_item',
    entityId: before.id,
    action,
    before: snapshot(before),
    after: snapshot(after),
    reason,
  });
}

/** The office changes the title, requirement, unit, project or (with a reason) the due date. */
export async function editItem(
  db: Db,
  actor: Actor,
  s: SupervisionSettings,
  id: string,
  input: UpdateInput,
): Promise<SupervisionDetail> {
  return db.transaction(async (tx) => {
    const { row, caps } = await loadItem(tx, actor, id, true);
    checkTransition(row, 'edit', caps, input.reason);
    if (row.version !== input.version) throw conflict();
    const t = today(s);
    const newDue = input.dueDate !== undefined && input.dueDate !== row.dueDate;
    if (newDue && input.dueDate! < t) throw validation(['dueDate'], 'due_date_past');
    await checkRefs(tx, row.districtId, { assigneeUnitId: input.assigneeUnitId, projectId: input.projectId });
    const { title, requirement, assigneeUnitId, dueDate, projectId } = input;
    const changes = Object.fromEntries(
      Object.entries({ title, requirement, assigneeUnitId, dueDate, projectId }).filter(([, v]) => v !== undefined),
    );
    const after = await save(tx, id, row.version, changes, s.clock.now());
    await journal(tx, actor, 'edit', row, after, input.reason?.trim() || null);
    if (after.assigneeUnitId !== row.assigneeUnitId) await tellAboutItem(tx, 'assign', after, t);
    else if (newDue) await tellAboutItem(tx, 'due_changed', after, t, { note: input.reason });
    return getItemIn(tx, actor, s, id);
  });
}

/** One step of the feedback rounds, or a reopening. */
export async function actOnItem<A extends StepAction>(
  db: Db,
  actor: Actor,
  s: SupervisionSettings,
  id: string,
  action: A,
  input: Bodies[A],
): Promise<SupervisionDetail> {
  const body = input as Partial<Bodies['report'] & Bodies['accept'] & Bodies['return']>;
  return db.transaction(async (tx) => {
    const { row, caps } = await loadItem(tx, actor, id, true);
    const status = checkTransition(row, action, caps, body.reason);
    if (row.version !== body.version) throw conflict();
    const now = s.clock.now();
    const t = today(s);
    let round: number | null = null;
    if (action === 'report') {
      const rounds = await tx.execute<{ round: number }>(
        sql`SELECT round FROM supervision_feedback WHERE item_id = ${id}`,
      );
      round = nextFeedbackRound(rounds.rows);
      await repo.insertRound(tx, id, round, body.text!, actor.userId, now);
    }
    if (action === 'accept' || action === 'return') {
      const note = action === 'accept' ? body.note?.trim() || null : body.reason!.trim();
      round = await repo.judgePendingRound(tx, id, {
        verdict: feedbackVerdict(action),
        note,
        by: actor.userId,
        at: now,
      });
      if (round === null) throw new AppError('conflict', 'no round waits for a verdict');
    }
    const changes: Partial<repo.ItemRow> = { status };
    if (action === 'accept') changes.closedAt = now;
    if (action === 'reopen') changes.closedAt = null;
    const after = await save(tx, id, row.version, changes, now);
    await journal(tx, actor, action, row, after, body.reason?.trim() || null);
    const note = action === 'report' ? null : (body.reason ?? body.note ?? null);
    await tellAboutItem(tx, action, after, t, { round, note });
    return getItemIn(tx, actor, s, id);
  });
}
