import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fetchNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  notificationKeys,
  type NotificationParams,
} from '../api/notifications-api';

/** How often the bell asks for new notifications. */
export const BELL_POLL_MS = 60_000;
const LATEST = { unreadOnly: true, page: 1, pageSize: 5 } as const;

/** The latest unread notifications and the unread count, for the bell; polled every minute. */
export function useBell() {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: ({ signal }) => fetchNotifications(LATEST, signal),
    refetchInterval: BELL_POLL_MS,
    staleTime: BELL_POLL_MS / 2,
  });
}

export function useNotificationList(params: NotificationParams) {
  return useQuery({
    queryKey: notificationKeys.list(params),
    queryFn: ({ signal }) => fetchNotifications(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
