import { Grid, Table, Tag, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  DIRECTION_LABELS,
  FIELD_LABELS,
  INVESTOR_TYPE_LABELS,
  PROJECT_SORTS,
  type ListResponse,
  type ProjectListItem,
} from '@tuijin/shared';
import { StageTag } from '../../../components/stage-tag';
import { formatDate, formatMoney } from '../../../lib/format';
import { useEnumLabel } from '../../../lib/use-locale';
import type { RegistryParams } from '../api/projects-api';
import { PAGE_SIZES } from '../hooks/use-registry-params';

type Props = {
  params: RegistryParams;
  update: (patch: Partial<RegistryParams>) => void;
  data: ListResponse<ProjectListItem> | undefined;
  loading: boolean;
};

function isSortKey(key: unknown): key is (typeof PROJECT_SORTS)[number] {
  return typeof key === 'string' && (PROJECT_SORTS as readonly string[]).includes(key);
}

export function RegistryTable({ params, update, data, loading }: Props) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const sortOrder = (key: string): SortOrder => {
    if (params.sort === key) return 'ascend';
    if (params.sort === `-${key}`) return 'descend';
    return null;
  };
  const sortable = (key: (typeof PROJECT_SORTS)[number]) => ({
    key,
    sorter: true,
    sortOrder: sortOrder(key),
    // Repeating 'ascend' makes a third click flip back instead of clearing the sort (antd's idiom).
    sortDirections: ['ascend', 'descend', 'ascend'] as SortOrder[],
  });
  const none = t('common.none');
  // Code and name stay in view while scrolling sideways, but only where there is room for them.
  const pin = Grid.useBreakpoint().lg ? ('left' as const) : undefined;

  const columns: TableColumnsType<ProjectListItem> = [
    {
      title: t('project.fields.code'),
      dataIndex: 'code',
      width: 220,
      fixed: pin,
      ...sortable('code'),
      render: (v: string | null) => v ?? none,
    },
    {
      title: t('project.fields.name'),
      dataIndex: 'name',
      width: 260,
      fixed: pin,
      ...sortable('name'),
      render: (_: string, row) => (
        <>
          <Link to={`/projects/${row.id}`}>{row.name}</Link>
          {row.archivedAt ? <Tag style={{ marginInlineStart: 8 }}>{t('project.archived')}</Tag> : null}
        </>
      ),
    },
    { title: t('project.fields.owner'), key: 'owner', width: 200, render: (_, row) => row.owner.name },
    {
      title: t('project.fields.investorType'),
      dataIndex: 'investorType',
      width: 110,
      render: (_, row) => enumLabel(INVESTOR_TYPE_LABELS, row.investorType),
    },
    {
      title: t('project.fields.field'),
      dataIndex: 'field',
      width: 100,
      render: (_, row) => enumLabel(FIELD_LABELS, row.field),
    },
    {
      title: t('project.fields.direction'),
      dataIndex: 'direction',
      width: 140,
      render: (_, row) => enumLabel(DIRECTION_LABELS, row.direction),
    },
    {
      title: t('project.fields.stage'),
      dataIndex: 'stage',
      width: 110,
      ...sortable('stage'),
      render: (_, row) => <StageTag stage={row.stage} />,
    },
    {
      title: t('project.fields.totalInvestment'),
      dataIndex: 'totalInvestment',
      width: 160,
      align: 'right',
      ...sortable('totalInvestment'),
      render: (v: string) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMoney(v)}</span>,
    },
    {
      title: t('project.fields.plannedStart'),
      dataIndex: 'plannedStart',
      width: 120,
      ...sortable('plannedStart'),
      render: (v: string | null) => formatDate(v) || none,
    },
    { title: t('project.fields.leader'), key: 'leader', width: 120, render: (_, row) => row.leader?.name ?? none },
    {
      title: t('project.fields.responsibleUnit'),
      key: 'unit',
      width: 180,
      render: (_, row) => row.responsibleUnit?.name ?? none,
    },
    { title: t('project.fields.street'), key: 'street', width: 140, render: (_, row) => row.street?.name ?? none },
  ];

  const onChange: TableProps<ProjectListItem>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const key = s?.columnKey;
      if (!s?.order || !isSortKey(key)) update({ sort: '-totalInvestment' });
      else update({ sort: s.order === 'descend' ? `-${key}` : key });
    } else if (extra.action === 'paginate') {
      const pageSize = pagination.pageSize ?? params.pageSize;
      update({ page: pageSize !== params.pageSize ? 1 : (pagination.current ?? 1), pageSize });
    }
  };

  return (
    <div data-testid="registry-table">
      <Table<ProjectListItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        onChange={onChange}
        scroll={{ x: 1860, y: 'calc(100vh - 400px)' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('registry.empty')}</Typography.Text> }}
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
