import {
  NOTIFICATION_PAYLOADS,
  periodKey,
  type LightReason,
  type Notification,
  type NotificationKind,
  type NotificationList,
  type NotificationPayloads,
  type Period,
} from '@tuijin/shared';
import type { Db, Tx } from '../../db/database.js';
import type { Actor } from '../../lib/actor.js';
import { notFound } from '../../lib/app-error.js';
import * as repo from './notifications.repo.js';
import { onLightTurnedRed } from '../indicators/figures.service.js';

// Telling people: an in-app row for each person concerned and one outbox row for each channel
// of the district that takes the kind, written in the caller's transaction, so a notification
// exists exactly when the change that caused it was committed. The outbox is sent by a job.

export type NotifyInput<K extends NotificationKind = NotificationKind> = {
  districtId: string;
  userIds: readonly string[];
  kind: K;
  payload: NotificationPayloads[K];
  /** Same key, same person (or channel): told once. Without one every call tells again. */
  dedupeKey?: string | null;
};

export async function notify<K extends NotificationKind>(
  tx: Tx,
  input: NotifyInput<K>,
): Promise<{ notified: number; queued: number }> {
  // A payload the web could not read is a defect of the caller: refuse it here, not in the bell.
  const payload: unknown = NOTIFICATION_PAYLOADS[input.kind].parse(input.payload);
  const dedupeKey = input.dedupeKey ?? null;
  const base = { districtId: input.districtId, kind: input.kind, payload, dedupeKey };
  const notified = await repo.insertNotifications(
    tx,
    [...new Set(input.userIds)].map((userId) => ({ ...base, userId })),
  );
  const channels = await repo.channelsFor(tx, input.districtId, input.kind);
  const queued = await repo.insertOutbound(
    tx,
    channels.map((c) => ({ ...base, channelId: c.id })),
  );
  return { notified, queued };
}

/** The owner-role users of the project's owner unit. */
export async function projectOwnerIds(tx: Tx, p: { districtId: string; ownerUnitId: string }): Promise<string[]> {
  return (await repo.usersWithRole(tx, p.districtId, 'owner', p.ownerUnitId)).map((u) => u.userId);
}

/** Tells the owner that the responsible unit (or the office) returned its monthly report. */
export async function notifyReportReturned(
  tx: Tx,
  input: {
    districtId: string;
    projectId: string;
    projectName: string;
    ownerUnitId: string;
    period: string;
    reason: string | null;
    reviewerName: string | null;
  },
): Promise<void> {
  await notify(tx, {
    districtId: input.districtId,
    userIds: await projectOwnerIds(tx, input),
    kind: 'report_returned',
    payload: {
      projectId: input.projectId,
      projectName: input.projectName,
      period: input.period,
      reason: input.reason,
      reviewerName: input.reviewerName,
    },
  });
}

export type LightRedInput = {
  districtId: string;
  projectId: string;
  projectName: string;
  period: Period | string;
  reasons: readonly (Pick<LightReason, 'text'> | { 'zh-CN': string; 'en-US': string })[];
};

/**
 * Tells the project's lead leader, the users of its responsible unit and the district's project
 * office that its light turned red; once per project and period.
 */
export async function notifyLightRed(tx: Tx, input: LightRedInput): Promise<{ notified: number; queued: number }> {
  const period = typeof input.period === 'string' ? input.period : periodKey(input.period);
  const who = await repo.projectResponsibles(tx, input.projectId);
  const userIds = [
    ...(who?.leadLeaderId ? [who.leadLeaderId] : []),
    ...(who?.responsibleUnitId
      ? (await repo.usersWithRole(tx, input.districtId, 'unit', who.responsibleUnitId)).map((u) => u.userId)
      : []),
    ...(await repo.usersWithRole(tx, input.districtId, 'office')).map((u) => u.userId),
  ];
  return notify(tx, {
    districtId: input.districtId,
    userIds,
    kind: 'light_red',
    payload: {
      projectId: input.projectId,
      projectName: input.projectName,
      period,
      reasons: input.reasons.map((r) => ('text' in r ? r.text : r)),
    },
    dedupeKey: `light_red:${input.projectId}:${period}`,
  });
}

// ---- The signed-in user's notifications ------------------------------------------------------

function present(row: repo.NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    payload: row.payload,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  } as Notification;
}

export async function listMine(
  db: Db,
  actor: Actor,
  q: { unreadOnly: boolean; page: number; pageSize: number },
): Promise<NotificationList> {
  const { items, total, unread } = await repo.listForUser(db, actor.userId, q.unreadOnly, q.page, q.pageSize);
  return { items: items.map(present), total, unread, page: q.page, pageSize: q.pageSize };
}

/** Another person's notification is answered as not found, like a row outside one's scope. */
export async function markRead(db: Db, actor: Actor, id: string): Promise<Notification> {
  const row = await repo.markRead(db, actor.userId, id);
  if (!row) throw notFound('notification');
  return present(row);
}

export async function markAllRead(db: Db, actor: Actor): Promise<{ updated: number; unread: number }> {
  return { updated: await repo.markAllRead(db, actor.userId), unread: 0 };
}

/** Connects the figures' "light turned red" to notifyLightRed (done once by buildApp). */
export function tellOfRedLights(): void {
  onLightTurnedRed(async (tx, turned) => {
    for (const { row, f, period } of turned)
      await notifyLightRed(tx, {
        districtId: row.district_id,
        projectId: row.id,
        projectName: row.name,
        period,
        reasons: f.light.reasons,
      });
  });
}
