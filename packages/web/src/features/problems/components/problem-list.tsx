import { Empty, Flex, Grid, Pagination, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PROBLEM_CATEGORY_LABELS } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useEnumLabel } from '../../../lib/use-locale';
import type { ProblemListItem, ProblemListQuery } from '../api/problems-api';
import { useProblemList } from '../hooks/use-problems';
import { PAGE_SIZES } from '../hooks/use-problems-params';
import { ProblemCard } from './problem-card';
import { EscalationTag, OverdueText, ProblemStatusTag, UrgencyTag } from './problem-tags';

type Props = {
  query: ProblemListQuery;
  onPage: (page: number, pageSize: number) => void;
  emptyText?: string;
  testId?: string;
};

/** The table (cards on a phone) of problems for the list and the desk. */
export function ProblemList({ query, onPage, emptyText, testId = 'problem-table' }: Props) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const narrow = Grid.useBreakpoint().md === false;
  const list = useProblemList(query);
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const pagination = {
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES.map(String),
    showTotal: (n: number) => t('common.total', { count: n }),
    onChange: onPage,
  };

  const columns: TableColumnsType<ProblemListItem> = [
    {
      key: 'title',
      title: t('problems.columns.title'),
      fixed: 'left',
      width: 200,
      render: (_, p) => (
        <Flex vertical gap={2} align="flex-start">
          <Link to={`/problems/${p.id}`} style={{ fontWeight: 500 }}>
            {p.title}
          </Link>
          <EscalationTag level={p.escalationLevel} />
        </Flex>
      ),
    },
    {
      key: 'project',
      title: t('problems.columns.project'),
      width: 180,
      render: (_, p) => <Link to={`/projects/${p.project.id}`}>{p.project.name}</Link>,
    },
    {
      key: 'category',
      title: t('problems.columns.category'),
      width: 90,
      render: (_, p) => enumLabel(PROBLEM_CATEGORY_LABELS, p.category),
    },
    {
      key: 'urgency',
      title: t('problems.columns.urgency'),
      width: 80,
      render: (_, p) => <UrgencyTag urgency={p.urgency} />,
    },
    {
      key: 'status',
      title: t('problems.columns.status'),
      width: 110,
      render: (_, p) => <ProblemStatusTag status={p.status} testId="problem-row-status" />,
    },
    {
      key: 'leadUnit',
      title: t('problems.columns.leadUnit'),
      width: 150,
      render: (_, p) =>
        p.leadUnit ? (
          p.leadUnit.name
        ) : (
          <Typography.Text type="secondary">{t('problems.card.unassigned')}</Typography.Text>
        ),
    },
    {
      key: 'dueDate',
      title: t('problems.columns.dueDate'),
      width: 100,
      render: (_, p) => p.dueDate ?? t('common.none'),
    },
    {
      key: 'overdue',
      title: t('problems.columns.overdue'),
      width: 90,
      render: (_, p) => <OverdueText days={p.daysOverdue} />,
    },
    {
      key: 'age',
      title: t('problems.columns.age'),
      width: 60,
      align: 'right',
      render: (_, p) => t('problems.card.ageDays', { count: p.ageDays }),
    },
  ];

  return (
    <>
      {list.isError ? <ApiErrorAlert error={list.error} /> : null}
      {narrow ? (
        <Flex vertical gap={8} data-testid={testId}>
          {!list.isPending && items.length === 0 ? <Empty description={emptyText ?? t('problems.empty')} /> : null}
          {items.map((p) => (
            <div key={p.id} data-testid="problem-row" data-problem-id={p.id}>
              <ProblemCard problem={p} showStatus />
            </div>
          ))}
          {total > pageSize ? <Pagination {...pagination} size="small" simple /> : null}
        </Flex>
      ) : (
        <Table<ProblemListItem>
          data-testid={testId}
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={list.isFetching}
          scroll={{ x: 1060, y: 'calc(100vh - 360px)' }}
          sticky
          locale={{ emptyText: <Empty description={emptyText ?? t('problems.empty')} /> }}
          onRow={(p) =>
            ({ 'data-testid': 'problem-row', 'data-problem-id': p.id }) as React.HTMLAttributes<HTMLElement>
          }
          pagination={pagination}
        />
      )}
    </>
  );
}
