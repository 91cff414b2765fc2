import type { ProjectDetail, ProjectQuery, projectCreate, projectUpdate, Tag } from '@tuijin/shared';
import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import { projects } from '../../db/schema.js';
import { districtsFor, type Actor } from '../../lib/actor.js';
import { AppError, forbidden, notFound } from '../../lib/app-error.js';
import { chooseDistrict } from '../../lib/choose-district.js';
import { appendEntry, entityHistory } from '../journal/journal.service.js';
import { checkProjectRefs } from './project-refs.js';
import { canManage, canSee, editableFields, projectScope } from './projects.policy.js';
import { projectSnapshot, toAssignments, toDetail, toListItem } from './projects.presenter.js';
import * as repo from './projects.repo.js';

type CreateInput = z.output<typeof projectCreate>;
type UpdateInput = z.output<typeof projectUpdate>;

export async function listProjects(db: Db, actor: Actor, q: ProjectQuery) {
  const { rows, total } = await repo.listProjects(db, q, projectScope(actor));
  return { items: rows.map(toListItem), total, page: q.page, pageSize: q.pageSize };
}

/**
 * Whose registry page a cached answer is: two people never share one, and someone whose roles
 * changed (their sessions end, so their scope is new) never sees their old pages.
 */
export function registryCacheKey(actor: Actor): string {
  return `${actor.userId}|${actor.unitId ?? ''}|${JSON.stringify(actor.districtsByRole)}`;
}

export async function projectFacets(db: Db, actor: Actor) {
  return repo.facets(db, projectScope(actor));
}

/** Loads a project the actor may see; one they may not see is reported as missing. */
async function loadVisible(tx: Tx, actor: Actor, id: string, forUpdate = false) {
  const row = await repo.findProject(tx, id, forUpdate);
  if (!row || !canSee(actor, row.p)) throw notFound('project');
  return row;
}

async function tagsOf(tx: Tx, ids: string[]): Promise<Tag[]> {
  const rows = await repo.findTags(tx, ids);
  return rows.map(({ id, category, name }) => ({ id, category, name }));
}

export async function getProject(tx: Tx, actor: Actor, id: string): Promise<ProjectDetail> {
  const row = await loadVisible(tx, actor, id);
  const [tags, assignments] = await Promise.all([tagsOf(tx, row.p.tagIds), repo.findAssignments(tx, id)]);
  const manage = canManage(actor, row.p.districtId);
  const fields = editableFields(actor, row.p);
  return toDetail(row, tags, toAssignments(assignments), {
    edit: fields.length > 0 && !row.p.archivedAt,
    editFields: row.p.archivedAt ? [] : [...fields],
    archive: manage,
    assign: manage && !row.p.archivedAt,
  });
}

function creationDistrict(actor: Actor, requested: string | undefined): string {
  return chooseDistrict(districtsFor(actor, 'admin', 'office'), requested, 'only the project office creates projects');
}

async function assertCodeFree(tx: Tx, code: string | null | undefined, exceptId?: string) {
  if (!code) return;
  const cond = exceptId ? and(eq(projects.code, code), ne(projects.id, exceptId)) : eq(projects.code, code);
  const [clash] = await tx.select({ id: projects.id }).from(projects).where(cond).limit(1);
  if (clash) throw new AppError('duplicate', 'project code already used', { field: 'code' });
}

export async function createProject(db: Db, actor: Actor, input: CreateInput): Promise<ProjectDetail> {
  const districtId = creationDistrict(actor, input.districtId);
  return db.transaction(async (tx) => {
    const tags = (await checkProjectRefs(tx, districtId, input)) ?? [];
    await assertCodeFree(tx, input.code);
    const { districtId: _d, ...fields } = input;
    const id = await repo.insertProject(tx, { ...fields, districtId });
    const row = (await repo.findProject(tx, id))!;
    await appendEntry(tx, {
      districtId,
      actorUserId: actor.userId,
      entity: 'project',
      entityId: id,
      action: 'create',
      before: null,
      after: projectSnapshot(row, tags),
      reason: null,
    });
    return getProject(tx, actor, id);
  });
}

export async function updateProject(db: Db, actor: Actor, id: string, input: UpdateInput): Promise<ProjectDetail> {
  return db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id, true);
    if (row.p.archivedAt) throw new AppError('conflict', 'archived projects cannot be edited; restore it first');
    const { version, reason, ...changes } = input;
    const allowed = editableFields(actor, row.p);
    const refused = Object.keys(changes).filter((f) => !allowed.includes(f));
    if (refused.length) throw new AppError('forbidden', 'you may not change these fields', { fields: refused });
    if (row.p.version !== version)
      throw new AppError('version_conflict', 'the project was changed by someone else', {
        currentVersion: row.p.version,
      });
    const merged = { ...row.p, ...changes };
    if (merged.stage !== 'reserve' && !merged.code) {
      throw new AppError('validation_failed', 'validation failed', [
        { path: ['code'], message: 'project_code_required' },
      ]);
    }
    if ((merged.lng === null) !== (merged.lat === null)) {
      throw new AppError('validation_failed', 'validation failed', [
        { path: ['lat'], message: 'coordinates_incomplete' },
      ]);
    }
    if (merged.plannedStart && merged.plannedEnd && merged.plannedEnd < merged.plannedStart) {
      throw new AppError('validation_failed', 'validation failed', [
        { path: ['plannedEnd'], message: 'planned_end_before_start' },
      ]);
    }
    const tagsBefore = await tagsOf(tx, row.p.tagIds);
    const newTags = await checkProjectRefs(tx, row.p.districtId, changes);
    if (changes.code !== undefined) await assertCodeFree(tx, changes.code, id);
    if (!(await repo.updateProject(tx, id, version, changes)))
      throw new AppError('version_conflict', 'the project was changed by someone else');
    const after = (await repo.findProject(tx, id))!;
    await appendEntry(tx, {
      districtId: row.p.districtId,
      actorUserId: actor.userId,
      entity: 'project',
      entityId: id,
      action: 'update',
      before: projectSnapshot(row, tagsBefore),
      after: projectSnapshot(after, newTags ?? tagsBefore),
      reason: reason || null,
    });
    return getProject(tx, actor, id);
  });
}

/** Archives or restores: projects are never deleted, and either way the reason is kept. */
export async function setArchived(
  db: Db,
  actor: Actor,
  id: string,
  body: { version: number; reason: string },
  archived: boolean,
) {
  return db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id, true);
    if (!canManage(actor, row.p.districtId)) throw forbidden('only the project office archives projects');
    if (row.p.version !== body.version)
      throw new AppError('version_conflict', 'the project was changed by someone else', {
        currentVersion: row.p.version,
      });
    if (Boolean(row.p.archivedAt) === archived)
      throw new AppError('conflict', archived ? 'already archived' : 'not archived');
    await repo.updateProject(tx, id, body.version, { archivedAt: archived ? new Date() : null });
    const tags = await tagsOf(tx, row.p.tagIds);
    const after = (await repo.findProject(tx, id))!;
    await appendEntry(tx, {
      districtId: row.p.districtId,
      actorUserId: actor.userId,
      entity: 'project',
      entityId: id,
      action: archived ? 'archive' : 'restore',
      before: projectSnapshot(row, tags),
      after: projectSnapshot(after, tags),
      reason: body.reason,
    });
    return getProject(tx, actor, id);
  });
}

export async function projectHistory(db: Db, actor: Actor, id: string, page: number, pageSize: number) {
  await loadVisible(db, actor, id);
  return entityHistory(db, 'project', id, page, pageSize);
}

export { loadVisible };
