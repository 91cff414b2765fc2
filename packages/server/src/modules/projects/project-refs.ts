import type { Tag } from '@tuijin/shared';
import type { Tx } from '../../db/database.js';
import { AppError } from '../../lib/app-error.js';
import { findRegion, findTags, findUnit } from './projects.repo.js';

// Checks that the units, street and tags a project points to exist in its own district.

type Issue = { path: string[]; message: string };

export async function checkProjectRefs(
  tx: Tx,
  districtId: string,
  refs: { ownerUnitId?: string; streetId?: string | null; tagIds?: string[] },
): Promise<Tag[] | undefined> {
  const issues: Issue[] = [];
  if (refs.ownerUnitId !== undefined) {
    const unit = await findUnit(tx, refs.ownerUnitId);
    if (!unit || unit.districtId !== districtId || unit.archivedAt)
      issues.push({ path: ['ownerUnitId'], message: 'unit_not_found' });
  }
  if (refs.streetId) {
    const street = await findRegion(tx, refs.streetId);
    if (!street || street.level !== 'street' || street.parentId !== districtId)
      issues.push({ path: ['streetId'], message: 'street_not_found' });
  }
  let tags: Tag[] | undefined;
  if (refs.tagIds !== undefined) {
    const unique = [...new Set(refs.tagIds)];
    const rows = await findTags(tx, unique);
    if (rows.length !== unique.length || rows.some((t) => t.districtId !== districtId)) {
      issues.push({ path: ['tagIds'], message: 'tag_not_found' });
    }
    tags = rows.map(({ id, category, name }) => ({ id, category, name }));
  }
  if (issues.length) throw new AppError('validation_failed', 'validation failed', issues);
  return tags;
}
