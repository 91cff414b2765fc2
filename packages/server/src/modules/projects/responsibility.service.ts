import type { AssignmentsUpdate, ProjectDetail, Slot } from '@tuijin/shared';
import { LEAD_LEADER_SLOT, RESPONSIBLE_UNIT_SLOT } from '@tuijin/shared';
import type { Db, Tx } from '../../db/database.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, forbidden } from '../../lib/app-error.js';
import { appendEntry } from '../journal/journal.service.js';
import { findSlotConfig } from '../org/slots.repo.js';
import { canManage } from './projects.policy.js';
import { assignmentSnapshot, toAssignments } from './projects.presenter.js';
import * as repo from './projects.repo.js';
import { getProject, loadVisible } from './projects.service.js';

type Issue = { path: (string | number)[]; message: string };
type Row = { slotKey: string; position: number; userId: string | null; unitId: string | null; text: string | null };

/** Checks each assignment against its slot: the right kind of value, from this district. */
async function validate(
  tx: Tx,
  districtId: string,
  slots: Slot[],
  input: AssignmentsUpdate['assignments'],
): Promise<Row[]> {
  const issues: Issue[] = [];
  const rows: Row[] = [];
  const counts = new Map<string, number>();
  for (const [i, a] of input.entries()) {
    const slot = slots.find((s) => s.key === a.slotKey);
    const at = (field: string, message: string) => issues.push({ path: ['assignments', i, field], message });
    if (!slot) {
      at('slotKey', 'slot_unknown');
      continue;
    }
    const position = counts.get(slot.key) ?? 0;
    counts.set(slot.key, position + 1);
    if (!slot.multiple && position > 0) at('slotKey', 'slot_single_value');
    if (slot.kind === 'person') {
      const user = a.userId ? await repo.findUserWithGrants(tx, a.userId) : null;
      if (!user || user.districtId !== districtId || user.status !== 'active') at('userId', 'user_not_found');
      else if (slot.key === LEAD_LEADER_SLOT && !user.grants.some((g) => g.role === 'leader'))
        at('userId', 'not_a_leader');
      rows.push({ slotKey: slot.key, position, userId: a.userId ?? null, unitId: null, text: null });
    } else if (slot.kind === 'unit') {
      const unit = a.unitId ? await repo.findUnit(tx, a.unitId) : null;
      if (!unit || unit.districtId !== districtId || unit.archivedAt) at('unitId', 'unit_not_found');
      rows.push({ slotKey: slot.key, position, userId: null, unitId: a.unitId ?? null, text: null });
    } else {
      if (!a.text) at('text', 'text_required');
      rows.push({ slotKey: slot.key, position, userId: null, unitId: null, text: a.text ?? null });
    }
  }
  for (const slot of slots)
    if (slot.required && !counts.get(slot.key))
      issues.push({ path: ['assignments', slot.key], message: 'slot_required' });
  if (issues.length) throw new AppError('validation_failed', 'validation failed', issues);
  return rows;
}

/** Replaces the project's "1+3" group; the lead leader and responsible unit drive data scope. */
export async function setResponsibility(
  db: Db,
  actor: Actor,
  id: string,
  body: AssignmentsUpdate,
): Promise<ProjectDetail> {
  return db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id, true);
    if (!canManage(actor, row.p.districtId))
      throw forbidden('only the project office assigns the responsibility group');
    if (row.p.archivedAt) throw new AppError('conflict', 'archived projects cannot be changed; restore it first');
    if (row.p.version !== body.version)
      throw new AppError('version_conflict', 'the project was changed by someone else', {
        currentVersion: row.p.version,
      });
    const { slots } = await findSlotConfig(tx, row.p.districtId);
    const rows = await validate(tx, row.p.districtId, slots, body.assignments);
    const before = toAssignments(await repo.findAssignments(tx, id));
    await repo.replaceAssignments(tx, id, rows);
    const leadLeaderId = rows.find((r) => r.slotKey === LEAD_LEADER_SLOT)?.userId ?? null;
    const responsibleUnitId = rows.find((r) => r.slotKey === RESPONSIBLE_UNIT_SLOT)?.unitId ?? null;
    await repo.updateProject(tx, id, body.version, { leadLeaderId, responsibleUnitId });
    const after = toAssignments(await repo.findAssignments(tx, id));
    await appendEntry(tx, {
      districtId: row.p.districtId,
      actorUserId: actor.userId,
      entity: 'project',
      entityId: id,
      action: 'assign',
      before: assignmentSnapshot(slots, before),
      after: assignmentSnapshot(slots, after),
      reason: body.reason || null,
    });
    return getProject(tx, actor, id);
  });
}
