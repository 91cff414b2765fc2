import { type FormalityTemplate, type formalityTemplateCreate, type formalityTemplateUpdate } from '@tuijin/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import { formalityTemplates, formalityTemplateSteps, units } from '../../db/schema.js';
import { allDistricts, districtsFor, type Actor } from '../../lib/actor.js';
import { AppError, forbidden, notFound, validation } from '../../lib/app-error.js';
import { chooseDistrict } from '../../lib/choose-district.js';
import { appendEntry } from '../journal/journal.service.js';
import * as repo from './formalities.repo.js';

// The district's templates of approval chains (审批流程模板), kept by the project office.

// ---- Templates ----------------------------------------------------------------------------------

type TemplateCreate = z.output<typeof formalityTemplateCreate>;
type TemplateUpdate = z.output<typeof formalityTemplateUpdate>;

async function presentTemplates(tx: Tx, rows: repo.TemplateRow[]): Promise<FormalityTemplate[]> {
  const steps = await repo.templateSteps(
    tx,
    rows.map((r) => r.id),
  );
  return rows.map((t) => ({
    id: t.id,
    districtId: t.districtId,
    name: t.name,
    appliesTo: t.appliesTo as FormalityTemplate['appliesTo'],
    targetWorkingDays: t.targetWorkingDays,
    steps: steps
      .filter((s) => s.templateId === t.id)
      .map((s) => ({
        id: s.id,
        position: s.position,
        code: s.code,
        name: s.name,
        approverUnit: s.approverUnitId ? { id: s.approverUnitId, name: s.approverUnitName ?? '' } : null,
        limitWorkingDays: s.limitWorkingDays,
        isConstructionPermit: s.isConstructionPermit,
      })),
    version: t.version,
  }));
}

export const officeDistricts = (actor: Actor) => districtsFor(actor, 'admin', 'office');

/** The office's templates of its districts; a district with none gets the defaults first. */
export async function listTemplates(db: Db, actor: Actor, districtId?: string) {
  const mine = officeDistricts(actor);
  if (!mine.length) throw forbidden('only the project office keeps the formality templates');
  if (districtId && !mine.includes(districtId)) throw notFound('district');
  const districts = districtId ? [districtId] : mine;
  return db.transaction(async (tx) => {
    for (const d of districts) await repo.ensureDefaultTemplates(tx, d);
    const items = await presentTemplates(tx, await repo.templatesOf(tx, districts));
    return { items, total: items.length, page: 1, pageSize: Math.max(1, items.length) };
  });
}

async function checkApprovers(tx: Tx, districtId: string, steps: { approverUnitId: string | null }[]) {
  const ids = [...new Set(steps.map((s) => s.approverUnitId).filter((x): x is string => x !== null))];
  if (!ids.length) return;
  const found = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(inArray(units.id, ids), eq(units.districtId, districtId)));
  const i = steps.findIndex((s) => s.approverUnitId !== null && !found.some((u) => u.id === s.approverUnitId));
  if (i >= 0) throw validation(['steps', i, 'approverUnitId'], 'unit_not_found');
}

const templateSnapshot = (t: FormalityTemplate) => ({
  name: t.name,
  appliesTo: t.appliesTo,
  targetWorkingDays: t.targetWorkingDays,
  steps: t.steps.map((s) => ({
    code: s.code,
    name: s.name,
    approverUnitId: s.approverUnit?.id ?? null,
    limitWorkingDays: s.limitWorkingDays,
    isConstructionPermit: s.isConstructionPermit,
  })),
});

async function insertTemplateSteps(tx: Tx, templateId: string, steps: TemplateCreate['steps']) {
  await tx.insert(formalityTemplateSteps).values(
    steps.map((s, position) => ({
      templateId,
      position,
      code: s.code,
      name: s.name,
      approverUnitId: s.approverUnitId,
      limitWorkingDays: s.limitWorkingDays,
      isConstructionPermit: s.isConstructionPermit,
    })),
  );
}

export async function createTemplate(db: Db, actor: Actor, input: TemplateCreate): Promise<FormalityTemplate> {
  const districtId = chooseDistrict(
    officeDistricts(actor),
    input.districtId,
    'only the project office keeps the formality templates',
  );
  return db.transaction(async (tx) => {
    await checkApprovers(tx, districtId, input.steps);
    const [row] = await tx
      .insert(formalityTemplates)
      .values({ districtId, name: input.name, appliesTo: input.appliesTo, targetWorkingDays: input.targetWorkingDays })
      .returning();
    await insertTemplateSteps(tx, row!.id, input.steps);
    const [t] = await presentTemplates(tx, [row!]);
    await appendEntry(tx, {
      districtId,
      actorUserId: actor.userId,
      entity: 'formality_template',
      entityId: row!.id,
      action: 'create',
      before: null,
      after: templateSnapshot(t!),
      reason: null,
    });
    return t!;
  });
}

export async function updateTemplate(
  db: Db,
  actor: Actor,
  id: string,
  input: TemplateUpdate,
): Promise<FormalityTemplate> {
  return db.transaction(async (tx) => {
    const row = await repo.findTemplate(tx, id, true);
    if (!row || !officeDistricts(actor).includes(row.districtId)) {
      if (row && allDistricts(actor).includes(row.districtId))
        throw forbidden('only the project office keeps the formality templates');
      throw notFound('formality template');
    }
    if (row.version !== input.version)
      throw new AppError('version_conflict', 'the template was changed by someone else');
    const [before] = await presentTemplates(tx, [row]);
    if (input.steps) {
      await checkApprovers(tx, row.districtId, input.steps);
      await tx.delete(formalityTemplateSteps).where(eq(formalityTemplateSteps.templateId, id));
      await insertTemplateSteps(tx, id, input.steps);
    }
    const [after] = await tx
      .update(formalityTemplates)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.appliesTo !== undefined ? { appliesTo: input.appliesTo } : {}),
        ...(input.targetWorkingDays !== undefined ? { targetWorkingDays: input.targetWorkingDays } : {}),
        version: sql`${formalityTemplates.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(formalityTemplates.id, id), eq(formalityTemplates.version, input.version)))
      .returning();
    if (!after) throw new AppError('version_conflict', 'the template was changed by someone else');
    const [t] = await presentTemplates(tx, [after]);
    await appendEntry(tx, {
      districtId: row.districtId,
      actorUserId: actor.userId,
      entity: 'formality_template',
      entityId: id,
      action: 'update',
      before: templateSnapshot(before!),
      after: templateSnapshot(t!),
      reason: null,
    });
    return t!;
  });
}
