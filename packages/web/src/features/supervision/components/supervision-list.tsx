import { Empty, Flex, Grid, Pagination, Spin, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import type { SupervisionListItem, SupervisionListQuery } from '../api/supervision-api';
import { useSupervisionList } from '../hooks/use-supervision';
import { PAGE_SIZES } from '../hooks/use-supervision-params';
import { SupervisionCard } from './supervision-card';
import { NoticeCell, SourceTag, SupervisionStatusTag } from './supervision-tags';

type Props = {
  query: SupervisionListQuery;
  onPage: (page: number, pageSize: number) => void;
  emptyText?: string;
};

/** The table (cards on a phone) of supervision items with their notices. */
export function SupervisionList({ query, onPage, emptyText }: Props) {
  const { t } = useTranslation();
  const narrow = Grid.useBreakpoint().md === false;
  const list = useSupervisionList(query);
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
  const empty = <Empty description={emptyText ?? t('supervision.empty')} />;

  const columns: TableColumnsType<SupervisionListItem> = [
    {
      key: 'title',
      title: t('supervision.columns.title'),
      fixed: 'left',
      width: 260,
      render: (_, s) => (
        <Flex vertical gap={2} align="flex-start">
          <Link to={`/supervision/${s.id}`} style={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
            {s.title}
          </Link>
          {s.project ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {s.project.name}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'notice',
      title: t('supervision.columns.notice'),
      width: 190,
      render: (_, s) => <NoticeCell notice={s.notice} />,
    },
    {
      key: 'status',
      title: t('supervision.columns.status'),
      width: 130,
      render: (_, s) => <SupervisionStatusTag status={s.status} testId="row-status" />,
    },
    {
      key: 'assignee',
      title: t('supervision.columns.assignee'),
      width: 170,
      render: (_, s) => s.assignee.name,
    },
    { key: 'dueDate', title: t('supervision.columns.dueDate'), width: 110, dataIndex: 'dueDate' },
    {
      key: 'source',
      title: t('supervision.columns.source'),
      width: 130,
      render: (_, s) => <SourceTag source={s.source} />,
    },
    { key: 'rounds', title: t('supervision.columns.rounds'), width: 90, align: 'right', dataIndex: 'rounds' },
  ];

  return (
    <>
      {list.isError ? <ApiErrorAlert error={list.error} /> : null}
      {narrow ? (
        <Flex vertical gap={8} data-testid="supervision-table">
          {list.isPending ? <Spin style={{ padding: 24 }} /> : items.length === 0 ? empty : null}
          {items.map((s) => (
            <div key={s.id} data-testid="supervision-row" data-item-id={s.id}>
              <SupervisionCard item={s} />
            </div>
          ))}
          {total > pageSize ? <Pagination {...pagination} size="small" simple /> : null}
        </Flex>
      ) : (
        <Table<SupervisionListItem>
          data-testid="supervision-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={list.isFetching}
          scroll={{ x: 1080, y: 'calc(100vh - 400px)' }}
          sticky
          locale={{ emptyText: empty }}
          onRow={(s) =>
            ({ 'data-testid': 'supervision-row', 'data-item-id': s.id }) as React.HTMLAttributes<HTMLElement>
          }
          pagination={pagination}
        />
      )}
    </>
  );
}
