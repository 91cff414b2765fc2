import type { ReactNode } from 'react';
import { Empty, Flex, Grid, Table, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FormalityStep } from '../api/formalities-api';
import { StepStatusTag, StepTiming } from './formality-tags';
import { ApproverName, StepActions, StepCard, StepDates, StepName, type StepHandlers } from './step-parts';

type Row = FormalityStep & { project?: { id: string; name: string } };

type Props = StepHandlers & {
  steps: readonly Row[];
  loading?: boolean;
  /** The queue shows each step's project; the checklist does not. */
  withProject?: boolean;
  emptyText: ReactNode;
  pagination?: TablePaginationConfig | false;
  testId: string;
};

/** Steps as a table on a desk and as cards on a phone, with the actions the caller may take. */
export function StepTable({ steps, loading, withProject, emptyText, pagination, testId, ...handlers }: Props) {
  const { t } = useTranslation();
  const narrow = Grid.useBreakpoint().md === false;

  if (narrow)
    return (
      <Flex vertical gap={8} data-testid={testId}>
        {!loading && steps.length === 0 ? <Empty description={emptyText} /> : null}
        {steps.map((s) => (
          <StepCard key={s.id} step={s} project={withProject ? s.project : undefined} {...handlers} />
        ))}
      </Flex>
    );

  const columns: TableColumnsType<Row> = [
    ...(withProject
      ? [
          {
            key: 'project',
            title: t('formalities.columns.project'),
            width: 200,
            render: (_: unknown, s: Row) =>
              s.project ? <Link to={`/projects/${s.project.id}?tab=formalities`}>{s.project.name}</Link> : null,
          },
        ]
      : [
          {
            key: 'position',
            title: '#',
            width: 44,
            render: (_: unknown, s: Row) => s.position + 1,
          },
        ]),
    { key: 'step', title: t('formalities.columns.step'), width: 190, render: (_, s) => <StepName step={s} /> },
    ...(withProject
      ? []
      : [
          {
            key: 'approver',
            title: t('formalities.columns.approver'),
            width: 150,
            render: (_: unknown, s: Row) => <ApproverName step={s} />,
          },
        ]),
    {
      key: 'status',
      title: t('formalities.columns.status'),
      width: 96,
      render: (_, s) => <StepStatusTag status={s.status} />,
    },
    { key: 'timing', title: t('formalities.columns.timing'), width: 200, render: (_, s) => <StepTiming step={s} /> },
    { key: 'dates', title: t('formalities.columns.dates'), width: 150, render: (_, s) => <StepDates step={s} /> },
    {
      key: 'documentNo',
      title: t('formalities.columns.documentNo'),
      width: 150,
      render: (_, s) =>
        s.documentNo || s.note ? (
          <Flex vertical gap={0}>
            {s.documentNo ? <span data-testid="step-document">{s.documentNo}</span> : null}
            {s.note ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: s.note }}>
                {s.note}
              </Typography.Text>
            ) : null}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        ),
    },
    {
      key: 'actions',
      title: t('formalities.columns.actions'),
      width: 220,
      render: (_, s) => <StepActions step={s} {...handlers} />,
    },
  ];

  return (
    <Table<Row>
      data-testid={testId}
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={steps}
      loading={loading}
      scroll={{ x: 1080 }}
      pagination={pagination ?? false}
      locale={{ emptyText: <Empty description={emptyText} /> }}
      onRow={(s) => ({ 'data-testid': 'step-row', 'data-step-id': s.id }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}
