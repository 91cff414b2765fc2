import { useState } from 'react';
import { Button, Flex, Input, Select, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { UNIT_KIND_LABELS, UNIT_KINDS, type Unit, type UnitKind } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useEnumLabel, useEnumOptions } from '../../../lib/use-locale';
import { useUnitList } from '../hooks/use-admin';
import { useUrlListState } from '../hooks/use-url-list-state';
import { UnitModal } from './unit-modal';

const PAGE_SIZE = 50;

function isKind(value: string | undefined): value is UnitKind {
  return !!value && (UNIT_KINDS as readonly string[]).includes(value);
}

export function UnitsTab() {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const kindOptions = useEnumOptions(UNIT_KINDS, UNIT_KIND_LABELS);
  const { values, page, set } = useUrlListState(['q', 'kind'] as const);
  const kind = isKind(values.kind) ? values.kind : undefined;
  const list = useUnitList({ q: values.q, kind, page, pageSize: PAGE_SIZE });
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const names = new Map((list.data?.items ?? []).map((u) => [u.id, u.name]));

  const columns: TableColumnsType<Unit> = [
    {
      title: t('admin.units.name'),
      dataIndex: 'name',
      render: (_, u) => (
        <>
          {u.name}
          {u.archivedAt ? <Tag style={{ marginInlineStart: 8 }}>{t('admin.units.archived')}</Tag> : null}
        </>
      ),
    },
    {
      title: t('admin.units.shortName'),
      dataIndex: 'shortName',
      width: 160,
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      title: t('admin.units.kind'),
      dataIndex: 'kind',
      width: 120,
      render: (_, u) => enumLabel(UNIT_KIND_LABELS, u.kind),
    },
    {
      title: t('admin.units.parent'),
      dataIndex: 'parentUnitId',
      width: 200,
      render: (v: string | null) => (v ? (names.get(v) ?? v) : t('common.none')),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
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
            placeholder={t('admin.units.searchPlaceholder')}
            allowClear
            onSearch={(v) => set({ q: v.trim() })}
            style={{ width: 240 }}
          />
          <Select<UnitKind>
            allowClear
            placeholder={t('admin.units.kind')}
            style={{ width: 160 }}
            value={kind}
            onChange={(v) => set({ kind: v ?? null })}
            options={kindOptions}
          />
        </Flex>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="new-unit">
          {t('admin.units.createTitle')}
        </Button>
      </Flex>
      {list.isError ? <ApiErrorAlert error={list.error} /> : null}
      <Table<Unit>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => t('common.total', { count: n }),
          onChange: (p) => set({ page: p }),
        }}
      />
      {editing ? (
        <UnitModal
          unit={editing === 'new' ? null : editing}
          parentName={editing !== 'new' && editing.parentUnitId ? (names.get(editing.parentUnitId) ?? null) : null}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
