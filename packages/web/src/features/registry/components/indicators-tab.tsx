import { lazy, Suspense, type ReactNode } from 'react';
import { Alert, Badge, Card, Col, DatePicker, Empty, Flex, Row, Spin, Statistic, Tag, Typography, theme } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  addMonths,
  formatPercent,
  formatPoints,
  formatWan,
  hasMonthlyTargets,
  isPeriodKey,
  monthRangeLabel,
  NO_FIGURE,
  parsePeriodKey,
  periodKey,
  periodLabel,
  periodOf,
  type Light,
  type ProjectIndicators,
} from '@tuijin/shared';
import { LoadError } from '../../../components/page-states';
import { useLocale } from '../../../lib/use-locale';
import { usePlanTargets, useProjectIndicators } from '../hooks/use-project-indicators';
import { LightHistoryStrip } from './light-history';

// ECharts is large: it loads with the tab, not with the project page.
const IndicatorsChart = lazy(() => import('./indicators-chart').then((m) => ({ default: m.IndicatorsChart })));

const TAG_COLOURS: Record<Light['colour'], string> = { red: 'red', yellow: 'gold', green: 'green' };

function latestPeriod(): string {
  return periodKey(addMonths(periodOf(new Date()), -1));
}

function useGapText(): (gap: number | null) => string {
  const { t } = useTranslation();
  return (gap) => {
    const f = formatPoints(gap);
    if (!f) return NO_FIGURE;
    return f.direction === 'on_pace' ? t('indicators.gap.onPace') : t(`indicators.gap.${f.direction}`, f);
  };
}

function LightPanel({ light }: { light: Light }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Card size="small" title={t('indicators.tab.light')} style={{ marginBottom: 16 }}>
      <Flex gap={12} align="flex-start" wrap>
        <Tag
          color={TAG_COLOURS[light.colour]}
          style={{ fontSize: 14, padding: '2px 10px', marginInlineEnd: 0 }}
          data-testid="project-light"
          data-colour={light.colour}
        >
          {t(`indicators.lights.${light.colour}`)}
        </Tag>
        {light.reasons.some((r) => r.rule === 'stale_report') ? (
          <Tag color="default" data-testid="stale-badge" style={{ fontSize: 14, padding: '2px 10px' }}>
            {t('indicators.tab.stale')}
          </Tag>
        ) : null}
        {light.reasons.length === 0 ? (
          <Typography.Text type="secondary">{t('indicators.tab.allGreen')}</Typography.Text>
        ) : (
          <Flex vertical gap={4} component="ul" style={{ margin: 0, padding: 0, listStyle: 'none', flex: 1 }}>
            {light.reasons.map((r, i) => (
              <li key={`${r.rule}-${i}`}>
                <Badge status={r.colour === 'red' ? 'error' : 'warning'} text={r.text[locale]} />
              </li>
            ))}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

function Figure({ title, value, extra }: { title: string; value: ReactNode; extra?: ReactNode }) {
  return (
    <Col xs={12} md={8} xl={6}>
      <Card size="small" style={{ height: '100%' }}>
        <Statistic title={title} value={0} formatter={() => value} />
        {extra ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {extra}
          </Typography.Text>
        ) : null}
      </Card>
    </Col>
  );
}

function KeyFigures({ data }: { data: ProjectIndicators }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const gapText = useGapText();
  const month = parsePeriodKey(data.period).month;
  const wan = (yuan: string | null) => (yuan === null ? NO_FIGURE : formatWan(yuan));
  const prev = data.previousQuarter;
  const behind = formatPoints(data.gap)?.direction === 'behind';
  const { token } = theme.useToken();
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Figure title={t('indicators.tab.planned')} value={wan(data.plannedYuan)} />
      <Figure title={t('indicators.tab.baseline')} value={wan(data.baselinePlannedYuan)} />
      <Figure
        title={t('indicators.tab.cumulative', { range: monthRangeLabel(month, locale) })}
        value={wan(data.cumulativeYuan)}
      />
      <Figure title={t('indicators.tab.rate')} value={formatPercent(data.rate)} />
      <Figure
        title={t('indicators.tab.gap')}
        value={<span style={{ color: behind ? token.colorError : undefined }}>{gapText(data.gap)}</span>}
      />
      <Figure
        title={t('indicators.tab.progress')}
        value={data.progressPercent === null ? NO_FIGURE : `${data.progressPercent}%`}
      />
      <Figure
        title={t('indicators.tab.previousQuarter')}
        value={prev ? formatPercent(prev.rate) : NO_FIGURE}
        extra={
          prev && prev.rate !== null
            ? `${t('indicators.tab.previousQuarterAt', { period: periodLabel(parsePeriodKey(prev.period), locale) })} · ${gapText(prev.gap)}`
            : undefined
        }
      />
      {data.forecast ? (
        <Figure
          title={t('indicators.tab.forecast')}
          value={formatWan(data.forecast.expectedYuan)}
          extra={t('indicators.tab.forecastBand', {
            low: formatWan(data.forecast.lowYuan),
            high: formatWan(data.forecast.highYuan),
          })}
        />
      ) : null}
    </Row>
  );
}

/** 投资完成: the project's light with its reasons, key figures and the S-curve for a period. */
export function IndicatorsTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [searchParams, setSearchParams] = useSearchParams();
  const latest = latestPeriod();
  const raw = searchParams.get('period');
  const period = raw && isPeriodKey(raw) && raw <= latest ? raw : latest;
  const indicators = useProjectIndicators(projectId, period);
  const targets = usePlanTargets(projectId, parsePeriodKey(period).year);

  const setPeriod = (next: string) =>
    setSearchParams(
      (prev) => {
        const sp = new URLSearchParams(prev);
        if (next === latest) sp.delete('period');
        else sp.set('period', next);
        return sp;
      },
      { replace: true },
    );

  const data = indicators.data;
  const monthTargets = targets.data ?? null;
  const missing = data?.missingMonths ?? [];

  return (
    <div data-testid="indicators-panel">
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <DatePicker
          picker="month"
          aria-label={t('indicators.tab.period')}
          prefix={<Typography.Text type="secondary">{t('indicators.tab.period')}</Typography.Text>}
          allowClear={false}
          value={dayjs(`${period}-01`)}
          format={(d: Dayjs) => periodLabel({ year: d.year(), month: d.month() + 1 }, locale)}
          disabledDate={(d: Dayjs) => d.isAfter(dayjs(`${latest}-01`), 'month')}
          onChange={(d: Dayjs | null) => {
            if (d) setPeriod(d.format('YYYY-MM'));
          }}
          data-testid="indicators-period"
        />
      </Flex>
      {indicators.isError ? (
        <LoadError error={indicators.error} onRetry={() => void indicators.refetch()} />
      ) : !data ? (
        <Spin style={{ display: 'block', padding: 48 }} />
      ) : (
        <Spin spinning={indicators.isFetching && indicators.isPlaceholderData}>
          <LightPanel light={data.light} />
          <LightHistoryStrip projectId={projectId} to={latest} selected={period} onSelect={setPeriod} />
          {data.plannedYuan === null ? (
            <Alert type="info" showIcon title={t('indicators.tab.noPlan')} style={{ marginBottom: 16 }} />
          ) : null}
          <KeyFigures data={data} />
          <Flex wrap gap={16} style={{ marginBottom: 12, fontSize: 12 }}>
            <Typography.Text type="secondary">
              {t('indicators.tab.lastAccepted')}
              {t('common.colon')}
              {data.lastAcceptedPeriod ? periodLabel(parsePeriodKey(data.lastAcceptedPeriod), locale) : NO_FIGURE}
            </Typography.Text>
            {missing.length > 0 ? (
              <Typography.Text type="warning" data-testid="missing-months">
                {t('indicators.tab.missingMonths')}
                {t('common.colon')}
                {missing.map((m) => monthRangeLabel(m, locale, m)).join(t('indicators.tab.listSeparator'))}
              </Typography.Text>
            ) : null}
          </Flex>
          <Card size="small" title={t('indicators.tab.chart.title')}>
            {data.plannedYuan === null && data.completedByMonthYuan.every((v) => v === null) ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('indicators.tab.chart.empty')} />
            ) : (
              <Suspense fallback={<Spin style={{ display: 'block', padding: 48 }} />}>
                <IndicatorsChart data={data} targets={monthTargets} />
              </Suspense>
            )}
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
              {hasMonthlyTargets({ plannedYuan: data.plannedYuan, monthlyTargetsYuan: monthTargets })
                ? t('indicators.tab.chart.targetsHint')
                : t('indicators.tab.chart.evenHint')}{' '}
              {t('indicators.tab.chart.gapsHint')}
            </Typography.Paragraph>
          </Card>
        </Spin>
      )}
    </div>
  );
}
