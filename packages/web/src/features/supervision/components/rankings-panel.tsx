import { Button, Card, DatePicker, Empty, Flex, Grid, Segmented, Select, Spin, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  RANKING_ORDER_LABELS,
  RANKING_ORDERS,
  RANKING_SUBJECT_LABELS,
  RANKING_SUBJECTS,
  type RankingOrder,
  type RankingSubject,
} from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useEnumOptions } from '../../../lib/use-locale';
import type { RankingRow } from '../api/supervision-api';
import { useRanking } from '../hooks/use-supervision';
import { quarterKey, rankingQueryOf, type SupervisionParams } from '../hooks/use-supervision-params';
import { Delta, LightCounts, percent, RankChange, Sums } from './ranking-figures';

type Props = { params: SupervisionParams; update: (patch: Partial<SupervisionParams>) => void };

const score = (v: number | null) => (v === null ? '—' : v.toFixed(1));

/** 考核排名: units or leaders for a quarter, by on-time closure and their projects' lights, quarter over quarter. */
export function RankingsPanel({ params, update }: Props) {
  const { t } = useTranslation();
  const narrow = Grid.useBreakpoint().md === false;
  const subjects = useEnumOptions(RANKING_SUBJECTS, RANKING_SUBJECT_LABELS);
  const orders = useEnumOptions(RANKING_ORDERS, RANKING_ORDER_LABELS);
  const ranking = useRanking(rankingQueryOf(params));
  const data = ranking.data;
  const picked = data ? dayjs(`${data.year}-${String((data.quarter - 1) * 3 + 1).padStart(2, '0')}-01`) : null;
  const pct = (w: number) =>
    `${Math.round((w / ((data?.weights.onTime ?? 0) + (data?.weights.lights ?? 0) || 1)) * 100)}%`;

  const columns: TableColumnsType<RankingRow> = [
    { key: 'rank', title: t('rankings.columns.rank'), width: 70, align: 'center', render: (_, r) => r.rank ?? '—' },
    {
      key: 'change',
      title: t('rankings.columns.change'),
      width: 80,
      align: 'center',
      render: (_, r) => <RankChange change={r.change} />,
    },
    { key: 'name', title: t('rankings.columns.name'), width: 200, render: (_, r) => r.name },
    {
      key: 'score',
      title: t('rankings.columns.score'),
      width: 110,
      align: 'right',
      render: (_, r) => (
        <Flex vertical align="flex-end">
          <Typography.Text strong>{score(r.score)}</Typography.Text>
          <Delta value={r.change.scoreChange} />
        </Flex>
      ),
    },
    {
      key: 'onTimeRate',
      title: t('rankings.columns.onTimeRate'),
      width: 130,
      align: 'right',
      render: (_, r) => (
        <Flex vertical align="flex-end">
          <span>{percent(r.onTimeRate)}</span>
          <Delta value={r.change.onTimeRateChangePoints} points />
        </Flex>
      ),
    },
    {
      key: 'problems',
      title: t('rankings.columns.problems'),
      width: 110,
      align: 'right',
      render: (_, r) => <Sums sums={r.problems} />,
    },
    {
      key: 'supervision',
      title: t('rankings.columns.supervision'),
      width: 110,
      align: 'right',
      render: (_, r) => <Sums sums={r.supervision} />,
    },
    {
      key: 'lights',
      title: t('rankings.columns.lights'),
      width: 150,
      render: (_, r) => <LightCounts lights={r.lights} />,
    },
    {
      key: 'lightScore',
      title: t('rankings.columns.lightScore'),
      width: 130,
      align: 'right',
      render: (_, r) => (
        <Flex vertical align="flex-end">
          <span>{percent(r.lightScore)}</span>
          <Delta value={r.change.lightScoreChangePoints} points />
        </Flex>
      ),
    },
  ];

  const rows = data?.rows ?? [];
  const empty = ranking.isPending ? <span /> : <Empty description={t('rankings.empty')} />;
  return (
    <>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
        <Segmented<RankingSubject>
          value={params.subject}
          options={subjects}
          onChange={(subject) => update({ subject })}
          aria-label={t('rankings.subject')}
          data-testid="ranking-subject"
        />
        <Select<RankingOrder>
          value={params.order}
          options={orders}
          onChange={(order) => update({ order })}
          prefix={t('rankings.order')}
          aria-label={t('rankings.order')}
          style={{ minWidth: 200 }}
        />
        <DatePicker
          picker="quarter"
          value={picked}
          allowClear={false}
          format="YYYY-[Q]Q"
          aria-label={t('rankings.quarter')}
          onChange={(d: Dayjs | null) => d && update({ quarter: quarterKey(d.year(), Math.floor(d.month() / 3) + 1) })}
          data-testid="ranking-quarter"
        />
        {params.quarter ? <Button onClick={() => update({ quarter: null })}>{t('rankings.current')}</Button> : null}
      </Flex>
      {data ? (
        <Flex vertical gap={2} style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary" data-testid="ranking-period">
            {t('rankings.period', {
              year: data.year,
              quarter: data.quarter,
              from: data.from,
              to: data.to,
              asOf: data.asOf,
            })}
            {' · '}
            {t('rankings.previous', { year: data.previous.year, quarter: data.previous.quarter })}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('rankings.weights', {
              onTime: pct(data.weights.onTime),
              lights: pct(data.weights.lights),
              yellow: data.weights.yellowValue,
            })}
          </Typography.Text>
        </Flex>
      ) : null}
      {ranking.isError ? <ApiErrorAlert error={ranking.error} /> : null}
      {narrow ? (
        <Flex vertical gap={8} data-testid="ranking-table">
          {ranking.isPending ? <Spin style={{ padding: 24 }} /> : rows.length === 0 ? empty : null}
          {rows.map((r) => (
            <Card key={r.id} size="small" data-testid="ranking-row" data-id={r.id} styles={{ body: { padding: 10 } }}>
              <Flex justify="space-between" align="center" gap={8}>
                <Flex align="center" gap={8} style={{ minWidth: 0 }}>
                  <Typography.Text strong style={{ fontSize: 18, minWidth: 28 }}>
                    {r.rank ?? '—'}
                  </Typography.Text>
                  <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                    {r.name}
                  </Typography.Text>
                </Flex>
                <RankChange change={r.change} />
              </Flex>
              <Flex wrap gap={12} style={{ marginTop: 6, fontSize: 13 }}>
                <span>
                  {t('rankings.columns.score')} <Typography.Text strong>{score(r.score)}</Typography.Text>{' '}
                  <Delta value={r.change.scoreChange} />
                </span>
                <span>
                  {t('rankings.columns.onTimeRate')} {percent(r.onTimeRate)}{' '}
                  <Delta value={r.change.onTimeRateChangePoints} points />
                </span>
              </Flex>
              <Flex wrap gap={12} align="center" style={{ marginTop: 4, fontSize: 13 }}>
                <LightCounts lights={r.lights} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('rankings.columns.problems')} <Sums sums={r.problems} /> · {t('rankings.columns.supervision')}{' '}
                  <Sums sums={r.supervision} />
                </Typography.Text>
              </Flex>
            </Card>
          ))}
        </Flex>
      ) : (
        <Table<RankingRow>
          data-testid="ranking-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={ranking.isFetching || ranking.isPending}
          pagination={false}
          scroll={{ x: 1090 }}
          sticky
          locale={{ emptyText: empty }}
          onRow={(r) => ({ 'data-testid': 'ranking-row', 'data-id': r.id }) as React.HTMLAttributes<HTMLElement>}
        />
      )}
    </>
  );
}
