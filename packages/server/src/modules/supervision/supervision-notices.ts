import { dayNumber, type SupervisionNoticeEvent } from '@tuijin/shared';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { notify } from '../notifications/notifications.service.js';
import type { ItemRow } from './supervision.repo.js';

// Who hears of a step on a supervision item: the assignee unit of a new item, a new due date, a
// verdict, a reopening and of every notice by due date; the supervision office (its supervisors,
// else the district's administrators) of a round reported.

async function ids(tx: Tx, query: ReturnType<typeof sql>): Promise<string[]> {
  return (await tx.execute<{ id: string }>(query)).rows.map((r) => r.id);
}

const unitUsers = (tx: Tx, unitId: string) =>
  ids(tx, sql`SELECT id FROM users WHERE status = 'active' AND unit_id = ${unitId}`);

const roleUsers = (tx: Tx, districtId: string, role: string) =>
  ids(
    tx,
    sql`SELECT DISTINCT u.id FROM users u JOIN role_grants g ON g.user_id = u.id
        WHERE u.status = 'active' AND g.role = ${role} AND g.scope_region_id = ${districtId}`,
  );

async function supervisionOffice(tx: Tx, districtId: string): Promise<string[]> {
  const list = await roleUsers(tx, districtId, 'supervisor');
  return list.length ? list : roleUsers(tx, districtId, 'admin');
}

/**
 * Tells the people concerned. Notices by due date are told once per level, item and due date
 * (a new due date may tell again); other steps each time they happen.
 */
export async function tellAboutItem(
  tx: Tx,
  event: SupervisionNoticeEvent,
  item: ItemRow,
  today: string,
  extra: { round?: number | null; note?: string | null } = {},
): Promise<void> {
  const unit = await tx.execute<{ name: string }>(sql`SELECT name FROM units WHERE id = ${item.assigneeUnitId}`);
  const notice = event === 'blue' || event === 'yellow' || event === 'red';
  await notify(tx, {
    districtId: item.districtId,
    userIds:
      event === 'report' ? await supervisionOffice(tx, item.districtId) : await unitUsers(tx, item.assigneeUnitId),
    kind: 'supervision',
    payload: {
      event,
      itemId: item.id,
      title: item.title,
      assigneeUnitName: unit.rows[0]?.name ?? '',
      dueDate: item.dueDate,
      daysLeft: dayNumber(item.dueDate) - dayNumber(today),
      round: extra.round ?? null,
      note: extra.note?.trim() ? extra.note.trim() : null,
    },
    dedupeKey: notice ? `supervision:${item.id}:${event}:${item.dueDate}` : null,
  });
}
