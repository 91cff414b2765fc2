import {
  allowedFormalityStepActions,
  chainTiming,
  DEFAULT_CHAIN_TARGET_WORKING_DAYS,
  formalityStepTransition,
  localDate,
  permitCompliance,
  stepDateIssues,
  stepDatesAfter,
  stepTiming,
  TRANSITION_REFUSAL_ERRORS,
  workCalendar,
  type FormalityCapacity,
  type FormalityStep,
  type formalityStepActionBody,
  type formalityStepUpdate,
  type FormalityStepStatus,
  type ProjectFormalities,
  type WorkCalendar,
} from '@tuijin/shared';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import { formalitySteps, projects, units } from '../../db/schema.js';
import { districtsFor, type Actor } from '../../lib/actor.js';
import { AppError, forbidden, notFound, validation } from '../../lib/app-error.js';
import type { Clock } from '../../lib/clock.js';
import { projectChanged } from '../indicators/figures.service.js';
import { appendEntry } from '../journal/journal.service.js';
import { canManage, canSee, isProjectOwner } from '../projects/projects.policy.js';
import * as repo from './formalities.repo.js';

// Pre-construction formalities (前期手续): the district's templates of approval chains, each
// project's steps and their timing against the statutory limits in working days (the district's
// holiday calendar), the approving units' queues, and the holiday calendar itself. Who may do what
// to a step is the shared state machine (domain/formalities.ts): the project's owner files, the
// step's approving unit accepts and decides, the office does both and waives.

export type FormalitySettings = { timeZone: string; dueDay: number; clock: Clock };

export const today = (s: FormalitySettings) => localDate(s.clock.now(), s.timeZone);

export async function calendarOf(tx: Tx, districtId: string): Promise<WorkCalendar> {
  return workCalendar(await repo.calendarRows(tx, districtId));
}

// ---- A project's steps --------------------------------------------------------------------------

type ProjectFacts = {
  id: string;
  districtId: string;
  leadLeaderId: string | null;
  responsibleUnitId: string | null;
  ownerUnitId: string;
  archivedAt: Date | null;
};

async function findProject(tx: Tx, id: string, forUpdate = false): Promise<ProjectFacts | null> {
  const q = tx
    .select({
      id: projects.id,
      districtId: projects.districtId,
      leadLeaderId: projects.leadLeaderId,
      responsibleUnitId: projects.responsibleUnitId,
      ownerUnitId: projects.ownerUnitId,
      archivedAt: projects.archivedAt,
    })
    .from(projects)
    .where(eq(projects.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

async function visibleProject(tx: Tx, actor: Actor, id: string, forUpdate = false): Promise<ProjectFacts> {
  const p = await findProject(tx, id, forUpdate);
  if (!p || !canSee(actor, p)) throw notFound('project');
  return p;
}

/** In what capacities the actor acts on this step. */
export function capacitiesFor(
  actor: Actor,
  step: { districtId: string; approverUnitId: string | null },
  project: { districtId: string; ownerUnitId: string },
): FormalityCapacity[] {
  const caps: FormalityCapacity[] = [];
  const scoped = { ...project, leadLeaderId: null, responsibleUnitId: null };
  if (isProjectOwner(actor, scoped)) caps.push('owner');
  if (actor.unitId && step.approverUnitId === actor.unitId && districtsFor(actor, 'unit').includes(step.districtId))
    caps.push('approver');
  if (canManage(actor, step.districtId)) caps.push('office');
  return caps;
}

export function presentStep(actor: Actor, r: repo.StepListRow, t: string, cal: WorkCalendar): FormalityStep {
  const status = r.status as FormalityStepStatus;
  const caps = capacitiesFor(actor, r, r);
  return {
    id: r.id,
    projectId: r.projectId,
    position: r.position,
    code: r.code,
    name: r.name,
    approverUnit: r.approverUnitId ? { id: r.approverUnitId, name: r.approverUnitName ?? '' } : null,
    limitWorkingDays: r.limitWorkingDays,
    isConstructionPermit: r.isConstructionPermit,
    status,
    submittedOn: r.submittedOn,
    acceptedOn: r.acceptedOn,
    decidedOn: r.decidedOn,
    documentNo: r.documentNo,
    note: r.note,
    timing: stepTiming({ ...r, status }, t, cal),
    actions: allowedFormalityStepActions(status, caps),
    attachmentCount: r.attachmentCount,
    version: r.version,
  };
}

async function projectFormalitiesIn(
  tx: Tx,
  actor: Actor,
  s: FormalitySettings,
  p: ProjectFacts,
): Promise<ProjectFormalities> {
  const t = today(s);
  const cal = await calendarOf(tx, p.districtId);
  const rows = await repo.listSteps(tx, sql`f.project_id = ${p.id}`);
  const steps = rows.map((r) => presentStep(actor, r, t, cal));
  const templateId = await repo.appliedTemplateId(tx, p.id);
  const template = templateId ? await repo.findTemplate(tx, templateId) : null;
  const facts = rows.map((r) => ({ ...r, status: r.status as FormalityStepStatus }));
  const started = await repo.projectStarted(tx, p.id);
  return {
    projectId: p.id,
    template: template ? { id: template.id, name: template.name } : null,
    steps,
    chain: chainTiming(facts, t, cal, template?.targetWorkingDays ?? DEFAULT_CHAIN_TARGET_WORKING_DAYS),
    started,
    compliance: permitCompliance(started, facts),
    today: t,
  };
}

/** Everyone who sees the project sees its checklist. */
export async function getProjectFormalities(db: Db, actor: Actor, s: FormalitySettings, projectId: string) {
  return db.transaction(async (tx) => projectFormalitiesIn(tx, actor, s, await visibleProject(tx, actor, projectId)));
}

/**
 * The office gives a project the steps of a template of its district: steps already there (by
 * code) keep their status and dates and take the template's position; the others are added as
 * not started. Journaled (the journal is where the applied template is remembered).
 */
export async function applyTemplate(
  db: Db,
  actor: Actor,
  s: FormalitySettings,
  projectId: string,
  templateId: string,
): Promise<ProjectFormalities> {
  return db.transaction(async (tx) => {
    const p = await visibleProject(tx, actor, projectId, true);
    if (!canManage(actor, p.districtId)) throw forbidden('only the project office applies a template');
    if (p.archivedAt) throw new AppError('conflict', 'the project is archived');
    const template = await repo.findTemplate(tx, templateId);
    if (!template || template.districtId !== p.districtId) throw validation(['templateId'], 'template_not_found');
    const tsteps = await repo.templateSteps(tx, [templateId]);
    const existing = await tx.select().from(formalitySteps).where(eq(formalitySteps.projectId, projectId));
    const before = existing.map((e) => ({ code: e.code, status: e.status }));
    const added: string[] = [];
    for (const ts of tsteps) {
      const found = existing.find((e) => e.code === ts.code);
      if (found) {
        if (found.position !== ts.position)
          await tx
            .update(formalitySteps)
            .set({ position: ts.position, version: sql`${formalitySteps.version} + 1`, updatedAt: new Date() })
            .where(eq(formalitySteps.id, found.id));
        continue;
      }
      await tx.insert(formalitySteps).values({
        districtId: p.districtId,
        projectId,
        position: ts.position,
        code: ts.code,
        name: ts.name,
        approverUnitId: ts.approverUnitId,
        limitWorkingDays: ts.limitWorkingDays,
        isConstructionPermit: ts.isConstructionPermit,
      });
      added.push(ts.code);
    }
    await appendEntry(tx, {
      districtId: p.districtId,
      actorUserId: actor.userId,
      entity: 'project_formalities',
      entityId: projectId,
      action: 'apply_template',
      before: { steps: before },
      after: { templateId, templateName: template.name, added },
      reason: null,
    });
    await projectChanged(tx, projectId, 'current', s);
    return projectFormalitiesIn(tx, actor, s, p);
  });
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
    const row = await repo.findStep(tx, id, true);
    if (!row) throw notFound('formality step');
    const p = await findProject(tx, row.projectId);
    if (!p) throw notFound('formality step');
    const caps = capacitiesFor(actor, row, p);
    if (!caps.length && !canSee(actor, p)) throw notFound('formality step');
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
    const row = await repo.findStep(tx, id, true);
    if (!row) throw notFound('formality step');
    const p = await findProject(tx, row.projectId);
    if (!p) throw notFound('formality step');
    if (!canManage(actor, row.districtId)) {
      if (capacitiesFor(actor, row, p).length || canSee(actor, p))
        throw forbidden('only the project office corrects a step');
      throw notFound('formality step');
    }
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
