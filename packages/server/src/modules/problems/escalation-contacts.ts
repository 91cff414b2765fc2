import type { EscalationContacts } from '@tuijin/shared';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.js';
import { escalationContacts, users } from '../../db/schema.js';
import { districtsFor, type Actor } from '../../lib/actor.js';
import { validation } from '../../lib/app-error.js';
import { chooseDistrict } from '../../lib/choose-district.js';
import { appendEntry } from '../journal/journal.service.js';

// The office's escalation list (升级名单): the people told when a problem is long overdue, after
// the project's lead leader (problem-notices.ts). The district's administrators and project office
// keep it; the supervision office may read it.

const DENIED = 'only the administrator or project office keeps the escalation list';

async function contactsOf(tx: Db | Tx, districtId: string): Promise<EscalationContacts> {
  const rows = await tx
    .select({ id: users.id, name: users.displayName })
    .from(escalationContacts)
    .innerJoin(users, eq(users.id, escalationContacts.userId))
    .where(eq(escalationContacts.districtId, districtId))
    .orderBy(asc(users.displayName), asc(users.id));
  return { districtId, contacts: rows };
}

export function getEscalationContacts(db: Db, actor: Actor, districtId?: string): Promise<EscalationContacts> {
  const d = chooseDistrict(districtsFor(actor, 'admin', 'office', 'supervisor'), districtId, DENIED);
  return contactsOf(db, d);
}

/** Replaces the list; every person must be an active user of the district. Journaled. */
export async function setEscalationContacts(
  db: Db,
  actor: Actor,
  input: { userIds: string[]; districtId?: string },
): Promise<EscalationContacts> {
  const d = chooseDistrict(districtsFor(actor, 'admin', 'office'), input.districtId, DENIED);
  const wanted = [...new Set(input.userIds)];
  return db.transaction(async (tx) => {
    const found = wanted.length
      ? await tx
          .select({ id: users.id })
          .from(users)
          .where(and(inArray(users.id, wanted), eq(users.districtId, d), eq(users.status, 'active')))
      : [];
    const missing = wanted.findIndex((id) => !found.some((u) => u.id === id));
    if (missing >= 0) throw validation(['userIds', input.userIds.indexOf(wanted[missing]!)], 'user_not_found');
    const before = await contactsOf(tx, d);
    await tx.delete(escalationContacts).where(eq(escalationContacts.districtId, d));
    if (wanted.length) await tx.insert(escalationContacts).values(wanted.map((userId) => ({ districtId: d, userId })));
    const after = await contactsOf(tx, d);
    await appendEntry(tx, {
      districtId: d,
      actorUserId: actor.userId,
      entity: 'escalation_contacts',
      entityId: d,
      action: 'update',
      before: { userIds: before.contacts.map((c) => c.id) },
      after: { userIds: after.contacts.map((c) => c.id) },
      reason: null,
    });
    return after;
  });
}
