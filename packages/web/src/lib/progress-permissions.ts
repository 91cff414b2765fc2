import type { Me } from '@tuijin/shared';

// What the user may do with plans and reports, mirrored from the server's rules so that the
// screens offer only actions that can succeed. The server checks again on every request.
// (Plans carry no permissions of their own in the contract; reports do, once they exist.)

const isManager = (me: Me) => me.roles.some((r) => r === 'office' || r === 'admin');

/** The project office, or a user of the owner unit with the owner role. */
export function canPrepare(me: Me, ownerUnitId: string): boolean {
  return isManager(me) || (me.roles.includes('owner') && !!me.unit && me.unit.id === ownerUnitId);
}

export function canApprovePlans(me: Me): boolean {
  return isManager(me);
}

/** Responsible units and the project office review reports; others have no queue. */
export function hasReviewQueue(me: Me): boolean {
  return me.roles.some((r) => r === 'unit' || r === 'office' || r === 'admin');
}
