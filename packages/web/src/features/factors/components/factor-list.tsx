import { useState } from 'react';
import { Button, Empty, Flex, Grid, Pagination, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FACTOR_KIND_LABELS } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useEnumLabel } from '../../../lib/use-locale';
import type { FactorListQuery, FactorRequest } from '../api/factors-api';
import { useFactorList } from '../hooks/use-factors';
import { PAGE_SIZES } from '../hooks/use-factors-params';
import { FactorCard } from './factor-card';
import { formatFactorAmount } from './factor-format';
import { FactorRequestModal } from './factor-request-modal';
import { FactorSupplyModal } from './factor-supply-modal';
import { FactorStatusTag, useFactorDetailLabel, useFactorUnitLabel } from './factor-tags';

type Props = {
  query: FactorListQuery;
  onPage: (page: number, pageSize: number) => void;
  /** The project page lists one project: no project column there. */
  hideProject?: boolean;
  testId?: string;
};

/** The requests table (cards on a phone), with the actions the server allows on each row. */
export function FactorList({ query, onPage, hideProject, testId = 'factor-table' }: Props) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const detailLabel = useFactorDetailLabel();
  const unitLabel = useFactorUnitLabel();
  const narrow = Grid.useBreakpoint().md === false;
  const list = useFactorList(query);
  const [supplying, setSupplying] = useState<FactorRequest | null>(null);
  const [editing, setEditing] = useState<FactorRequest | null>(null);
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const pageSize = query.pageSize ?? 20;
  const pagination = {
    current: query.page ?? 1,
    pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES.map(String),
    showTotal: (n: number) => t('common.total', { count: n }),
    onChange: onPage,
  };
  const amount = (field: 'amount' | 'suppliedAmount' | 'unmet', testid: string) => (_: unknown, r: FactorRequest) => (
    <span data-testid={testid}>{formatFactorAmount(r.factor, r[field])}</span>
  );

  const columns: TableColumnsType<FactorRequest> = [
    ...(hideProject
      ? []
      : [
          {
            key: 'project',
            title: t('factors.columns.project'),
            fixed: 'left' as const,
            width: 180,
            render: (_: unknown, r: FactorRequest) => (
              <Link to={`/projects/${r.project.id}?tab=factors`}>{r.project.name}</Link>
            ),
          },
        ]),
    {
      key: 'factor',
      title: t('factors.columns.factor'),
      width: 90,
      render: (_, r) => (
        <Flex vertical>
          <span>{enumLabel(FACTOR_KIND_LABELS, r.factor)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {unitLabel(r.factor, r.unitOfMeasure)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'detail',
      title: t('factors.columns.detail'),
      width: 130,
      render: (_, r) => (
        <Flex vertical>
          <span>{detailLabel(r.factor, r.detail)}</span>
          {r.note ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: r.note }}>
              {r.note}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'amount',
      title: t('factors.columns.amount'),
      width: 110,
      align: 'right',
      render: amount('amount', 'factor-row-amount'),
    },
    {
      key: 'supplied',
      title: t('factors.columns.supplied'),
      width: 110,
      align: 'right',
      render: amount('suppliedAmount', 'factor-row-supplied'),
    },
    {
      key: 'unmet',
      title: t('factors.columns.unmet'),
      width: 110,
      align: 'right',
      render: (_, r) => (
        <Typography.Text type={/[1-9]/.test(r.unmet) ? 'danger' : undefined} data-testid="factor-row-unmet">
          {formatFactorAmount(r.factor, r.unmet)}
        </Typography.Text>
      ),
    },
    {
      key: 'supplier',
      title: t('factors.columns.supplier'),
      width: 140,
      render: (_, r) =>
        r.supplier?.name ?? <Typography.Text type="secondary">{t('factors.noSupplier')}</Typography.Text>,
    },
    {
      key: 'status',
      title: t('factors.columns.status'),
      width: 100,
      render: (_, r) => <FactorStatusTag status={r.status} testId="factor-row-status" />,
    },
    {
      key: 'actions',
      title: t('factors.columns.actions'),
      width: 120,
      fixed: 'right',
      render: (_, r) => (
        <Flex vertical align="flex-start">
          {r.permissions.supply ? (
            <Button size="small" type="link" onClick={() => setSupplying(r)} data-testid="factor-supply">
              {t('factors.actions.supply')}
            </Button>
          ) : null}
          {r.permissions.edit ? (
            <Button size="small" type="link" onClick={() => setEditing(r)} data-testid="factor-edit">
              {t('factors.actions.edit')}
            </Button>
          ) : null}
        </Flex>
      ),
    },
  ];

  return (
    <>
      {list.isError ? <ApiErrorAlert error={list.error} /> : null}
      {narrow ? (
        <Flex vertical gap={8} data-testid={testId}>
          {!list.isPending && items.length === 0 ? <Empty description={t('factors.empty')} /> : null}
          {items.map((r) => (
            <div key={r.id} data-testid="factor-row" data-factor-id={r.id}>
              <FactorCard request={r} onSupply={setSupplying} onEdit={setEditing} hideProject={hideProject} />
            </div>
          ))}
          {total > pageSize ? <Pagination {...pagination} size="small" simple /> : null}
        </Flex>
      ) : (
        <Table<FactorRequest>
          data-testid={testId}
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={list.isFetching}
          scroll={{ x: hideProject ? 920 : 1100, y: 'calc(100vh - 360px)' }}
          sticky
          locale={{ emptyText: <Empty description={t('factors.empty')} /> }}
          onRow={(r) => ({ 'data-testid': 'factor-row', 'data-factor-id': r.id }) as React.HTMLAttributes<HTMLElement>}
          pagination={pagination}
        />
      )}
      <FactorSupplyModal key={`supply-${supplying?.id ?? ''}`} request={supplying} onClose={() => setSupplying(null)} />
      <FactorRequestModal
        key={`edit-${editing?.id ?? ''}`}
        open={Boolean(editing)}
        request={editing}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
