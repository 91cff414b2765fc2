import type { Role } from '@tuijin/shared';

/** The signed-in person as every service sees them: who, which unit, which roles where. */
export type Actor = {
  userId: string;
  username: string;
  displayName: string;
  unitId: string | null;
  unitName: string | null;
  /** For each role held, the districts it covers (a grant on a city or province covers many). */
  districtsByRole: Partial<Record<Role, string[]>>;
};

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((r) => (actor.districtsByRole[r]?.length ?? 0) > 0);
}

/** Districts in which the actor holds any of the roles. */
export function districtsFor(actor: Actor, ...roles: Role[]): string[] {
  const set = new Set<string>();
  for (const r of roles) for (const d of actor.districtsByRole[r] ?? []) set.add(d);
  return [...set];
}

export function allDistricts(actor: Actor): string[] {
  return districtsFor(actor, ...(Object.keys(actor.districtsByRole) as Role[]));
}

export function rolesOf(actor: Actor): Role[] {
  return (Object.keys(actor.districtsByRole) as Role[]).filter((r) => hasRole(actor, r));
}
