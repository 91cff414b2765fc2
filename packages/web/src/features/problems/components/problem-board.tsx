import { useState } from 'react';
import { Badge, Empty, Flex, Grid, Segmented, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PROBLEM_STATUS_LABELS, PROBLEM_STATUSES, type ProblemStatus } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useEnumLabel } from '../../../lib/use-locale';
import type { ProblemListQuery } from '../api/problems-api';
import { useProblemCounts, useProblemList } from '../hooks/use-problems';
import { ProblemCard } from './problem-card';

const COLUMN_SIZE = 30;

type ColumnProps = { status: ProblemStatus; query: ProblemListQuery; count?: number; full?: boolean };

function BoardColumn({ status, query, count, full }: ColumnProps) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const list = useProblemList({ ...query, status: [status], page: 1, pageSize: COLUMN_SIZE });
  const items = list.data?.items ?? [];
  const total = count ?? list.data?.total ?? 0;
  return (
    <div
      data-testid={`problem-column-${status}`}
      style={{
        flex: full ? '1 1 auto' : '1 0 176px',
        minWidth: 0,
        background: 'rgba(0,0,0,0.03)',
        borderRadius: 8,
        padding: 8,
        display: 'flex',
        flexDirection: 'column',
        gap: 8,
      }}
    >
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{enumLabel(PROBLEM_STATUS_LABELS, status)}</Typography.Text>
        <Badge count={total} showZero color={total > 0 ? '#1677ff' : '#bfbfbf'} data-testid="problem-column-count" />
      </Flex>
      {list.isError ? <ApiErrorAlert error={list.error} /> : null}
      {list.isPending ? <Spin /> : null}
      {!list.isPending && items.length === 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('problems.emptyColumn')}
        </Typography.Text>
      ) : null}
      {items.map((p) => (
        <ProblemCard key={p.id} problem={p} />
      ))}
      {total > items.length && items.length > 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('problems.card.more', { count: total - items.length })}
        </Typography.Text>
      ) : null}
    </div>
  );
}

/**
 * The kanban: one column per status with its count, side by side on a desk; on a phone one column
 * at a time, picked by status.
 */
export function ProblemBoard({ query }: { query: ProblemListQuery }) {
  const enumLabel = useEnumLabel();
  const narrow = Grid.useBreakpoint().md === false;
  const [picked, setPicked] = useState<ProblemStatus | null>(null);
  const columnsQuery = { ...query, status: [], sort: query.sort, page: 1 };
  const counts = useProblemCounts({ ...columnsQuery, pageSize: undefined, page: undefined });
  if (counts.isError) return <ApiErrorAlert error={counts.error} />;
  const anything = counts.data ? Object.values(counts.data).some((n) => n > 0) : true;
  if (!anything) return <Empty description={<EmptyText />} data-testid="problem-board" />;
  if (narrow) {
    // The first status with something in it, unless one was picked.
    const status = picked ?? PROBLEM_STATUSES.find((s) => (counts.data?.[s] ?? 0) > 0) ?? 'open';
    return (
      <Flex vertical gap={8} data-testid="problem-board">
        <div style={{ overflowX: 'auto' }}>
          <Segmented<ProblemStatus>
            value={status}
            onChange={setPicked}
            options={PROBLEM_STATUSES.map((s) => ({
              value: s,
              label: `${enumLabel(PROBLEM_STATUS_LABELS, s)} ${counts.data?.[s] ?? ''}`,
            }))}
            data-testid="problem-board-status"
          />
        </div>
        <BoardColumn key={status} status={status} query={columnsQuery} count={counts.data?.[status]} full />
      </Flex>
    );
  }
  return (
    <div data-testid="problem-board" style={{ overflowX: 'auto', paddingBottom: 8 }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start', minWidth: 'min-content' }}>
        {PROBLEM_STATUSES.map((s) => (
          <BoardColumn key={s} status={s} query={columnsQuery} count={counts.data?.[s]} />
        ))}
      </div>
    </div>
  );
}

function EmptyText() {
  const { t } = useTranslation();
  return <>{t('problems.empty')}</>;
}
