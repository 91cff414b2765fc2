import { Card, Empty, Flex, Grid, Progress, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { FACTOR_KIND_LABELS, formatPercent, type FactorKind } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useEnumLabel, useLocale } from '../../../lib/use-locale';
import type { FactorLedger, FactorLedgerQuery } from '../api/factors-api';
import { useFactorLedger } from '../hooks/use-factors';
import { formatFactorAmount } from './factor-format';
import { useFactorDetailLabel, useFactorUnitLabel } from './factor-tags';

type Row = FactorLedger['rows'][number];
type Totals = Omit<Row, 'factor' | 'unit' | 'byDetail'>;
type DetailRow = Row['byDetail'][number];

/** The figures of one line, exact in the factor's unit (funds in 万元). */
function useFigureColumns<T extends Totals>(factorOf: (row: T) => FactorKind): TableColumnsType<T> {
  const { t } = useTranslation();
  const locale = useLocale();
  const figure = (key: 'requested' | 'supplied' | 'unmet', testid: string) => ({
    key,
    title: t(`factors.ledger.${key}`),
    width: 150,
    align: 'right' as const,
    render: (_: unknown, r: T) => (
      <Typography.Text
        data-testid={testid}
        type={key === 'unmet' && /[1-9]/.test(r.unmet) ? 'danger' : undefined}
        strong={key === 'unmet'}
      >
        {formatFactorAmount(factorOf(r), r[key])}
      </Typography.Text>
    ),
  });
  return [
    { key: 'requests', title: t('factors.ledger.requests'), width: 80, align: 'right', render: (_, r) => r.requests },
    figure('requested', 'ledger-requested'),
    figure('supplied', 'ledger-supplied'),
    figure('unmet', 'ledger-unmet'),
    {
      key: 'rate',
      title: t('factors.ledger.rate'),
      width: 160,
      render: (_, r) =>
        r.fulfilmentRate === null ? (
          formatPercent(null, locale)
        ) : (
          <Progress
            percent={Math.min(100, r.fulfilmentRate * 100)}
            format={() => formatPercent(r.fulfilmentRate, locale)}
            size="small"
            status="normal"
          />
        ),
    },
  ];
}

function DetailTable({ row }: { row: Row }) {
  const { t } = useTranslation();
  const detailLabel = useFactorDetailLabel();
  const columns: TableColumnsType<DetailRow> = [
    { key: 'detail', title: t('factors.ledger.detail'), render: (_, d) => detailLabel(row.factor, d.detail) },
    ...useFigureColumns<DetailRow>(() => row.factor),
  ];
  return (
    <Table<DetailRow>
      size="small"
      rowKey="detail"
      columns={columns}
      dataSource={row.byDetail}
      pagination={false}
      data-testid={`ledger-detail-${row.factor}`}
      onRow={() => ({ 'data-testid': 'ledger-detail-row' }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}

/** One factor on a phone: its figures and its breakdown as lines. */
function LedgerCard({ row }: { row: Row }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const locale = useLocale();
  const unitLabel = useFactorUnitLabel();
  const detailLabel = useFactorDetailLabel();
  const fmt = (v: string) => formatFactorAmount(row.factor, v);
  const small = { fontSize: 12 };
  return (
    <Card size="small" data-testid={`ledger-row-${row.factor}`} styles={{ body: { padding: 10 } }}>
      <Flex justify="space-between" align="baseline">
        <Typography.Text strong>{enumLabel(FACTOR_KIND_LABELS, row.factor)}</Typography.Text>
        <Typography.Text type="secondary" style={small}>
          {t('factors.ledger.unitOf', { unit: unitLabel(row.factor, row.unit) })}
        </Typography.Text>
      </Flex>
      <Flex wrap gap={12} style={{ marginTop: 4 }}>
        <span>
          {t('factors.ledger.requested')} <b data-testid="ledger-requested">{fmt(row.requested)}</b>
        </span>
        <span>
          {t('factors.ledger.supplied')} <b data-testid="ledger-supplied">{fmt(row.supplied)}</b>
        </span>
        <Typography.Text type={/[1-9]/.test(row.unmet) ? 'danger' : undefined}>
          {t('factors.ledger.unmet')} <b data-testid="ledger-unmet">{fmt(row.unmet)}</b>
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('factors.ledger.rate')} {formatPercent(row.fulfilmentRate, locale)}
        </Typography.Text>
      </Flex>
      {row.byDetail.map((d) => (
        <Flex key={d.detail} justify="space-between" gap={8} style={{ ...small, marginTop: 4 }} wrap>
          <Typography.Text type="secondary" style={{ ...small, overflowWrap: 'anywhere' }}>
            {detailLabel(row.factor, d.detail)}
          </Typography.Text>
          <span>
            {fmt(d.requested)} / {fmt(d.supplied)} ·{' '}
            <Typography.Text type={/[1-9]/.test(d.unmet) ? 'danger' : undefined} style={small}>
              {fmt(d.unmet)}
            </Typography.Text>
          </span>
        </Flex>
      ))}
    </Card>
  );
}

/** The factor ledger: per factor the requests, requested, supplied and unmet, and by detail. */
export function FactorLedgerPanel({ query, onlyAsked }: { query: FactorLedgerQuery; onlyAsked?: boolean }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const unitLabel = useFactorUnitLabel();
  const narrow = Grid.useBreakpoint().md === false;
  const ledger = useFactorLedger(query);
  // A project's ledger shows only the factors it asked for; the district's all five.
  const rows = (ledger.data?.rows ?? []).filter((r) => !onlyAsked || r.requests > 0);
  const columns: TableColumnsType<Row> = [
    {
      key: 'factor',
      title: t('factors.ledger.factor'),
      width: 130,
      fixed: 'left',
      render: (_, r) => <Typography.Text strong>{enumLabel(FACTOR_KIND_LABELS, r.factor)}</Typography.Text>,
    },
    { key: 'unit', title: t('factors.columns.unit'), width: 90, render: (_, r) => unitLabel(r.factor, r.unit) },
    ...useFigureColumns<Row>((r) => r.factor),
  ];
  if (onlyAsked && rows.length === 0) return null;

  return (
    <>
      <Typography.Paragraph type="secondary">{t('factors.ledger.hint')}</Typography.Paragraph>
      {ledger.isError ? <ApiErrorAlert error={ledger.error} /> : null}
      {narrow ? (
        <Flex vertical gap={8} data-testid="factor-ledger">
          {rows.map((r) => (
            <LedgerCard key={r.factor} row={r} />
          ))}
        </Flex>
      ) : (
        <Table<Row>
          data-testid="factor-ledger"
          rowKey="factor"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={ledger.isFetching}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: <Empty description={t('factors.ledger.none')} /> }}
          expandable={{
            rowExpandable: (r) => r.byDetail.length > 0,
            expandedRowRender: (r) => <DetailTable row={r} />,
          }}
          onRow={(r) => ({ 'data-testid': `ledger-row-${r.factor}` }) as React.HTMLAttributes<HTMLElement>}
        />
      )}
    </>
  );
}
