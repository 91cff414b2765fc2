import { Alert, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { parsePeriodKey, periodLabel } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { hasAnyRole, useMe } from '../../../lib/session-context';
import { useLocale } from '../../../lib/use-locale';
import { QOQ_GROUPS, type QoqGroupBy } from '../api/warnings-api';
import { useFacets, useSummary } from '../hooks/use-warnings';
import { latestPeriod, type WarningsParams } from '../hooks/use-warnings-params';
import { groupName, mergeQoq, qoqPoints, type QoqPoint } from './qoq-model';
import { QoqTable } from './qoq-table';

type Props = { params: WarningsParams; update: (patch: Partial<WarningsParams>) => void };

/** 季度对比: the chosen grouping at the end of the previous quarter and of the chosen period's quarter. */
export function QoqPanel({ params, update }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { previous, current } = qoqPoints(params.period, latestPeriod());
  const before = useSummary(params.groupBy, previous.period);
  const now = useSummary(params.groupBy, current.period);
  const facets = useFacets();
  const wide = hasAnyRole(useMe(), ['admin', 'office', 'supervisor']);

  const quarterName = (p: QoqPoint) => t(`warnings.qoq.quarters.q${p.quarter}`);
  const titleOf = (p: QoqPoint) => {
    const month = parsePeriodKey(p.period).month;
    return p.toDate
      ? t('warnings.qoq.quarterToDate', {
          year: p.year,
          quarter: quarterName(p),
          month,
          monthName: periodLabel({ year: p.year, month }, locale),
        })
      : t('warnings.qoq.quarterEnd', { year: p.year, quarter: quarterName(p) });
  };

  const rows =
    before.data && now.data
      ? mergeQoq(
          before.data,
          now.data,
          (g) =>
            groupName(params.groupBy, g, {
              locale,
              streets: facets.data?.streets,
              unassigned: t('warnings.qoq.unassigned'),
            }),
          // The total covers the caller's projects: the whole district only for district-wide roles.
          wide ? t('warnings.qoq.district') : t('warnings.qoq.total'),
        )
      : [];

  return (
    <>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <Typography.Text>{t('warnings.qoq.groupBy')}</Typography.Text>
        <Select<QoqGroupBy>
          aria-label={t('warnings.qoq.groupBy')}
          style={{ width: 160 }}
          value={params.groupBy}
          onChange={(groupBy) => update({ groupBy })}
          options={QOQ_GROUPS.map((g) => ({ value: g, label: t(`warnings.qoq.groups.${g}`) }))}
          data-testid="qoq-group-by"
        />
      </Flex>
      {current.toDate ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('warnings.qoq.toDateNote', {
            quarter: t('warnings.qoq.quarter', { year: current.year, quarter: quarterName(current) }),
            period: periodLabel(parsePeriodKey(current.period), locale),
          })}
        />
      ) : null}
      {previous.year !== current.year ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('warnings.qoq.yearNote', { year: previous.year })}
        />
      ) : null}
      {before.isError || now.isError ? <ApiErrorAlert error={before.error ?? now.error} /> : null}
      <QoqTable
        rows={rows}
        previousTitle={titleOf(previous)}
        currentTitle={titleOf(current)}
        loading={before.isFetching || now.isFetching}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
        {t('warnings.qoq.note')}
      </Typography.Paragraph>
    </>
  );
}
