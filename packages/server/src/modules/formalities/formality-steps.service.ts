import {
  formalityStepTransition,
  stepDateIssues,
  stepDatesAfter,
  TRANSITION_REFUSAL_ERRORS,
  type FormalityStep,
  type formalityStepActionBody,
  type formalityStepUpdate,
  type FormalityStepStatus,
} from '@tuijin/shared';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import { formalitySteps, units } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, forbidden, notFound, validation } from '../../lib/app-error.js';
import { projectChanged } from '../indicators/figures.service.js';
import { appendEntry } from '../journal/journal.service.js';
import { canManage, canSee } from '../projects/projects.policy.js';
import * as repo from './formalities.repo.js';
import {
  calendarOf,
  capacitiesFor,
  findProject,
  presentStep,
  today,
  type FormalitySettings,
} from './formalities.service.js';

// What people do to one formality step: the state machine's actions (file, accept, approve,
// reject, waive...) and the office's corrections of its dates, document number and approver.

/**
 * A step the actor may see, with its project and the actor's capacities on it (the owner files,
 * the approving unit decides, the office does both); one out of sight is not found.
 */
export async function loadStep(tx: Tx, actor: Actor, id: string, forUpdate = false) {
  const row = await repo.findStep(tx, id, forUpdate);
  if (!row) throw notFound('formality step');
  const p = await findProject(tx, row.projectId);
  if (!p) throw notFound('formality step');
  const caps = capacitiesFor(actor, row, p);
  if (!caps.length && !canSee(actor, p)) throw notFound('formality step');
  return { row, p, caps };
}

type ActionBody = z.output<typeof formalityStepActionBody>;

const stepSnapshot = (r: repo.StepRow) => ({
  code: r.code,
  status: r.status,
  submittedOn: r.submittedOn,
  acceptedOn: r.acceptedOn,
  decidedOn: r.decidedOn,
  documentNo: r.documentNo,
  note: r.note,
});

async function stepView(tx: Tx, actor: Actor, s: FormalitySettings, id: string): Promise<FormalityStep> {
  const [row] = await repo.listSteps(tx, sql`f.id = ${id}`);
  const cal = await calendarOf(tx, row!.districtId);
  return presentStep(actor, row!, today(s), cal);
}

/**
 * One action on a step, by the rules of the state machine, on the day `on` (default: the
 * district's today) with the dates of stepDatesAfter checked by stepDateIssues; optimistic
 * version, journaled; the project's lights follow (the no-permit rule reads the permit step).
 */
export async function actOnStep(
  db: Db,
  actor: Actor,
  s: FormalitySettings,
  id: string,
  body: ActionBody,
): Promise<FormalityStep> {
  return db.transaction(async (tx) => {
    const { row, p, caps } = await loadStep(tx, actor, id, true);
    const result = formalityStepTransition(row.status as FormalityStepStatus, body.action, caps, body.reason);
    if (!result.ok) {
      const code = TRANSITION_REFUSAL_ERRORS[result.refusal];
      if (code === 'validation_failed') throw validation(['reason'], 'reason_required');
      throw new AppError(code, result.refusal);
    }
    if (row.version !== body.version) throw new AppError('version_conflict', 'the step was changed by someone else');
    if (p.archivedAt) throw new AppError('conflict', 'the project is archived');
    const t = today(s);
    const on = body.on ?? t;
    const dates = stepDatesAfter(
      body.action,
      { submittedOn: row.submittedOn, acceptedOn: row.acceptedOn, decidedOn: row.decidedOn },
      on,
    );
    const issue = stepDateIssues(result.status, dates, t)[0];
    if (issue) throw validation([body.on ? 'on' : issue.field], issue.message);
    const note = body.note ?? (body.action === 'reject' || body.action === 'waive' ? body.reason! : row.note);
    const documentNo =
      body.action === 'approve'
        ? (body.documentNo ?? row.documentNo)
        : body.action === 'restore' || body.action === 'withdraw' || body.action === 'submit'
          ? null
          : row.documentNo;
    const [after] = await tx
      .update(formalitySteps)
      .set({
        status: result.status,
        ...dates,
        documentNo,
        note,
        version: sql`${formalitySteps.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(formalitySteps.id, id), eq(formalitySteps.version, body.version)))
      .returning();
    if (!after) throw new AppError('version_conflict', 'the step was changed by someone else');
    await appendEntry(tx, {
      districtId: row.districtId,
      actorUserId: actor.userId,
      entity: 'formality_step',
      entityId: id,
      action: body.action,
      before: stepSnapshot(row),
      after: stepSnapshot(after),
      reason: body.reason ?? null,
    });
    await projectChanged(tx, row.projectId, 'current', s);
    return stepView(tx, actor, s, id);
  });
}

type StepUpdate = z.output<typeof formalityStepUpdate>;

/**
 * The office corrects a step (name, approving unit, limit, permit flag, dates, document number),
 * with a reason: the dates are checked against the step's status and today (stepDateIssues).
 */
export async function updateStep(
  db: Db,
  actor: Actor,
  s: FormalitySettings,
  id: string,
  body: StepUpdate,
): Promise<FormalityStep> {
  return db.transaction(async (tx) => {
    // Seen (loadStep) but not the office's: forbidden.
    const { row } = await loadStep(tx, actor, id, true);
    if (!canManage(actor, row.districtId)) throw forbidden('only the project office corrects a step');
    if (row.version !== body.version) throw new AppError('version_conflict', 'the step was changed by someone else');
    const pick = <K extends keyof StepUpdate>(k: K) => (body[k] !== undefined ? { [k]: body[k] } : {});
    const changes = {
      ...pick('name'),
      ...pick('approverUnitId'),
      ...pick('limitWorkingDays'),
      ...pick('isConstructionPermit'),
      ...pick('submittedOn'),
      ...pick('acceptedOn'),
      ...pick('decidedOn'),
      ...pick('documentNo'),
      ...pick('note'),
    } as Partial<typeof formalitySteps.$inferInsert>;
    if (body.approverUnitId) {
      const [u] = await tx
        .select({ id: units.id })
        .from(units)
        .where(and(eq(units.id, body.approverUnitId), eq(units.districtId, row.districtId)));
      if (!u) throw validation(['approverUnitId'], 'unit_not_found');
    }
    const dates = {
      submittedOn: body.submittedOn !== undefined ? body.submittedOn : row.submittedOn,
      acceptedOn: body.acceptedOn !== undefined ? body.acceptedOn : row.acceptedOn,
      decidedOn: body.decidedOn !== undefined ? body.decidedOn : row.decidedOn,
    };
    const issue = stepDateIssues(row.status as FormalityStepStatus, dates, today(s))[0];
    if (issue) throw validation([issue.field], issue.message);
    const [after] = await tx
      .update(formalitySteps)
      .set({ ...changes, version: sql`${formalitySteps.version} + 1`, updatedAt: new Date() })
      .where(and(eq(formalitySteps.id, id), eq(formalitySteps.version, body.version)))
      .returning();
    if (!after) throw new AppError('version_conflict', 'the step was changed by someone else');
    await appendEntry(tx, {
      districtId: row.districtId,
      actorUserId: actor.userId,
      entity: 'formality_step',
      entityId: id,
      action: 'update',
      before: {
        ...stepSnapshot(row),
        name: row.name,
        approverUnitId: row.approverUnitId,
        limitWorkingDays: row.limitWorkingDays,
        isConstructionPermit: row.isConstructionPermit,
      },
      after: {
        ...stepSnapshot(after),
        name: after.name,
        approverUnitId: after.approverUnitId,
        limitWorkingDays: after.limitWorkingDays,
        isConstructionPermit: after.isConstructionPermit,
      },
      reason: body.reason,
    });
    await projectChanged(tx, row.projectId, 'current', s);
    return stepView(tx, actor, s, id);
  });
}
