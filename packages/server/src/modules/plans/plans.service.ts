import { sumYuan, type Plan, type planDraftUpdate, type planInput } from '@tuijin/shared';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, forbidden, notFound } from '../../lib/app-error.js';
import { projectChanged, type IndicatorSettings } from '../indicators/figures.service.js';
import { appendEntry } from '../journal/journal.service.js';
import { canManage, isProjectOwner } from '../projects/projects.policy.js';
import { loadVisible } from '../projects/projects.service.js';
import * as repo from './plans.repo.js';

type PlanIn = z.output<typeof planInput>;
type DraftIn = z.output<typeof planDraftUpdate>;
type Listed = Awaited<ReturnType<typeof repo.listPlans>>[number];

function present(r: Listed): Plan {
  const p = r.plan;
  return {
    id: p.id,
    projectId: p.projectId,
    year: p.year,
    versionNo: p.versionNo,
    status: p.status,
    isBaseline: p.isBaseline,
    reason: p.reason,
    plannedInvestment: p.plannedInvestment,
    monthlyTargets: p.monthlyTargets,
    fundingBySource: p.fundingBySource as Plan['fundingBySource'],
    milestones: r.milestones.map((m) => ({
      id: m.id,
      name: m.name,
      kind: m.kind,
      plannedDate: m.plannedDate,
      actualDate: m.actualDate,
    })),
    approvedBy: p.approvedBy ? { id: p.approvedBy, name: r.approverName ?? '' } : null,
    approvedAt: p.approvedAt?.toISOString() ?? null,
    createdAt: p.createdAt.toISOString(),
    version: p.version,
  };
}

const snapshot = (p: Plan): Record<string, unknown> => {
  const { id: _i, createdAt: _c, approvedBy: _a, ...rest } = p;
  return rest;
};

/** The project office, or the project's own owner, prepares plans; only the office approves. */
function canDraft(actor: Actor, project: Awaited<ReturnType<typeof loadVisible>>['p']): boolean {
  if (canManage(actor, project.districtId)) return true;
  return isProjectOwner(actor, project);
}

/** Monthly targets, when given, must add up exactly to the annual plan. */
function monthlyTargetsMatch(planned: string, targets: string[] | null | undefined): boolean {
  return !targets || sumYuan(targets) === sumYuan([planned]);
}

async function planById(tx: Tx, id: string): Promise<Plan> {
  const row = await repo.findPlan(tx, id);
  if (!row) throw notFound('plan');
  const [listed] = (await repo.listPlans(tx, row.projectId, row.year)).filter((r) => r.plan.id === id);
  return present(listed!);
}

export async function listPlans(db: Db, actor: Actor, projectId: string, year?: number): Promise<Plan[]> {
  await loadVisible(db, actor, projectId);
  return (await repo.listPlans(db, projectId, year)).map(present);
}

export async function createPlan(db: Db, actor: Actor, projectId: string, input: PlanIn): Promise<Plan> {
  return db.transaction(async (tx) => {
    const { p } = await loadVisible(tx, actor, projectId, true);
    if (!canDraft(actor, p)) throw forbidden('only the project office or the owner prepares plans');
    if (!monthlyTargetsMatch(input.plannedInvestment, input.monthlyTargets)) {
      throw new AppError('validation_failed', 'validation failed', [
        { path: ['monthlyTargets'], message: 'targets_do_not_sum_to_plan' },
      ]);
    }
    const state = await repo.yearState(tx, projectId, input.year);
    if (state.drafts > 0)
      throw new AppError('conflict', 'a draft plan for this year already exists; change it instead');
    if (state.approvedEver > 0 && !input.reason) {
      throw new AppError('validation_failed', 'validation failed', [
        { path: ['reason'], message: 'replan_reason_required' },
      ]);
    }
    const row = await repo.insertPlan(tx, {
      districtId: p.districtId,
      projectId,
      year: input.year,
      versionNo: state.lastVersion + 1,
      reason: input.reason ?? null,
      plannedInvestment: input.plannedInvestment,
      monthlyTargets: input.monthlyTargets,
      fundingBySource: input.fundingBySource,
      createdBy: actor.userId,
    });
    await repo.replaceMilestones(tx, row.id, projectId, input.milestones);
    const plan = await planById(tx, row.id);
    await appendEntry(tx, {
      districtId: p.districtId,
      actorUserId: actor.userId,
      entity: 'plan',
      entityId: row.id,
      action: 'create',
      before: null,
      after: snapshot(plan),
      reason: input.reason ?? null,
    });
    return plan;
  });
}

export async function updateDraft(db: Db, actor: Actor, planId: string, input: DraftIn): Promise<Plan> {
  return db.transaction(async (tx) => {
    const row = await repo.findPlan(tx, planId, true);
    if (!row) throw notFound('plan');
    const { p } = await loadVisible(tx, actor, row.projectId);
    if (!canDraft(actor, p)) throw forbidden();
    if (row.status !== 'draft')
      throw new AppError('conflict', 'an approved plan is fixed; create a new version with a reason');
    if (row.version !== input.version) throw new AppError('version_conflict', 'the plan was changed by someone else');
    const planned = input.plannedInvestment ?? row.plannedInvestment;
    const targets = input.monthlyTargets === undefined ? row.monthlyTargets : input.monthlyTargets;
    if (!monthlyTargetsMatch(planned, targets)) {
      throw new AppError('validation_failed', 'validation failed', [
        { path: ['monthlyTargets'], message: 'targets_do_not_sum_to_plan' },
      ]);
    }
    const before = await planById(tx, planId);
    await repo.updatePlan(tx, planId, input.version, {
      plannedInvestment: planned,
      monthlyTargets: targets,
      fundingBySource: input.fundingBySource ?? row.fundingBySource,
      reason: input.reason ?? row.reason,
    });
    if (input.milestones) await repo.replaceMilestones(tx, planId, row.projectId, input.milestones);
    const after = await planById(tx, planId);
    await appendEntry(tx, {
      districtId: p.districtId,
      actorUserId: actor.userId,
      entity: 'plan',
      entityId: planId,
      action: 'update',
      before: snapshot(before),
      after: snapshot(after),
      reason: input.reason ?? null,
    });
    return after;
  });
}

/**
 * Approving makes a version current. The first approved version of a year becomes the baseline;
 * a later one supersedes the current version, and the baseline stays as it was.
 */
export async function approvePlan(
  db: Db,
  actor: Actor,
  settings: IndicatorSettings,
  planId: string,
  version: number,
): Promise<Plan> {
  return db.transaction(async (tx) => {
    const row = await repo.findPlan(tx, planId, true);
    if (!row) throw notFound('plan');
    const { p } = await loadVisible(tx, actor, row.projectId, true);
    if (!canManage(actor, p.districtId)) throw forbidden('only the project office approves plans');
    if (row.status !== 'draft') throw new AppError('conflict', 'only a draft can be approved');
    if (row.version !== version) throw new AppError('version_conflict', 'the plan was changed by someone else');
    const state = await repo.yearState(tx, row.projectId, row.year);
    const before = await planById(tx, planId);
    await repo.supersedeApproved(tx, row.projectId, row.year);
    await repo.updatePlan(tx, planId, version, {
      status: 'approved',
      isBaseline: state.approvedEver === 0,
      approvedBy: actor.userId,
      approvedAt: new Date(),
    });
    const after = await planById(tx, planId);
    await appendEntry(tx, {
      districtId: p.districtId,
      actorUserId: actor.userId,
      entity: 'plan',
      entityId: planId,
      action: 'approve',
      before: snapshot(before),
      after: snapshot(after),
      reason: null,
    });
    await projectChanged(tx, row.projectId, { year: row.year, month: 1 }, settings);
    return after;
  });
}
