import { useState } from 'react';
import { Badge, Button, Empty, Flex, Popover } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Notification } from '@tuijin/shared';
import { useBell, useMarkAllRead, useMarkRead } from '../hooks/use-notifications';
import { useNotificationView } from '../hooks/use-notification-view';
import { NotificationRow } from './notification-row';

/** The bell in the header: the unread count (asked every minute) and the latest unread. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const bell = useBell();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const view = useNotificationView();
  const [open, setOpen] = useState(false);
  const unread = bell.data?.unread ?? 0;

  const openOne = (n: Notification) => {
    setOpen(false);
    markRead.mutate(n.id);
    const to = view(n).link?.to;
    void navigate(to ?? '/notifications');
  };

  const content = (
    <div style={{ width: 'min(360px, calc(100vw - 48px))' }}>
      {bell.data?.items.length ? (
        <div style={{ maxHeight: 360, overflowY: 'auto' }}>
          {bell.data.items.map((n) => (
            <NotificationRow
              key={n.id}
              n={n}
              view={view(n)}
              full={false}
              onClick={() => openOne(n)}
              testId="bell-item"
            />
          ))}
        </div>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.noneUnread')} />
      )}
      <Flex justify="space-between" style={{ marginTop: 8 }}>
        <Button
          size="small"
          type="link"
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          {t('notifications.markAllRead')}
        </Button>
        <Button
          size="small"
          type="link"
          onClick={() => {
            setOpen(false);
            void navigate('/notifications');
          }}
          data-testid="bell-view-all"
        >
          {t('notifications.viewAll')}
        </Button>
      </Flex>
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={t('notifications.latest')}
      content={content}
    >
      <Badge count={unread} overflowCount={99} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
}
