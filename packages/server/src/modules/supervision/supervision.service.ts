import {
  allowedSupervisionActions,
  localDate,
  noticeText,
  supervisionCapacities,
  supervisionNotice,
  supervisionTransition,
  TRANSITION_REFUSAL_ERRORS,
  type SupervisionAction,
  type SupervisionDetail,
  type supervisionItemCreate,
  type SupervisionListItem,
  type SupervisionSource,
  type SupervisionStatus,
} from '@tuijin/shared';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import { projects, supervisionItems, units } from '../../db/schema.js';
import { allDistricts, districtsFor, type Actor } from '../../lib/actor.js';
import { AppError, notFound, validation } from '../../lib/app-error.js';
import { chooseDistrict } from '../../lib/choose-district.js';
import type { Clock } from '../../lib/clock.js';
import { appendEntry } from '../journal/journal.service.js';
import { projectScope } from '../projects/projects.policy.js';
import * as repo from './supervision.repo.js';
import { tellAboutItem } from './supervision-notices.js';

// Supervision items (督查督办): the supervision office gives an item to one unit with a due date;
// the unit reports in rounds; the office accepts a round (closed) or returns it; it may reopen a
// closed item. Who may do what is the shared state machine (domain/supervision.ts); the office is
// the district's supervisors, and its administrators (as the project office's are for problems).

export type SupervisionSettings = { timeZone: string; clock: Clock };
export type CreateInput = z.output<typeof supervisionItemCreate>;

/** The district-local today by the app's clock. */
export const today = (s: SupervisionSettings) => localDate(s.clock.now(), s.timeZone);

/** Districts where the person acts as the supervision office. */
export const supervisorDistricts = (actor: Actor) => districtsFor(actor, 'supervisor', 'admin');

const uuids = (ids: string[]) =>
  sql.join(
    ids.map((d) => sql`${d}::uuid`),
    sql`, `,
  );

/**
 * What a person may see: every item of the districts it sees whole (admin, office, supervisor),
 * the items given to its unit, and the items of projects in its scope.
 */
export function itemVisibility(actor: Actor): SQL {
  const parts: SQL[] = [sql`(${projectScope(actor)})`];
  const wide = districtsFor(actor, 'admin', 'office', 'supervisor');
  if (wide.length) parts.push(sql`s.district_id IN (${uuids(wide)})`);
  const mine = allDistricts(actor);
  if (actor.unitId && mine.length)
    parts.push(sql`(s.assignee_unit_id = ${actor.unitId} AND s.district_id IN (${uuids(mine)}))`);
  return sql`(${sql.join(parts, sql` OR `)})`;
}

function capacitiesOf(actor: Actor, row: repo.ItemRow) {
  const inDistrict = allDistricts(actor).includes(row.districtId);
  return supervisionCapacities(
    { unitId: inDistrict ? actor.unitId : null, supervisor: supervisorDistricts(actor).includes(row.districtId) },
    row,
  );
}

export async function loadItem(tx: Tx, actor: Actor, id: string, forUpdate = false) {
  const row = await repo.findItem(tx, id, forUpdate);
  if (!row) throw notFound('supervision item');
  const caps = capacitiesOf(actor, row);
  if (!caps.length) {
    const visible = await tx.execute(
      sql`SELECT 1 FROM supervision_items s LEFT JOIN projects ON projects.id = s.project_id
          WHERE s.id = ${id} AND ${itemVisibility(actor)}`,
    );
    if (!visible.rows.length) throw notFound('supervision item');
  }
  return { row, caps };
}

export function present(r: repo.ItemListRow, todayKey: string): SupervisionListItem {
  const status = r.status as SupervisionStatus;
  const n = supervisionNotice({ status, dueDate: r.due_date }, todayKey, { blueWithinDays: r.blue_within_days });
  return {
    id: r.id,
    districtId: r.district_id,
    source: r.source as SupervisionSource,
    sourceId: r.source_id,
    project: r.project_id ? { id: r.project_id, name: r.project_name ?? '' } : null,
    title: r.title,
    assignee: { id: r.assignee_unit_id, name: r.assignee_name },
    dueDate: r.due_date,
    status,
    notice: { ...n, text: noticeText(n) },
    rounds: r.rounds,
    closedAt: r.closed_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export async function getItemIn(tx: Tx, actor: Actor, s: SupervisionSettings, id: string): Promise<SupervisionDetail> {
  const { row, caps } = await loadItem(tx, actor, id);
  const [list] = await repo.listItems(tx, sql`s.id = ${id}`, {}, 'dueDate', 1, 1);
  const names = await tx.execute<{ name: string }>(
    sql`SELECT display_name AS name FROM users WHERE id = ${row.createdBy}::uuid`,
  );
  const ref = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);
  return {
    ...present(list!, today(s)),
    requirement: row.requirement,
    createdBy: ref(row.createdBy, names.rows[0]?.name ?? null),
    createdAt: row.createdAt.toISOString(),
    feedback: (await repo.feedbackOf(tx, id, s.timeZone)).map((f) => ({
      id: f.id,
      round: f.round,
      text: f.text,
      by: { id: f.by_user_id, name: f.by_name },
      at: f.at,
      reportedOn: f.reported_on,
      verdict: f.verdict as SupervisionDetail['feedback'][number]['verdict'],
      verdictNote: f.verdict_note,
      verdictBy: ref(f.verdict_by, f.verdict_name),
      verdictAt: f.verdict_at,
      attachmentCount: f.attachment_count,
    })),
    actions: allowedSupervisionActions(row.status as SupervisionStatus, caps),
  };
}

export function getItem(db: Db, actor: Actor, s: SupervisionSettings, id: string) {
  return getItemIn(db, actor, s, id);
}

export const snapshot = (r: repo.ItemRow) => ({
  source: r.source,
  sourceId: r.sourceId,
  projectId: r.projectId,
  title: r.title,
  requirement: r.requirement,
  assigneeUnitId: r.assigneeUnitId,
  dueDate: r.dueDate,
  status: r.status,
});

/** The unit and the project of an item must be of its district. */
export async function checkRefs(tx: Tx, districtId: string, f: { assigneeUnitId?: string; projectId?: string | null }) {
  if (f.projectId) {
    const [p] = await tx
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.id, f.projectId), eq(projects.districtId, districtId)));
    if (!p) throw notFound('project');
  }
  if (f.assigneeUnitId) {
    const [u] = await tx
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.id, f.assigneeUnitId), eq(units.districtId, districtId)));
    if (!u) throw validation(['assigneeUnitId'], 'unit_not_found');
  }
}

/** The refusal of the state machine as an error, or nothing when the action is allowed. */
export function checkTransition(
  row: repo.ItemRow,
  action: SupervisionAction,
  caps: ReturnType<typeof capacitiesOf>,
  reason?: string | null,
) {
  const result = supervisionTransition(row.status as SupervisionStatus, action, caps, reason);
  if (!result.ok) {
    const code = TRANSITION_REFUSAL_ERRORS[result.refusal];
    if (code === 'validation_failed') throw validation(['reason'], 'text_required');
    throw new AppError(code, result.refusal);
  }
  return result.status;
}

export async function createItem(db: Db, actor: Actor, s: SupervisionSettings, input: CreateInput) {
  const districtId = chooseDistrict(
    supervisorDistricts(actor),
    input.districtId,
    'only the supervision office creates supervision items',
  );
  return db.transaction(async (tx) => {
    await checkRefs(tx, districtId, input);
    if (input.dueDate < today(s)) throw validation(['dueDate'], 'due_date_past');
    const now = s.clock.now();
    const [row] = await tx
      .insert(supervisionItems)
      .values({
        districtId,
        source: input.source,
        sourceId: input.sourceId,
        projectId: input.projectId,
        title: input.title,
        requirement: input.requirement,
        assigneeUnitId: input.assigneeUnitId,
        dueDate: input.dueDate,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await appendEntry(tx, {
      districtId,
      actorUserId: actor.userId,
      entity: 'supervision_item',
      entityId: row!.id,
      action: 'create',
      before: null,
      after: snapshot(row!),
      reason: null,
    });
    await tellAboutItem(tx, 'assign', row!, today(s));
    return getItemIn(tx, actor, s, row!.id);
  });
}
