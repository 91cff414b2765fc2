import type { Role, User, UserCreate, UserUpdate } from '@tuijin/shared';
import type { Db, Tx } from '../../db/database.js';
import { districtsFor, type Actor } from '../../lib/actor.js';
import { AppError, forbidden, notFound } from '../../lib/app-error.js';
import { hashPassword } from '../../lib/password.js';
import { deleteUserSessions } from '../auth/session.repo.js';
import { appendEntry } from '../journal/journal.service.js';
import * as repo from './org.repo.js';

type Grant = { role: Role; scopeRegionId: string };

function toUser(row: { u: repo.UserRow; unitName: string | null }, grants: Grant[]): User {
  const u = row.u;
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    phone: u.phone,
    unit: u.unitId ? { id: u.unitId, name: row.unitName ?? '' } : null,
    status: u.status,
    roles: grants,
    lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
    version: u.version,
  };
}

/** The journal never sees a password hash, only that the password changed. */
function snapshot(user: User, passwordChanged = false): Record<string, unknown> {
  const { id: _i, lastSignInAt: _l, ...rest } = user;
  return passwordChanged ? { ...rest, passwordChanged: true } : rest;
}

async function grantsByUser(tx: Tx, ids: string[]) {
  const rows = await repo.grantsOf(tx, ids);
  const map = new Map<string, Grant[]>();
  for (const g of rows)
    map.set(g.userId, [...(map.get(g.userId) ?? []), { role: g.role, scopeRegionId: g.scopeRegionId }]);
  return map;
}

/** The office sees users to staff responsibility groups; only an administrator changes them. */
export async function listUsers(
  db: Db,
  actor: Actor,
  f: { role?: Role; unitId?: string; q?: string; page: number; pageSize: number },
) {
  const districts = districtsFor(actor, 'admin', 'office');
  if (!districts.length) throw forbidden();
  const { items, total } = await repo.listUsers(db, districts, f, f.page, f.pageSize);
  const grants = await grantsByUser(
    db,
    items.map((i) => i.u.id),
  );
  return { items: items.map((i) => toUser(i, grants.get(i.u.id) ?? [])), total, page: f.page, pageSize: f.pageSize };
}

/** Each granted scope must lie inside the administrator's own; returns the user's home district. */
async function checkGrants(tx: Tx, actor: Actor, grants: Grant[]): Promise<string | null> {
  const mine = districtsFor(actor, 'admin');
  let home: string | null = null;
  for (const [i, g] of grants.entries()) {
    const covered = await repo.districtsCoveredBy(tx, g.scopeRegionId);
    if (!covered.length)
      throw new AppError('validation_failed', 'validation failed', [
        { path: ['roles', i, 'scopeRegionId'], message: 'region_not_found' },
      ]);
    if (!covered.every((d) => mine.includes(d))) throw forbidden('a role outside your region cannot be granted');
    if (covered.length === 1) home ??= covered[0]!;
  }
  return home;
}

async function checkUnit(tx: Tx, unitId: string | null | undefined, actor: Actor) {
  if (!unitId) return null;
  const unit = await repo.findUnit(tx, unitId);
  if (!unit || !districtsFor(actor, 'admin').includes(unit.districtId)) {
    throw new AppError('validation_failed', 'validation failed', [{ path: ['unitId'], message: 'unit_not_found' }]);
  }
  return unit;
}

export async function createUser(db: Db, actor: Actor, input: UserCreate): Promise<User> {
  if (!districtsFor(actor, 'admin').length) throw forbidden('only an administrator manages users');
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const home = await checkGrants(tx, actor, input.roles);
    const unit = await checkUnit(tx, input.unitId, actor);
    if (await repo.usernameTaken(tx, input.username))
      throw new AppError('duplicate', 'username already used', { field: 'username' });
    const row = await repo.insertUser(tx, {
      username: input.username,
      displayName: input.displayName,
      phone: input.phone ?? null,
      unitId: unit?.id ?? null,
      districtId: unit?.districtId ?? home,
      passwordHash,
    });
    await repo.replaceGrants(tx, row.id, input.roles);
    const user = toUser({ u: row, unitName: unit?.name ?? null }, input.roles);
    await appendEntry(tx, {
      districtId: row.districtId,
      actorUserId: actor.userId,
      entity: 'user',
      entityId: row.id,
      action: 'create',
      before: null,
      after: snapshot(user),
      reason: null,
    });
    return user;
  });
}

export async function updateUser(db: Db, actor: Actor, id: string, input: UserUpdate): Promise<User> {
  const mine = districtsFor(actor, 'admin');
  if (!mine.length) throw forbidden('only an administrator manages users');
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return db.transaction(async (tx) => {
    const current = await repo.findUser(tx, id);
    if (!current || !current.u.districtId || !mine.includes(current.u.districtId)) throw notFound('user');
    if (current.u.version !== input.version)
      throw new AppError('version_conflict', 'the user was changed by someone else');
    const before = toUser(current, (await grantsByUser(tx, [id])).get(id) ?? []);
    if (input.roles) await checkGrants(tx, actor, input.roles);
    const unit = input.unitId !== undefined ? await checkUnit(tx, input.unitId, actor) : undefined;
    const row = await repo.updateUser(tx, id, input.version, {
      displayName: input.displayName,
      phone: input.phone,
      status: input.status,
      unitId: unit === undefined ? undefined : (unit?.id ?? null),
      passwordHash,
    });
    if (!row) throw new AppError('version_conflict', 'the user was changed by someone else');
    if (input.roles) await repo.replaceGrants(tx, id, input.roles);
    // New roles, a new password or a disabled account take effect at once, on every node.
    if (input.roles || passwordHash || input.status === 'disabled' || unit !== undefined)
      await deleteUserSessions(tx, id);
    const after = toUser(
      { u: row, unitName: unit === undefined ? current.unitName : (unit?.name ?? null) },
      input.roles ?? before.roles,
    );
    await appendEntry(tx, {
      districtId: row.districtId,
      actorUserId: actor.userId,
      entity: 'user',
      entityId: id,
      action: 'update',
      before: snapshot(before),
      after: snapshot(after, Boolean(passwordHash)),
      reason: input.reason || null,
    });
    return after;
  });
}
