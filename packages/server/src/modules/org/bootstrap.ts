import type { Role } from '@tuijin/shared';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { regions } from '../../db/schema.js';
import { hashPassword } from '../../lib/password.js';
import { appendEntry } from '../journal/journal.service.js';
import * as repo from './org.repo.js';

// Set-up steps that run before anyone can sign in (first start, the command line): they act as
// the system, with no actor, and are journaled like every other change.

const SYSTEM_REASON = 'set-up';

export async function ensureRegion(
  tx: Tx,
  r: { parentId: string | null; level: 'province' | 'city' | 'district' | 'street'; code: string; name: string },
  reason = SYSTEM_REASON,
) {
  const [existing] = await tx.select().from(regions).where(eq(regions.code, r.code));
  if (existing) return existing;
  const row = await repo.insertRegion(tx, r);
  const districtId = row.level === 'district' ? row.id : row.level === 'street' ? row.parentId : null;
  await appendEntry(tx, {
    districtId,
    actorUserId: null,
    entity: 'region',
    entityId: row.id,
    action: 'create',
    before: null,
    after: { level: row.level, code: row.code, name: row.name, parentId: row.parentId },
    reason,
  });
  return row;
}

export async function createUnitAsSystem(
  tx: Tx,
  u: {
    districtId: string;
    kind: 'office' | 'bureau' | 'street' | 'enterprise' | 'other';
    name: string;
    shortName: string | null;
  },
  reason = SYSTEM_REASON,
) {
  const row = await repo.insertUnit(tx, u);
  await appendEntry(tx, {
    districtId: u.districtId,
    actorUserId: null,
    entity: 'unit',
    entityId: row.id,
    action: 'create',
    before: null,
    after: { kind: row.kind, name: row.name, shortName: row.shortName },
    reason,
  });
  return row;
}

export async function createUserAsSystem(
  tx: Tx,
  u: {
    username: string;
    displayName: string;
    phone: string | null;
    unitId: string | null;
    districtId: string | null;
    passwordHash?: string;
    password?: string;
    roles: { role: Role; scopeRegionId: string }[];
  },
  reason = SYSTEM_REASON,
) {
  const passwordHash = u.passwordHash ?? (await hashPassword(u.password ?? ''));
  const row = await repo.insertUser(tx, {
    username: u.username,
    displayName: u.displayName,
    phone: u.phone,
    unitId: u.unitId,
    districtId: u.districtId,
    passwordHash,
  });
  await repo.replaceGrants(tx, row.id, u.roles);
  await appendEntry(tx, {
    districtId: u.districtId,
    actorUserId: null,
    entity: 'user',
    entityId: row.id,
    action: 'create',
    before: null,
    after: { username: row.username, displayName: row.displayName, unitId: row.unitId, roles: u.roles },
    reason,
  });
  return row;
}
