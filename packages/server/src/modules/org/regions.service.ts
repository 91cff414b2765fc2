import type { Region, RegionCreate, RegionLevel } from '@tuijin/shared';
import { and, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { regions } from '../../db/schema.js';
import { allDistricts, districtsFor, type Actor } from '../../lib/actor.js';
import { AppError, forbidden } from '../../lib/app-error.js';
import { deleteSessionsOfGrantsOn } from '../auth/session.repo.js';
import { appendEntry } from '../journal/journal.service.js';
import * as repo from './org.repo.js';

const CHILD_LEVEL: Record<RegionLevel, RegionLevel | null> = {
  province: 'city',
  city: 'district',
  district: 'street',
  street: null,
};

export function toRegion(r: repo.RegionRow): Region {
  return { id: r.id, parentId: r.parentId, level: r.level, code: r.code, name: r.name, version: r.version };
}

export async function listRegions(
  db: Db,
  actor: Actor,
  f: { level?: RegionLevel; parentId?: string; page: number; pageSize: number },
) {
  const where: (SQL | undefined)[] = [repo.regionsVisibleTo(allDistricts(actor))];
  if (f.level) where.push(eq(regions.level, f.level));
  if (f.parentId) where.push(eq(regions.parentId, f.parentId));
  const { items, total } = await repo.listRegions(db, and(...where), f.page, f.pageSize);
  return { items: items.map(toRegion), total, page: f.page, pageSize: f.pageSize };
}

/**
 * An administrator adds streets to their districts; a new district needs an administrator of
 * the city or province above it.
 */
export async function createRegion(db: Db, actor: Actor, input: RegionCreate): Promise<Region> {
  const mine = districtsFor(actor, 'admin');
  if (!mine.length) throw forbidden('only an administrator manages regions');
  if (!input.parentId) throw forbidden('top-level regions are created with the command line');
  const parent = await repo.findRegion(db, input.parentId);
  if (!parent)
    throw new AppError('validation_failed', 'validation failed', [{ path: ['parentId'], message: 'region_not_found' }]);
  const covered = await repo.districtsCoveredBy(db, parent.id);
  if (parent.level === 'street' || !covered.length || !covered.every((d) => mine.includes(d)))
    throw forbidden('outside your region');
  if (CHILD_LEVEL[parent.level] !== input.level) {
    throw new AppError('validation_failed', 'validation failed', [
      { path: ['level'], message: 'level_does_not_fit_parent' },
    ]);
  }
  return db.transaction(async (tx) => {
    const row = await repo.insertRegion(tx, input);
    // A new district widens the scope of city- and province-level roles above it.
    if (row.level === 'district') await deleteSessionsOfGrantsOn(tx, await repo.ancestorsOf(tx, row.id));
    const districtId = row.level === 'district' ? row.id : row.level === 'street' ? parent.id : null;
    await appendEntry(tx, {
      districtId,
      actorUserId: actor.userId,
      entity: 'region',
      entityId: row.id,
      action: 'create',
      before: null,
      after: { ...toRegion(row) },
      reason: null,
    });
    return toRegion(row);
  });
}
