import { useState } from 'react';
import { Alert, App, Button, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { SIGNED_CHANNEL_KINDS, type Channel } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { RegionSelect } from '../../../components/org-selects';
import { isApiError } from '../../../lib/api-client';
import { useDescribeError } from '../../../lib/error-messages';
import { useMe } from '../../../lib/session-context';
import { useChannels, useDeleteChannel, useTestChannel } from '../hooks/use-channels';
import { useUrlListState } from '../hooks/use-url-list-state';
import { ChannelModal } from './channel-modal';

/** 通知渠道: where the district's notifications go besides the bell (robots, webhook, mail). */
export function ChannelsTab() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const describe = useDescribeError();
  const me = useMe();
  const { values, set } = useUrlListState(['district'] as const);
  // One who covers several districts says which one; with one district the server knows.
  const several = me.districtIds.length > 1;
  const districtId = several ? (values.district ?? null) : null;
  const list = useChannels(districtId);
  const remove = useDeleteChannel();
  const test = useTestChannel();
  const [editing, setEditing] = useState<Channel | 'new' | null>(null);
  const needsDistrict = several && !districtId;

  const runTest = async (c: Channel) => {
    try {
      const r = await test.mutateAsync(c.id);
      if (r.ok) void message.success(t('notifications.channels.testOk', { ms: r.ms }));
      else modal.error({ title: t('notifications.channels.testFailed'), content: r.error });
    } catch (error) {
      void message.error(describe(error));
    }
  };

  const onDelete = async (c: Channel) => {
    try {
      await remove.mutateAsync(c.id);
      void message.success(t('notifications.channels.deleted'));
    } catch (error) {
      void message.error(describe(error));
    }
  };

  const columns: TableColumnsType<Channel> = [
    {
      title: t('notifications.channels.name'),
      dataIndex: 'name',
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{c.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`notifications.channels.kindNames.${c.kind}`)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('notifications.channels.target'),
      dataIndex: 'target',
      ellipsis: true,
      render: (v: string) => (
        <Typography.Text ellipsis={{ tooltip: v }} style={{ maxWidth: 320 }}>
          {v}
        </Typography.Text>
      ),
    },
    {
      title: t('notifications.channels.secret'),
      key: 'secret',
      width: 110,
      render: (_, c) =>
        SIGNED_CHANNEL_KINDS.includes(c.kind) ? (
          c.hasSecret ? (
            <Tag color="green">{t('notifications.channels.secretSet')}</Tag>
          ) : (
            <Tag>{t('notifications.channels.secretNotSet')}</Tag>
          )
        ) : (
          t('common.none')
        ),
    },
    {
      title: t('notifications.channels.kinds'),
      dataIndex: 'kinds',
      width: 220,
      render: (_, c) =>
        c.kinds.length === 0 ? (
          t('notifications.channels.kindsAll')
        ) : (
          <Flex wrap gap={4}>
            {c.kinds.map((k) => (
              <Tag key={k} style={{ marginInlineEnd: 0 }}>
                {t(`notifications.kinds.${k}`, { defaultValue: k })}
              </Tag>
            ))}
          </Flex>
        ),
    },
    {
      title: t('notifications.channels.status'),
      dataIndex: 'enabled',
      width: 90,
      render: (v: boolean) =>
        v ? (
          <Tag color="blue">{t('notifications.channels.enabled')}</Tag>
        ) : (
          <Tag>{t('notifications.channels.disabled')}</Tag>
        ),
    },
    {
      title: t('notifications.channels.outbox'),
      key: 'outbox',
      width: 200,
      render: (_, c) => (
        <Typography.Text type={c.outbox.failed ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          {t('notifications.channels.outboxCounts', c.outbox)}
        </Typography.Text>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 260,
      render: (_, c) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setEditing(c)}>
            {t('common.edit')}
          </Button>
          <Button
            type="link"
            size="small"
            icon={<SendOutlined />}
            loading={test.isPending && test.variables === c.id}
            onClick={() => void runTest(c)}
            data-testid="test-channel"
          >
            {t('notifications.channels.test')}
          </Button>
          <Popconfirm
            title={t('notifications.channels.deleteConfirm', { name: c.name })}
            description={<div style={{ maxWidth: 300 }}>{t('notifications.channels.deleteHint')}</div>}
            okButtonProps={{ danger: true }}
            onConfirm={() => void onDelete(c)}
          >
            <Button type="link" size="small" danger>
              {t('notifications.channels.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t('notifications.channels.hint')}</Typography.Paragraph>
      <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 16 }}>
        {several ? (
          <div style={{ width: 240 }}>
            <RegionSelect
              levels={['district']}
              value={districtId}
              onChange={(v) => set({ district: v })}
              placeholder={t('notifications.channels.chooseDistrict')}
            />
          </div>
        ) : (
          <span />
        )}
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={needsDistrict}
          onClick={() => setEditing('new')}
          data-testid="new-channel"
        >
          {t('notifications.channels.create')}
        </Button>
      </Flex>
      {needsDistrict ? (
        <Alert type="info" showIcon title={t('notifications.channels.chooseDistrict')} />
      ) : (
        <>
          {list.isError && !isApiError(list.error, 'validation_failed') ? <ApiErrorAlert error={list.error} /> : null}
          <Table<Channel>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            pagination={false}
            scroll={{ x: 1000 }}
            locale={{ emptyText: t('notifications.channels.none') }}
          />
        </>
      )}
      {editing ? (
        <ChannelModal
          channel={editing === 'new' ? null : editing}
          districtId={districtId}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
