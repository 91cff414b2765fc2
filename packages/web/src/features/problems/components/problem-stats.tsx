import { DatePicker, Flex, Table, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ProblemStats } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { DATE_FORMAT } from '../../../lib/format';
import { useProblemStats } from '../hooks/use-problems';
import type { ProblemsParams } from '../hooks/use-problems-params';

type Row = ProblemStats['units'][number];

function percent(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** 统计: closure rate and average days to close per lead unit, over problems assigned in a range. */
export function ProblemStatsPanel({
  params,
  update,
}: {
  params: ProblemsParams;
  update: (patch: Partial<ProblemsParams>) => void;
}) {
  const { t } = useTranslation();
  const stats = useProblemStats({ from: params.from, to: params.to });
  const days = (v: number | null) => (v === null ? '—' : t('problems.stats.days', { value: v.toFixed(1) }));

  const columns: TableColumnsType<Row> = [
    { key: 'unit', title: t('problems.stats.unit'), render: (_, r) => r.unit.name, width: 200 },
    { key: 'assigned', title: t('problems.stats.assigned'), dataIndex: 'assigned', align: 'right', width: 90 },
    { key: 'closed', title: t('problems.stats.closed'), dataIndex: 'closed', align: 'right', width: 90 },
    {
      key: 'overdue',
      title: t('problems.stats.overdue'),
      align: 'right',
      width: 80,
      render: (_, r) => (r.overdue > 0 ? <Typography.Text type="danger">{r.overdue}</Typography.Text> : 0),
    },
    {
      key: 'closureRate',
      title: t('problems.stats.closureRate'),
      align: 'right',
      width: 100,
      sorter: (a, b) => (a.closureRate ?? -1) - (b.closureRate ?? -1),
      render: (_, r) => percent(r.closureRate),
    },
    {
      key: 'averageDays',
      title: t('problems.stats.averageDays'),
      align: 'right',
      width: 130,
      sorter: (a, b) => (a.averageDaysToClose ?? Infinity) - (b.averageDaysToClose ?? Infinity),
      render: (_, r) => days(r.averageDaysToClose),
    },
  ];

  const total = stats.data?.total;
  return (
    <>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <Typography.Text>{t('problems.stats.from')}</Typography.Text>
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          value={[params.from ? dayjs(params.from) : null, params.to ? dayjs(params.to) : null]}
          onChange={(range: [Dayjs | null, Dayjs | null] | null) =>
            update({
              from: range?.[0]?.format(DATE_FORMAT) ?? null,
              to: range?.[1]?.format(DATE_FORMAT) ?? null,
            })
          }
          style={{ maxWidth: 300 }}
        />
      </Flex>
      {stats.isError ? <ApiErrorAlert error={stats.error} /> : null}
      <Table<Row>
        data-testid="problem-stats"
        rowKey={(r) => r.unit.id}
        size="middle"
        columns={columns}
        dataSource={stats.data?.units ?? []}
        loading={stats.isFetching}
        pagination={false}
        scroll={{ x: 690 }}
        locale={{ emptyText: t('problems.stats.empty') }}
        onRow={(r) => ({ 'data-unit-id': r.unit.id }) as React.HTMLAttributes<HTMLElement>}
        summary={() =>
          total ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t('problems.stats.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {total.assigned}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {total.closed}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {total.overdue}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {percent(total.closureRate)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {days(total.averageDaysToClose)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </>
  );
}
