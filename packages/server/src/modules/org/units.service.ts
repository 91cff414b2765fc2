import type { Unit, UnitCreate, UnitUpdate } from '@tuijin/shared';
import type { Db } from '../../db/database.js';
import { allDistricts, districtsFor, type Actor } from '../../lib/actor.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { chooseDistrict } from '../../lib/choose-district.js';
import { appendEntry } from '../journal/journal.service.js';
import * as repo from './org.repo.js';

export function toUnit(u: repo.UnitRow): Unit {
  return {
    id: u.id,
    districtId: u.districtId,
    kind: u.kind,
    name: u.name,
    shortName: u.shortName,
    parentUnitId: u.parentUnitId,
    archivedAt: u.archivedAt?.toISOString() ?? null,
    version: u.version,
  };
}

const snapshot = (u: repo.UnitRow) => {
  const { id: _i, districtId: _d, ...rest } = toUnit(u);
  return rest as Record<string, unknown>;
};

/** Units are visible to everyone signed in within their districts: they name who does what. */
export async function listUnits(
  db: Db,
  actor: Actor,
  f: { kind?: string; q?: string; page: number; pageSize: number },
) {
  const { items, total } = await repo.listUnits(db, allDistricts(actor), f, f.page, f.pageSize);
  return { items: items.map(toUnit), total, page: f.page, pageSize: f.pageSize };
}

function adminDistrict(actor: Actor, requested?: string): string {
  return chooseDistrict(districtsFor(actor, 'admin'), requested, 'only an administrator manages units');
}

async function checkParent(db: Db, districtId: string, parentUnitId: string | null | undefined) {
  if (!parentUnitId) return;
  const parent = await repo.findUnit(db, parentUnitId);
  if (!parent || parent.districtId !== districtId) {
    throw new AppError('validation_failed', 'validation failed', [
      { path: ['parentUnitId'], message: 'unit_not_found' },
    ]);
  }
}

export async function createUnit(db: Db, actor: Actor, input: UnitCreate): Promise<Unit> {
  const districtId = adminDistrict(actor, input.districtId);
  await checkParent(db, districtId, input.parentUnitId);
  return db.transaction(async (tx) => {
    const row = await repo.insertUnit(tx, {
      districtId,
      kind: input.kind,
      name: input.name,
      shortName: input.shortName ?? null,
      parentUnitId: input.parentUnitId ?? null,
    });
    await appendEntry(tx, {
      districtId,
      actorUserId: actor.userId,
      entity: 'unit',
      entityId: row.id,
      action: 'create',
      before: null,
      after: snapshot(row),
      reason: null,
    });
    return toUnit(row);
  });
}

export async function updateUnit(db: Db, actor: Actor, id: string, input: UnitUpdate): Promise<Unit> {
  return db.transaction(async (tx) => {
    const current = await repo.findUnit(tx, id);
    if (!current || !allDistricts(actor).includes(current.districtId)) throw notFound('unit');
    adminDistrict(actor, current.districtId);
    const { version, reason, ...changes } = input;
    if (current.version !== version) throw new AppError('version_conflict', 'the unit was changed by someone else');
    await checkParent(db, current.districtId, changes.parentUnitId);
    if (changes.parentUnitId === id)
      throw new AppError('validation_failed', 'validation failed', [
        { path: ['parentUnitId'], message: 'unit_own_parent' },
      ]);
    const row = await repo.updateUnit(tx, id, version, changes);
    if (!row) throw new AppError('version_conflict', 'the unit was changed by someone else');
    await appendEntry(tx, {
      districtId: row.districtId,
      actorUserId: actor.userId,
      entity: 'unit',
      entityId: id,
      action: 'update',
      before: snapshot(current),
      after: snapshot(row),
      reason: reason || null,
    });
    return toUnit(row);
  });
}
