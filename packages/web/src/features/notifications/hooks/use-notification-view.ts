import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationText, type Notification } from '@tuijin/shared';
import { useLocale } from '../../../lib/use-locale';
import { notificationLink, type LinkTarget } from './notification-link';

const OPEN_LABELS: Record<LinkTarget, string> = {
  report: 'notifications.openReport',
  project: 'notifications.openProject',
  problem: 'notifications.openProblem',
  supervision: 'notifications.openSupervision',
};

export type NotificationView = {
  title: string;
  body: string;
  kindLabel: string;
  /** Where the notification leads: the monthly report, or the project. */
  link: { to: string; label: string } | null;
};

/** Writes a notification in the reader's language and says where it leads. */
export function useNotificationView(): (n: Notification) => NotificationView {
  const { t } = useTranslation();
  const locale = useLocale();
  return useCallback(
    (n: Notification) => {
      let text: { title: string; body: string };
      try {
        text = notificationText(n.kind, n.payload, locale);
      } catch {
        // A kind this version does not know yet (a newer server): show what can be shown.
        text = { title: n.kind, body: '' };
      }
      const to = notificationLink(n);
      const link = to ? { to: to.to, label: t(OPEN_LABELS[to.target]) } : null;
      return { ...text, kindLabel: t(`notifications.kinds.${n.kind}`, { defaultValue: n.kind }), link };
    },
    [t, locale],
  );
}
