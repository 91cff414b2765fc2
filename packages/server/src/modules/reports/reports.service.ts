import {
  parsePeriodKey,
  periodFirstDay,
  periodKey,
  periodOf,
  reportDueAt,
  compareYuan,
  sumYuan,
  type Report,
  type reportDraft,
} from '@tuijin/shared';
import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import { projects } from '../../db/schema.js';
import { districtsFor, type Actor } from '../../lib/actor.js';
import { AppError, forbidden, notFound, validation } from '../../lib/app-error.js';
import { projectChanged } from '../indicators/figures.service.js';
import { appendEntry } from '../journal/journal.service.js';
import { notifyReportReturned } from '../notifications/notifications.service.js';
import * as plansRepo from '../plans/plans.repo.js';
import { canManage, isProjectOwner, type ScopedProject } from '../projects/projects.policy.js';
import { loadVisible } from '../projects/projects.service.js';
import * as repo from './reports.repo.js';

// The monthly report (月度填报): the owner drafts and submits, the responsible unit accepts or
// returns it with a reason, accepted reports are locked, the project office may reopen one.

export type ReportSettings = { timeZone: string; dueDay: number };
type DraftIn = z.output<typeof reportDraft>;
const EDITABLE = new Set(['draft', 'returned', 'reopened']);

const isReviewer = (a: Actor, p: ScopedProject) =>
  canManage(a, p.districtId) ||
  Boolean(a.unitId && p.responsibleUnitId === a.unitId && districtsFor(a, 'unit').includes(p.districtId));
const canFill = (a: Actor, p: ScopedProject) => isProjectOwner(a, p) || canManage(a, p.districtId);

const periodDate = (key: string) => periodFirstDay(parsePeriodKey(key));

type Row = NonNullable<Awaited<ReturnType<typeof repo.findReport>>>;

async function present(tx: Tx, actor: Actor, p: ScopedProject, row: Row): Promise<Report> {
  const r = row.r;
  const year = Number(r.period.slice(0, 4));
  const months = await repo.listYear(tx, r.projectId, year);
  const counted = months.filter((m) => m.r.period <= r.period && (m.r.status === 'accepted' || m.r.id === r.id));
  return {
    id: r.id,
    projectId: r.projectId,
    period: r.period.slice(0, 7),
    status: r.status,
    completedThisMonth: r.completedThisMonth,
    cumulativeThisYear: sumYuan(counted.map((m) => m.r.completedThisMonth)),
    fundsReceived: r.fundsReceived as Report['fundsReceived'],
    progressPercent: r.progressPercent === null ? null : Number(r.progressPercent),
    progressText: r.progressText,
    started: r.started,
    dueAt: r.dueAt.toISOString(),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    late: r.late,
    reviewedBy: r.reviewedBy ? { id: r.reviewedBy, name: row.reviewerName ?? '' } : null,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    returnReason: r.returnReason,
    photoCount: row.photoCount,
    version: r.version,
    permissions: {
      edit: EDITABLE.has(r.status) && canFill(actor, p),
      submit: EDITABLE.has(r.status) && canFill(actor, p),
      review: r.status === 'submitted' && isReviewer(actor, p),
      reopen: r.status === 'accepted' && canManage(actor, p.districtId),
    },
  };
}

const snapshot = (r: Report): Record<string, unknown> => {
  // Photos are journaled as attachments of their own.
  const { permissions: _p, id: _i, reviewedBy: _r, photoCount: _c, ...rest } = r;
  return rest;
};

export async function listReports(db: Db, actor: Actor, projectId: string, year: number): Promise<Report[]> {
  const { p } = await loadVisible(db, actor, projectId);
  const rows = await repo.listYear(db, projectId, year);
  return Promise.all(rows.map((row) => present(db, actor, p, row)));
}

export async function getReport(db: Db, actor: Actor, projectId: string, key: string): Promise<Report> {
  const { p } = await loadVisible(db, actor, projectId);
  const row = await repo.findReport(db, projectId, periodDate(key));
  if (!row) throw notFound('report');
  return present(db, actor, p, row);
}

/**
 * Refuses a change to the report's content (figures, photos) unless the actor fills it (the
 * owner, the project office) and it is still editable: 403 or 409, as for its figures.
 */
export function assertMayChange(actor: Actor, p: ScopedProject & { archivedAt: Date | null }, status: string): void {
  if (!canFill(actor, p)) throw forbidden('only the owner or the project office fills the monthly report');
  if (p.archivedAt) throw new AppError('conflict', 'the project is archived');
  if (!EDITABLE.has(status)) throw new AppError('conflict', `the report is ${status} and locked`);
}

/** Creates or changes the draft of a month, with the checks a careful office clerk would make. */
export async function saveDraft(
  db: Db,
  actor: Actor,
  settings: ReportSettings,
  projectId: string,
  key: string,
  input: DraftIn,
  now = new Date(),
): Promise<Report> {
  const period = parsePeriodKey(key);
  if (periodKey(period) > periodKey(periodOf(now, settings.timeZone))) throw validation(['period'], 'period_in_future');
  return db.transaction(async (tx) => {
    const { p } = await loadVisible(tx, actor, projectId, true);
    if (!canFill(actor, p)) throw forbidden('only the owner or the project office fills the monthly report');
    if (p.archivedAt) throw new AppError('conflict', 'the project is archived');
    const date = periodDate(key);
    const existing = await repo.findReport(tx, projectId, date, true);
    if (existing && !EDITABLE.has(existing.r.status))
      throw new AppError('conflict', `the report is ${existing.r.status} and locked`);
    if (existing && input.version !== existing.r.version)
      throw new AppError('version_conflict', 'the report was changed by someone else');
    // Everything ever completed, with this month, cannot exceed the project's total investment.
    const cumulative = sumYuan([await repo.acceptedTotalExcept(tx, projectId, date), input.completedThisMonth]);
    if (compareYuan(cumulative, p.totalInvestment) > 0)
      throw validation(['completedThisMonth'], 'cumulative_above_total');
    const values = {
      completedThisMonth: input.completedThisMonth,
      fundsReceived: input.fundsReceived,
      progressPercent: input.progressPercent === null ? null : input.progressPercent.toFixed(2),
      progressText: input.progressText,
      started: input.started,
    };
    const previous = existing ? await present(tx, actor, p, existing) : null;
    const saved = existing
      ? await repo.updateReport(tx, existing.r.id, existing.r.version, values)
      : await repo.insertReport(tx, {
          ...values,
          districtId: p.districtId,
          projectId,
          period: date,
          dueAt: reportDueAt(period, settings.dueDay, settings.timeZone),
          createdBy: actor.userId,
        });
    if (!saved) throw new AppError('version_conflict', 'the report was changed by someone else');
    await recordMilestones(tx, projectId, period.year, input.milestoneActuals);
    if (input.milestoneActuals.length) await projectChanged(tx, projectId, 'current', settings);
    const after = await present(tx, actor, p, (await repo.findReport(tx, projectId, date))!);
    await appendEntry(tx, {
      districtId: p.districtId,
      actorUserId: actor.userId,
      entity: 'monthly_report',
      entityId: saved.id,
      action: existing ? 'update' : 'create',
      before: previous ? snapshot(previous) : null,
      after: snapshot(after),
      reason: null,
    });
    return after;
  });
}

async function recordMilestones(tx: Tx, projectId: string, year: number, actuals: DraftIn['milestoneActuals']) {
  if (!actuals.length) return;
  const current = await plansRepo.currentMilestones(tx, projectId, year);
  for (const [i, a] of actuals.entries()) {
    if (!current.some((c) => c.m.id === a.milestoneId))
      throw validation(['milestoneActuals', i, 'milestoneId'], 'milestone_not_in_plan');
    await plansRepo.setMilestoneActual(tx, a.milestoneId, a.actualDate);
  }
}

type Step = 'submit' | 'return' | 'accept' | 'reopen';
const FROM: Record<Step, string[]> = {
  submit: ['draft', 'returned', 'reopened'],
  return: ['submitted'],
  accept: ['submitted'],
  reopen: ['accepted'],
};
const TO = { submit: 'submitted', return: 'returned', accept: 'accepted', reopen: 'reopened' } as const;

/** Moves a report along its workflow; who may take which step is checked here. */
export async function transition(
  db: Db,
  actor: Actor,
  settings: ReportSettings,
  projectId: string,
  key: string,
  step: Step,
  body: { version: number; reason?: string },
  now = new Date(),
): Promise<Report> {
  return db.transaction(async (tx) => {
    const { p } = await loadVisible(tx, actor, projectId, true);
    const allowed =
      step === 'submit' ? canFill(actor, p) : step === 'reopen' ? canManage(actor, p.districtId) : isReviewer(actor, p);
    if (!allowed) throw forbidden(`you may not ${step} this report`);
    const row = await repo.findReport(tx, projectId, periodDate(key), true);
    if (!row) throw notFound('report');
    if (!FROM[step].includes(row.r.status))
      throw new AppError('conflict', `a ${row.r.status} report cannot be ${TO[step]}`);
    if (row.r.version !== body.version)
      throw new AppError('version_conflict', 'the report was changed by someone else');
    const before = await present(tx, actor, p, row);
    const values =
      step === 'submit'
        ? {
            status: TO.submit,
            submittedAt: now,
            late: now > row.r.dueAt,
            returnReason: null,
            reviewedBy: null,
            reviewedAt: null,
          }
        : step === 'reopen'
          ? { status: TO.reopen }
          : {
              status: TO[step],
              reviewedBy: actor.userId,
              reviewedAt: now,
              returnReason: step === 'return' ? (body.reason ?? null) : null,
            };
    await repo.updateReport(tx, row.r.id, body.version, values);
    const after = await present(tx, actor, p, (await repo.findReport(tx, projectId, periodDate(key)))!);
    await appendEntry(tx, {
      districtId: p.districtId,
      actorUserId: actor.userId,
      entity: 'monthly_report',
      entityId: row.r.id,
      action: step,
      before: snapshot(before),
      after: snapshot(after),
      reason: body.reason ?? null,
    });
    if (step === 'return')
      await notifyReportReturned(tx, {
        districtId: p.districtId,
        projectId,
        projectName: p.name,
        ownerUnitId: p.ownerUnitId,
        period: key,
        reason: body.reason ?? null,
        reviewerName: actor.unitName ?? actor.displayName,
      });
    await projectChanged(tx, projectId, parsePeriodKey(key), settings);
    return after;
  });
}

/** Submitted reports the actor reviews: the office's whole district, a unit's own projects. */
export async function reviewQueue(
  db: Db,
  actor: Actor,
  q: { status: Report['status']; period?: string; page: number; pageSize: number },
) {
  const parts: SQL[] = [];
  const wide = districtsFor(actor, 'admin', 'office');
  if (wide.length) parts.push(inArray(projects.districtId, wide));
  const asUnit = districtsFor(actor, 'unit');
  if (actor.unitId && asUnit.length)
    parts.push(and(eq(projects.responsibleUnitId, actor.unitId), inArray(projects.districtId, asUnit))!);
  if (!parts.length) throw forbidden('only reviewers have a review queue');
  const scope = or(...parts)!;
  const { items, total } = await repo.reviewQueue(
    db,
    scope,
    q.status,
    q.period ? periodDate(q.period) : undefined,
    q.page,
    q.pageSize,
  );
  return {
    items: items.map(({ r, projectName }) => ({
      id: r.id,
      project: { id: r.projectId, name: projectName },
      period: r.period.slice(0, 7),
      status: r.status,
      completedThisMonth: r.completedThisMonth,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      late: r.late,
      version: r.version,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
