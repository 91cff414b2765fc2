import { App, Button, Card, Empty, Flex, Pagination, Segmented, Spin, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Notification } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useDescribeError } from '../../../lib/error-messages';
import { useMarkAllRead, useMarkRead, useNotificationList } from '../hooks/use-notifications';
import { useNotificationView } from '../hooks/use-notification-view';
import { NotificationRow } from './notification-row';

const PAGE_SIZE = 20;

/** 通知: the signed-in user's notifications, newest first; the filter and page live in the URL. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const [searchParams, setSearchParams] = useSearchParams();
  const unreadOnly = searchParams.get('unread') === '1';
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const list = useNotificationList({ unreadOnly, page, pageSize: PAGE_SIZE });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const view = useNotificationView();
  const unread = list.data?.unread ?? 0;

  const setParams = (next: { unread?: boolean; page?: number }) => {
    const params = new URLSearchParams();
    if (next.unread ?? unreadOnly) params.set('unread', '1');
    if (next.page && next.page > 1) params.set('page', String(next.page));
    setSearchParams(params);
  };

  const readAll = async () => {
    try {
      await markAll.mutateAsync();
      void message.success(t('notifications.markedAllRead'));
    } catch (error) {
      void message.error(describe(error));
    }
  };

  const renderItem = (n: Notification) => {
    const v = view(n);
    const isUnread = n.readAt === null;
    const actions = [
      ...(v.link
        ? [
            <Link key="open" to={v.link.to} onClick={() => isUnread && markRead.mutate(n.id)}>
              {v.link.label}
            </Link>,
          ]
        : []),
      ...(isUnread
        ? [
            <Button
              key="read"
              type="link"
              size="small"
              style={{ padding: 0 }}
              onClick={() => markRead.mutate(n.id)}
              data-testid="mark-read"
            >
              {t('notifications.markRead')}
            </Button>,
          ]
        : []),
    ];
    return (
      <NotificationRow
        key={n.id}
        n={n}
        view={v}
        full
        actions={actions.length ? <Flex gap={12}>{actions}</Flex> : null}
        testId="notification-item"
      />
    );
  };

  return (
    <Card>
      <Flex wrap gap={12} justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('notifications.title')}
        </Typography.Title>
        <Flex wrap gap={8} align="center">
          <Segmented
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(v) => setParams({ unread: v === 'unread', page: 1 })}
            options={[
              { value: 'all', label: t('notifications.filterAll') },
              { value: 'unread', label: `${t('notifications.filterUnread')} ${unread}` },
            ]}
          />
          <Button
            icon={<CheckOutlined />}
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={() => void readAll()}
            data-testid="mark-all-read"
          >
            {t('notifications.markAllRead')}
          </Button>
        </Flex>
      </Flex>
      {list.isError ? <ApiErrorAlert error={list.error} /> : null}
      <Spin spinning={list.isFetching}>
        {list.data?.items.length ? (
          list.data.items.map(renderItem)
        ) : list.isPending ? null : (
          <Empty description={unreadOnly ? t('notifications.noneUnread') : t('notifications.none')} />
        )}
      </Spin>
      {(list.data?.total ?? 0) > PAGE_SIZE ? (
        <Flex justify="flex-end" style={{ marginTop: 16 }}>
          <Pagination
            current={page}
            pageSize={PAGE_SIZE}
            total={list.data?.total ?? 0}
            showSizeChanger={false}
            showTotal={(total) => t('common.total', { count: total })}
            onChange={(p) => setParams({ page: p })}
          />
        </Flex>
      ) : null}
    </Card>
  );
}
