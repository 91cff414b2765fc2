import { useState } from 'react';
import { Button, Flex, Input, Select, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, ROLES, type Role, type User } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { formatDateTime } from '../../../lib/format';
import { useEnumLabel, useEnumOptions } from '../../../lib/use-locale';
import { useUserList } from '../hooks/use-admin';
import { useUrlListState } from '../hooks/use-url-list-state';
import { UserModal } from './user-modal';

const PAGE_SIZE = 20;

function isRole(value: string | undefined): value is Role {
  return !!value && (ROLES as readonly string[]).includes(value);
}

export function UsersTab() {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const roleOptions = useEnumOptions(ROLES, ROLE_LABELS);
  const { values, page, set } = useUrlListState(['q', 'role'] as const);
  const role = isRole(values.role) ? values.role : undefined;
  const list = useUserList({ q: values.q, role, page, pageSize: PAGE_SIZE });
  const [editing, setEditing] = useState<User | 'new' | null>(null);

  const columns: TableColumnsType<User> = [
    { title: t('admin.users.username'), dataIndex: 'username', width: 140 },
    { title: t('admin.users.displayName'), dataIndex: 'displayName', width: 120 },
    { title: t('admin.users.unit'), key: 'unit', width: 200, render: (_, u) => u.unit?.name ?? t('common.none') },
    {
      title: t('admin.users.roles'),
      key: 'roles',
      render: (_, u) =>
        u.roles.map((g, i) => (
          <Tag key={`${g.role}-${i}`} color="blue">
            {enumLabel(ROLE_LABELS, g.role)}
          </Tag>
        )),
    },
    {
      title: t('admin.users.phone'),
      dataIndex: 'phone',
      width: 140,
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      title: t('admin.users.status'),
      dataIndex: 'status',
      width: 90,
      render: (_, u) => (
        <Tag color={u.status === 'active' ? 'green' : 'default'}>{t(`admin.users.statuses.${u.status}`)}</Tag>
      ),
    },
    {
      title: t('admin.users.lastSignInAt'),
      dataIndex: 'lastSignInAt',
      width: 150,
      render: (v: string | null) => formatDateTime(v) || t('common.none'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_, u) => (
        <Button type="link" size="small" onClick={() => setEditing(u)}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 16 }}>
        <Flex wrap gap={8}>
          <Input.Search
            key={values.q ?? ''}
            defaultValue={values.q}
            placeholder={t('admin.users.searchPlaceholder')}
            allowClear
            onSearch={(v) => set({ q: v.trim() })}
            style={{ width: 240 }}
          />
          <Select<Role>
            allowClear
            placeholder={t('admin.users.role')}
            style={{ width: 180 }}
            value={role}
            onChange={(v) => set({ role: v ?? null })}
            options={roleOptions}
          />
        </Flex>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="new-user">
          {t('admin.users.createTitle')}
        </Button>
      </Flex>
      {list.isError ? <ApiErrorAlert error={list.error} /> : null}
      <Table<User>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 1100 }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => t('common.total', { count: n }),
          onChange: (p) => set({ page: p }),
        }}
      />
      {editing ? <UserModal user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
