import { Card, DatePicker, Flex, Grid, Tabs, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useLocale } from '../../../lib/use-locale';
import { useWarningList } from '../hooks/use-warnings';
import { latestPeriod, useWarningsParams, type WarningsParams, type WarningTab } from '../hooks/use-warnings-params';
import { LightRulesPanel } from './light-rules-panel';
import { QoqPanel } from './qoq-panel';
import { WarningCards } from './warning-cards';
import { WarningCounters } from './warning-counters';
import { WarningFilters } from './warning-filters';
import { WarningsTable } from './warnings-table';

type BoardProps = {
  params: WarningsParams;
  update: (patch: Partial<WarningsParams>) => void;
  reset: () => void;
  filterCount: number;
};

function WarningBoard({ params, update, reset, filterCount }: BoardProps) {
  const list = useWarningList(params);
  // Below the md breakpoint (phones) a card list replaces the wide table.
  const narrow = Grid.useBreakpoint().md === false;
  const listProps = { params, update, data: list.data, loading: list.isFetching };
  return (
    <>
      <WarningCounters params={params} update={update} />
      <WarningFilters params={params} update={update} reset={reset} filterCount={filterCount} />
      {list.isError ? <ApiErrorAlert error={list.error} /> : null}
      {narrow ? <WarningCards {...listProps} /> : <WarningsTable {...listProps} />}
    </>
  );
}

/** 预警监测: the warning board and the quarter-over-quarter table (one period for both), and the rules. */
export function WarningsPage() {
  const { t } = useTranslation();
  const { params, update, reset, filterCount } = useWarningsParams();
  const locale = useLocale();
  const latest = dayjs(`${latestPeriod()}-01`);

  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('warnings.title')}
        </Typography.Title>
        {/* The rules hold for every period: no period to pick on their tab. */}
        {params.tab === 'rules' ? null : (
          <DatePicker
            picker="month"
            aria-label={t('warnings.period')}
            prefix={<Typography.Text type="secondary">{t('warnings.period')}</Typography.Text>}
            allowClear={false}
            value={dayjs(`${params.period}-01`)}
            format={(d: Dayjs) => periodLabel({ year: d.year(), month: d.month() + 1 }, locale)}
            disabledDate={(d: Dayjs) => d.isAfter(latest, 'month')}
            onChange={(d: Dayjs | null) => {
              if (d) update({ period: d.format('YYYY-MM') });
            }}
            data-testid="warning-period"
          />
        )}
      </Flex>
      <Tabs
        activeKey={params.tab}
        onChange={(key) => update({ tab: key as WarningTab })}
        items={[
          {
            key: 'board',
            label: t('warnings.tabs.board'),
            children: <WarningBoard params={params} update={update} reset={reset} filterCount={filterCount} />,
          },
          {
            key: 'qoq',
            label: <span data-testid="qoq-tab">{t('warnings.tabs.qoq')}</span>,
            children: <QoqPanel params={params} update={update} />,
          },
          {
            key: 'rules',
            label: <span data-testid="light-rules-tab">{t('warnings.tabs.rules')}</span>,
            children: <LightRulesPanel />,
          },
        ]}
      />
    </Card>
  );
}
