import {
  allowedProblemActions,
  localDate,
  problemAgeDays,
  problemCapacities,
  problemDaysOverdue,
  type problemCreate,
  type ProblemDetail,
  type ProblemListItem,
  type ProblemStatus,
} from '@tuijin/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import { problems } from '../../db/schema.js';
import { districtsFor, type Actor } from '../../lib/actor.js';
import { AppError, forbidden, notFound, validation } from '../../lib/app-error.js';
import type { Clock } from '../../lib/clock.js';
import { projectChanged } from '../indicators/figures.service.js';
import { appendEntry } from '../journal/journal.service.js';
import { canManage, canSee, projectScope } from '../projects/projects.policy.js';
import { loadVisible } from '../projects/projects.service.js';
import * as repo from './problems.repo.js';
import { tellAboutProblem } from './problem-notices.js';

// Problems (问题清单): anyone working on a project raises one; the project office assigns it (交办)
// to a lead unit and helping units with a due date; units post progress; the lead unit marks it
// solved; the raiser or the office verifies and closes it (销号) or reopens it. Who may do what is
// the shared state machine (domain/problems.ts); this service loads the facts and records steps.

export type ProblemSettings = { timeZone: string; dueDay: number; clock: Clock };

export type RaiseInput = z.output<typeof problemCreate>;

/** The district-local today by the app's clock. */
export const today = (s: ProblemSettings) => localDate(s.clock.now(), s.timeZone);

/** What a person may see: problems of projects in scope, and those given to the person's unit. */
export function problemVisibility(actor: Actor): SQL {
  const unit = actor.unitId && districtsFor(actor, 'unit').length ? actor.unitId : null;
  return unit
    ? sql`(${projectScope(actor)} OR p.lead_unit_id = ${unit} OR ${unit}::uuid = ANY(p.helper_unit_ids))`
    : sql`(${projectScope(actor)})`;
}

function capacitiesOf(actor: Actor, row: NonNullable<Awaited<ReturnType<typeof repo.findProblem>>>) {
  return problemCapacities(
    {
      userId: actor.userId,
      unitId: actor.unitId,
      office: canManage(actor, row.districtId),
      supervisor: districtsFor(actor, 'supervisor').includes(row.districtId),
    },
    {
      raisedBy: row.raisedBy,
      leadUnitId: row.leadUnitId,
      helperUnitIds: row.helperUnitIds,
      leadLeaderId: row.lead_leader_id,
      ownerUnitId: row.owner_unit_id,
    },
  );
}

/** The problem and the actor's capacities on it; 404 unless involved or seeing the project. */
export async function loadProblem(tx: Tx, actor: Actor, id: string, forUpdate = false) {
  const row = await repo.findProblem(tx, id, forUpdate);
  if (!row) throw notFound('problem');
  const caps = capacitiesOf(actor, row);
  // Involved people see it; so does everyone who sees the project.
  if (!caps.length) {
    const visible = await tx.execute(
      sql`SELECT 1 FROM problems p JOIN projects ON projects.id = p.project_id WHERE p.id = ${id} AND ${problemVisibility(actor)}`,
    );
    if (!visible.rows.length) throw notFound('problem');
  }
  return { row, caps };
}

export async function raiseProblem(db: Db, actor: Actor, s: ProblemSettings, input: RaiseInput) {
  const { projectId } = input;
  return db.transaction(async (tx) => {
    const { p } = await loadVisible(tx, actor, projectId, true);
    if (
      !canSee(actor, p) ||
      (districtsFor(actor, 'supervisor').includes(p.districtId) && !canManage(actor, p.districtId))
    )
      throw forbidden('only people working on the project raise its problems');
    if (p.archivedAt) throw new AppError('conflict', 'the project is archived');
    const mayFlag = canManage(actor, p.districtId) || p.leadLeaderId === actor.userId;
    if (input.forMeeting && !mayFlag)
      throw forbidden('only the office or the lead leader puts a problem on the meeting');
    if (input.reportId) {
      const r = await tx.execute(
        sql`SELECT 1 FROM monthly_reports WHERE id = ${input.reportId} AND project_id = ${projectId}`,
      );
      if (!r.rows.length) throw validation(['reportId'], 'report_not_of_project');
    }
    const [row] = await tx
      .insert(problems)
      .values({
        districtId: p.districtId,
        projectId,
        reportId: input.reportId ?? null,
        category: input.category,
        title: input.title,
        description: input.description,
        helpNeeded: input.helpNeeded,
        urgency: input.urgency,
        forMeeting: input.forMeeting,
        raisedBy: actor.userId,
      })
      .returning();
    await repo.insertEvent(tx, { problemId: row!.id, kind: 'raise', byUserId: actor.userId, byUnitId: actor.unitId });
    await appendEntry(tx, {
      districtId: p.districtId,
      actorUserId: actor.userId,
      entity: 'problem',
      entityId: row!.id,
      action: 'create',
      before: null,
      after: snapshot(row!),
      reason: null,
    });
    await tellAboutProblem(tx, 'raise', row!, p);
    await projectChanged(tx, projectId, 'current', s);
    return getProblemIn(tx, actor, s, row!.id);
  });
}

export const snapshot = (r: repo.ProblemRow) => ({
  category: r.category,
  title: r.title,
  description: r.description,
  helpNeeded: r.helpNeeded,
  urgency: r.urgency,
  status: r.status,
  leadUnitId: r.leadUnitId,
  helperUnitIds: r.helperUnitIds,
  dueDate: r.dueDate,
  escalationLevel: r.escalationLevel,
  forMeeting: r.forMeeting,
});

export async function getProblemIn(tx: Tx, actor: Actor, s: ProblemSettings, id: string): Promise<ProblemDetail> {
  const { row, caps } = await loadProblem(tx, actor, id);
  const [list] = await repo.listProblems(tx, sql`p.id = ${id}`, {}, 'dueDate', 1, 1, s.timeZone);
  const files = await tx.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM attachments WHERE owner_kind = 'problem' AND owner_id = ${id} AND deleted_at IS NULL`,
  );
  const item = present(list!, today(s));
  return {
    ...item,
    description: row.description,
    helpNeeded: row.helpNeeded,
    reportId: row.reportId,
    leadLeader: list!.lead_leader_id ? { id: list!.lead_leader_id, name: list!.leader_name ?? '' } : null,
    assignedAt: row.assignedAt?.toISOString() ?? null,
    solvedAt: row.solvedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    attachmentCount: files.rows[0]?.n ?? 0,
    capacities: caps,
    actions: allowedProblemActions(row.status as ProblemStatus, caps),
    events: (await repo.timeline(tx, id)).map((e) => ({
      id: Number(e.id),
      kind: e.kind as ProblemDetail['events'][number]['kind'],
      by: e.by_user_id ? { id: e.by_user_id, name: e.by_name ?? '' } : null,
      byUnit: e.by_unit_id ? { id: e.by_unit_id, name: e.by_unit_name ?? '' } : null,
      note: e.note,
      data: e.data,
      at: e.at,
    })),
  };
}

export function getProblem(db: Db, actor: Actor, s: ProblemSettings, id: string) {
  return getProblemIn(db, actor, s, id);
}

export function present(r: repo.ProblemListRow, todayKey: string): ProblemListItem {
  const due = { status: r.status as ProblemStatus, dueDate: r.due_date };
  return {
    id: r.id,
    districtId: r.district_id,
    project: { id: r.project_id, name: r.project_name },
    category: r.category as ProblemListItem['category'],
    title: r.title,
    urgency: r.urgency as ProblemListItem['urgency'],
    status: r.status as ProblemStatus,
    raisedBy: { id: r.raised_by, name: r.raiser_name },
    leadUnit: r.lead_unit_id ? { id: r.lead_unit_id, name: r.lead_unit_name ?? '' } : null,
    helperUnits: r.helper_units,
    dueDate: r.due_date,
    raisedOn: r.raised_on,
    ageDays: problemAgeDays(r.raised_on, todayKey),
    daysOverdue: problemDaysOverdue(due, todayKey),
    escalationLevel: r.escalation_level,
    forMeeting: r.for_meeting,
    updatedAt: r.updated_at,
    version: r.version,
  };
}
