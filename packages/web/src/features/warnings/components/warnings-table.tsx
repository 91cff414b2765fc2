import type { HTMLAttributes } from 'react';
import { Table, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DIRECTION_LABELS, formatPercent, type ListResponse } from '@tuijin/shared';
import { useEnumLabel } from '../../../lib/use-locale';
import type { WarningItem } from '../api/warnings-api';
import { PAGE_SIZES, type WarningsParams } from '../hooks/use-warnings-params';
import { GapText } from './gap-text';
import { LightTag } from './light-tag';
import { ReasonList } from './reason-list';

type Props = {
  params: WarningsParams;
  update: (patch: Partial<WarningsParams>) => void;
  data: ListResponse<WarningItem> | undefined;
  loading: boolean;
};

// antd passes these straight to the <tr>; data-* attributes are not in React's HTMLAttributes type.
const ROW_PROPS = { 'data-testid': 'warning-row' } as HTMLAttributes<HTMLElement>;

export function WarningsTable({ params, update, data, loading }: Props) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const none = t('common.none');

  const columns: TableColumnsType<WarningItem> = [
    {
      title: t('warnings.columns.light'),
      key: 'colour',
      width: 64,
      align: 'center',
      render: (_, row) => <LightTag colour={row.colour} reasons={row.reasons} />,
    },
    {
      title: t('warnings.columns.project'),
      key: 'project',
      width: 260,
      render: (_, row) => <Link to={`/projects/${row.project.id}`}>{row.project.name}</Link>,
    },
    { title: t('warnings.columns.leader'), key: 'leader', width: 170, render: (_, row) => row.leader?.name ?? none },
    {
      title: t('warnings.columns.unit'),
      key: 'unit',
      width: 160,
      render: (_, row) => row.responsibleUnit?.name ?? none,
    },
    {
      title: t('warnings.columns.direction'),
      key: 'direction',
      width: 120,
      render: (_, row) => enumLabel(DIRECTION_LABELS, row.direction),
    },
    {
      title: t('warnings.columns.rate'),
      key: 'rate',
      width: 90,
      align: 'right',
      render: (_, row) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatPercent(row.rate)}</span>,
    },
    {
      title: t('warnings.columns.gap'),
      key: 'gap',
      width: 170,
      render: (_, row) => <GapText gap={row.gap} />,
    },
  ];

  const onChange: TableProps<WarningItem>['onChange'] = (pagination) => {
    const pageSize = pagination.pageSize ?? params.pageSize;
    update({ page: pageSize !== params.pageSize ? 1 : (pagination.current ?? 1), pageSize });
  };

  return (
    <div data-testid="warnings-table" data-layout="table">
      <Table<WarningItem>
        rowKey={(row) => row.project.id}
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        onChange={onChange}
        onRow={() => ROW_PROPS}
        scroll={{ x: 1080 }}
        expandable={{
          expandedRowRender: (row) => (
            <div style={{ paddingInlineStart: 8 }}>
              <Typography.Text type="secondary">{t('warnings.reasons')}</Typography.Text>
              <ReasonList reasons={row.reasons} />
            </div>
          ),
          rowExpandable: (row) => row.reasons.length > 0,
        }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('warnings.empty')}</Typography.Text> }}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES.map(String),
          showTotal: (total) => t('common.total', { count: total }),
        }}
      />
    </div>
  );
}
