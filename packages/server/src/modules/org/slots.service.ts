import type { Slot, SlotList, SlotsUpdate } from '@tuijin/shared';
import { LEAD_LEADER_SLOT, RESPONSIBLE_UNIT_SLOT } from '@tuijin/shared';
import { and, eq, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { projects, responsibilityAssignments } from '../../db/schema.js';
import { allDistricts, districtsFor, type Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { chooseDistrict } from '../../lib/choose-district.js';
import { appendEntry } from '../journal/journal.service.js';
import { findSlotConfig, saveSlotConfig } from './slots.repo.js';

const SYSTEM: Record<string, Slot['kind']> = { [LEAD_LEADER_SLOT]: 'person', [RESPONSIBLE_UNIT_SLOT]: 'unit' };

export async function getSlots(db: Db, actor: Actor, districtId?: string): Promise<SlotList> {
  const d = chooseDistrict(allDistricts(actor), districtId);
  const { slots, version } = await findSlotConfig(db, d);
  return { districtId: d, version, slots };
}

/** Slots are configuration: relabel, add, remove, reorder; the two system slots always stay. */
export async function updateSlots(db: Db, actor: Actor, input: SlotsUpdate): Promise<SlotList> {
  const districtId = chooseDistrict(districtsFor(actor, 'admin', 'office'), input.districtId);
  const keys = input.slots.map((s) => s.key);
  const issues: { path: (string | number)[]; message: string }[] = [];
  if (new Set(keys).size !== keys.length) issues.push({ path: ['slots'], message: 'slot_key_duplicate' });
  for (const [key, kind] of Object.entries(SYSTEM)) {
    const i = input.slots.findIndex((s) => s.key === key);
    if (i < 0) issues.push({ path: ['slots'], message: `slot_missing:${key}` });
    else if (input.slots[i]!.kind !== kind || input.slots[i]!.multiple)
      issues.push({ path: ['slots', i, 'kind'], message: 'system_slot_fixed' });
  }
  if (issues.length) throw new AppError('validation_failed', 'validation failed', issues);
  const slots: Slot[] = input.slots.map((s, position) => ({ ...s, position, system: s.key in SYSTEM }));
  return db.transaction(async (tx) => {
    const current = await findSlotConfig(tx, districtId);
    if (current.version !== input.version)
      throw new AppError('version_conflict', 'the configuration was changed by someone else');
    const [inUse] = await tx
      .select({ key: responsibilityAssignments.slotKey })
      .from(responsibilityAssignments)
      .innerJoin(projects, eq(projects.id, responsibilityAssignments.projectId))
      .where(and(eq(projects.districtId, districtId), notInArray(responsibilityAssignments.slotKey, keys)))
      .limit(1);
    if (inUse) throw new AppError('conflict', 'a slot still has assignments; clear them first', { slotKey: inUse.key });
    if (!(await saveSlotConfig(tx, districtId, input.version, slots)))
      throw new AppError('version_conflict', 'the configuration was changed by someone else');
    await appendEntry(tx, {
      districtId,
      actorUserId: actor.userId,
      entity: 'responsibility_config',
      entityId: districtId,
      action: 'update',
      before: { slots: current.slots },
      after: { slots },
      reason: input.reason || null,
    });
    return { districtId, version: input.version + 1, slots };
  });
}
