import type { Notification, NotificationList, ReadAllResult } from '@tuijin/shared';
import { api } from '../../../lib/api-client';

export type NotificationParams = { unreadOnly: boolean; page: number; pageSize: number };

export const notificationKeys = {
  all: ['notifications'] as const,
  list: (params: NotificationParams) => ['notifications', 'list', params] as const,
  unread: ['notifications', 'unread'] as const,
};

export function fetchNotifications(params: NotificationParams, signal?: AbortSignal): Promise<NotificationList> {
  return api.get<NotificationList>('/notifications', {
    query: { unreadOnly: params.unreadOnly ? 'true' : undefined, page: params.page, pageSize: params.pageSize },
    signal,
  });
}

export function markNotificationRead(id: string): Promise<Notification> {
  return api.post<Notification>(`/notifications/${encodeURIComponent(id)}/read`);
}

export function markAllNotificationsRead(): Promise<ReadAllResult> {
  return api.post<ReadAllResult>('/notifications/read-all');
}
