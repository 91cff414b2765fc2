import { OWNER_EDITABLE_FIELDS, PROJECT_FIELDS } from '@tuijin/shared';
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { projects } from '../../db/schema.js';
import { districtsFor, type Actor } from '../../lib/actor.js';

// Who may see and change which projects. Office, supervision and admin see their districts;
// a leader sees the projects they lead, a unit those it is responsible for, an owner its own.

export const ALL_PROJECT_FIELDS = PROJECT_FIELDS;

export type ScopedProject = {
  districtId: string;
  leadLeaderId: string | null;
  responsibleUnitId: string | null;
  ownerUnitId: string;
};

/** The SQL condition selecting the projects an actor may see. */
export function projectScope(actor: Actor): SQL {
  const parts: SQL[] = [];
  const wide = districtsFor(actor, 'admin', 'office', 'supervisor');
  if (wide.length) parts.push(inArray(projects.districtId, wide));
  const led = districtsFor(actor, 'leader');
  if (led.length) parts.push(and(eq(projects.leadLeaderId, actor.userId), inArray(projects.districtId, led))!);
  if (actor.unitId) {
    const asUnit = districtsFor(actor, 'unit');
    if (asUnit.length)
      parts.push(and(eq(projects.responsibleUnitId, actor.unitId), inArray(projects.districtId, asUnit))!);
    const asOwner = districtsFor(actor, 'owner');
    if (asOwner.length) parts.push(and(eq(projects.ownerUnitId, actor.unitId), inArray(projects.districtId, asOwner))!);
  }
  return parts.length ? or(...parts)! : sql`false`;
}

/**
 * The districts the actor sees whole (admin, office, supervisor), when that is all of its scope;
 * null when some of its projects are seen one by one (as leader, unit or owner).
 */
export function wholeDistrictScope(actor: Actor): string[] | null {
  const wide = new Set(districtsFor(actor, 'admin', 'office', 'supervisor'));
  const narrow = [...districtsFor(actor, 'leader'), ...(actor.unitId ? districtsFor(actor, 'unit', 'owner') : [])];
  return wide.size && narrow.every((d) => wide.has(d)) ? [...wide] : null;
}

export function canSee(actor: Actor, p: ScopedProject): boolean {
  const inRole = (role: Parameters<typeof districtsFor>[1]) => districtsFor(actor, role).includes(p.districtId);
  if (inRole('admin') || inRole('office') || inRole('supervisor')) return true;
  if (inRole('leader') && p.leadLeaderId === actor.userId) return true;
  if (actor.unitId && inRole('unit') && p.responsibleUnitId === actor.unitId) return true;
  if (isProjectOwner(actor, p)) return true;
  return false;
}

/** The actor owns the project: an owner-role user of its owner unit, in its district. */
export function isProjectOwner(actor: Actor, p: ScopedProject): boolean {
  return Boolean(actor.unitId && p.ownerUnitId === actor.unitId && districtsFor(actor, 'owner').includes(p.districtId));
}

export function canManage(actor: Actor, districtId: string): boolean {
  return districtsFor(actor, 'admin', 'office').includes(districtId);
}

/** The fields of this project the actor may change; empty when none. */
export function editableFields(actor: Actor, p: ScopedProject): readonly string[] {
  if (canManage(actor, p.districtId)) return ALL_PROJECT_FIELDS;
  if (isProjectOwner(actor, p)) {
    return OWNER_EDITABLE_FIELDS;
  }
  return [];
}
