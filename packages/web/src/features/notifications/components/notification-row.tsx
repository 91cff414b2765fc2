import type { ReactNode } from 'react';
import { Badge, Flex, Tag, Typography, theme } from 'antd';
import type { Notification } from '@tuijin/shared';
import { formatDateTime } from '../../../lib/format';
import type { NotificationView } from '../hooks/use-notification-view';
import { kindColour } from './kind-colour';

type Props = {
  n: Notification;
  view: NotificationView;
  /** Shows the body (the page) or only the title and time (the bell). */
  full: boolean;
  actions?: ReactNode;
  onClick?: () => void;
  testId: string;
};

/** One notification: kind, title (bold while unread), body, time and actions. */
export function NotificationRow({ n, view, full, actions, onClick, testId }: Props) {
  const { token } = theme.useToken();
  const unread = n.readAt === null;
  return (
    <Flex
      gap={10}
      align="flex-start"
      onClick={onClick}
      data-testid={testId}
      data-unread={unread}
      style={{
        paddingBlock: 10,
        paddingInline: 4,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        cursor: onClick ? 'pointer' : undefined,
      }}
    >
      <Badge status={unread ? 'processing' : 'default'} style={{ marginTop: 4 }} />
      <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
        <Flex gap={6} wrap align="baseline">
          <Tag color={kindColour(n.kind)} style={{ marginInlineEnd: 0 }}>
            {view.kindLabel}
          </Tag>
          <Typography.Text strong={unread} ellipsis={full ? false : { tooltip: view.title }}>
            {view.title}
          </Typography.Text>
        </Flex>
        {full && view.body ? <Typography.Text>{view.body}</Typography.Text> : null}
        <Flex gap={12} wrap align="center">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(n.createdAt)}
          </Typography.Text>
          {actions}
        </Flex>
      </Flex>
    </Flex>
  );
}
