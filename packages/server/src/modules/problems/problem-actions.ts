import {
  problemTransition,
  TRANSITION_REFUSAL_ERRORS,
  type PROBLEM_ACTION_BODIES,
  type ProblemAction,
  type ProblemDetail,
  type ProblemStatus,
} from '@tuijin/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import { problems, units } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, validation } from '../../lib/app-error.js';
import { projectChanged } from '../indicators/figures.service.js';
import { appendEntry } from '../journal/journal.service.js';
import * as repo from './problems.repo.js';
import { tellAboutProblem } from './problem-notices.js';
import { getProblemIn, loadProblem, snapshot, today, type ProblemSettings } from './problems.service.js';

// What people do to a problem once raised (assign, progress, solve, close, reopen, comment, mark
// for the coordination meeting, edit), by the rules of the shared state machine.

type Bodies = { [A in ProblemAction]: z.output<(typeof PROBLEM_ACTION_BODIES)[A]> };

async function checkUnits(tx: Tx, districtId: string, lead: string, helpers: string[]) {
  if (helpers.includes(lead)) throw validation(['helperUnitIds'], 'helper_is_lead');
  const ids = [lead, ...helpers];
  const found = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(inArray(units.id, ids), eq(units.districtId, districtId)));
  if (!found.some((u) => u.id === lead)) throw validation(['leadUnitId'], 'unit_not_found');
  const missing = helpers.findIndex((h) => !found.some((u) => u.id === h));
  if (missing >= 0) throw validation(['helperUnitIds', missing], 'unit_not_found');
}

/** One step on a problem, by the rules of the state machine; journaled, on the timeline, told. */
export async function actOnProblem<A extends ProblemAction>(
  db: Db,
  actor: Actor,
  s: ProblemSettings,
  id: string,
  action: A,
  input: Bodies[A],
): Promise<ProblemDetail> {
  // One shape for every body; the contract of the action has already checked it.
  const body = input as Partial<Bodies['assign'] & Bodies['reopen'] & Bodies['edit']> & { note?: string };
  return db.transaction(async (tx) => {
    const { row, caps } = await loadProblem(tx, actor, id, true);
    const result = problemTransition(row.status as ProblemStatus, action, caps, body.reason);
    if (!result.ok) {
      const code = TRANSITION_REFUSAL_ERRORS[result.refusal];
      if (code === 'validation_failed') throw validation(['reason'], 'text_required');
      throw new AppError(code, result.refusal);
    }
    // A comment changes nothing and carries no version; every other step does.
    const version = body.version ?? row.version;
    if (row.version !== version) throw new AppError('version_conflict', 'the problem was changed by someone else');
    const now = s.clock.now();
    const changes: Partial<typeof problems.$inferInsert> = { status: result.status };
    if (action === 'assign') {
      if (body.dueDate! < today(s)) throw validation(['dueDate'], 'due_date_past');
      await checkUnits(tx, row.districtId, body.leadUnitId!, body.helperUnitIds ?? []);
      Object.assign(changes, {
        leadUnitId: body.leadUnitId,
        helperUnitIds: body.helperUnitIds ?? [],
        dueDate: body.dueDate,
        assignedAt: now,
        escalationLevel: 0,
      });
    }
    if (action === 'solve') changes.solvedAt = now;
    if (action === 'close') changes.closedAt = now;
    if (action === 'reopen') Object.assign(changes, { closedAt: null, solvedAt: null });
    if (action === 'flag_for_meeting') changes.forMeeting = true;
    if (action === 'unflag_for_meeting') changes.forMeeting = false;
    if (action === 'edit') {
      const { category, title, description, helpNeeded, urgency } = body;
      Object.assign(
        changes,
        Object.fromEntries(
          Object.entries({ category, title, description, helpNeeded, urgency }).filter(([, v]) => v !== undefined),
        ),
      );
    }
    const bump = action !== 'comment';
    const [after] = bump
      ? await tx
          .update(problems)
          .set({ ...changes, version: sql`${problems.version} + 1`, updatedAt: now })
          .where(and(eq(problems.id, id), eq(problems.version, version)))
          .returning()
      : [row];
    if (!after) throw new AppError('version_conflict', 'the problem was changed by someone else');
    const note = body.note ?? body.reason ?? '';
    await repo.insertEvent(tx, {
      problemId: id,
      kind: action,
      byUserId: actor.userId,
      byUnitId: actor.unitId,
      note,
      at: now,
      data:
        action === 'assign'
          ? { leadUnitId: after.leadUnitId, helperUnitIds: after.helperUnitIds, dueDate: after.dueDate }
          : {},
    });
    if (bump)
      await appendEntry(tx, {
        districtId: row.districtId,
        actorUserId: actor.userId,
        entity: 'problem',
        entityId: id,
        action,
        before: snapshot(row),
        after: snapshot(after),
        reason: body.reason ?? null,
      });
    await tellAboutProblem(
      tx,
      action,
      after,
      { districtId: row.districtId, leadLeaderId: row.lead_leader_id, ownerUnitId: row.owner_unit_id },
      note,
    );
    // Due dates and statuses move the project's problem light.
    if (result.changed || action === 'assign') await projectChanged(tx, row.projectId, 'current', s);
    return getProblemIn(tx, actor, s, id);
  });
}
