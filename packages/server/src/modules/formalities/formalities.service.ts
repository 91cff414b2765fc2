import {
  allowedFormalityStepActions,
  chainTiming,
  DEFAULT_CHAIN_TARGET_WORKING_DAYS,
  localDate,
  permitCompliance,
  stepTiming,
  workCalendar,
  type FormalityCapacity,
  type FormalityStep,
  type FormalityStepStatus,
  type ProjectFormalities,
  type WorkCalendar,
} from '@tuijin/shared';
import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.js';
import { formalitySteps, projects } from '../../db/schema.js';
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

export async function findProject(tx: Tx, id: string, forUpdate = false): Promise<ProjectFacts | null> {
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
