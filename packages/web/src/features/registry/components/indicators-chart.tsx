import { theme } from 'antd';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';
import { formatWan, monthRangeLabel, plannedValueThrough, type ProjectIndicators } from '@tuijin/shared';
import { useLocale } from '../../../lib/use-locale';

echarts.use([LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

type Option = echarts.ComposeOption<
  LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | MarkLineComponentOption
>;

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** 元 string → 万元 number rounded to the cent of 万元, for plotting only (labels use formatWan). */
function wan(yuan: string): number {
  return Number(formatWan(yuan).replace(/,/g, ''));
}

/**
 * Planned cumulative per month: the plan's monthly targets added up when it has them, else the
 * annual plan spread evenly; null without a plan.
 */
export function plannedCurve(plannedYuan: string | null, targets: string[] | null): (number | null)[] {
  return MONTHS.map((m) => {
    const v = plannedValueThrough({ plannedYuan, monthlyTargetsYuan: targets }, m);
    return v === null ? null : wan(v);
  });
}

/**
 * Completed cumulative per month, only where the month has an accepted report (the sum of the
 * accepted months up to it, as the official cumulative counts them); other months stay empty.
 */
export function actualCurve(byMonth: readonly (string | null)[], month: number): (number | null)[] {
  let sum = 0;
  return MONTHS.map((m) => {
    const v = byMonth[m - 1] ?? null;
    if (v === null || m > month) return null;
    sum += wan(v);
    return Math.round(sum * 100) / 100;
  });
}

type Props = { data: ProjectIndicators; targets: string[] | null };

export function IndicatorsChart({ data, targets }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token } = theme.useToken();
  const month = Number(data.period.slice(5, 7));
  const planned = plannedCurve(data.plannedYuan, targets);
  const actual = actualCurve(data.completedByMonthYuan, month);
  const money = (v: unknown) =>
    typeof v === 'number' ? v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : '—';

  const option: Option = {
    color: [token.colorTextTertiary, token.colorPrimary],
    grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: token.colorText } },
    tooltip: { trigger: 'axis', valueFormatter: money },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: MONTHS.map((m) => monthRangeLabel(m, locale, m)),
      axisLabel: { color: token.colorTextSecondary },
    },
    yAxis: {
      type: 'value',
      name: t('indicators.tab.chart.axis'),
      nameTextStyle: { color: token.colorTextSecondary },
      axisLabel: { color: token.colorTextSecondary },
      splitLine: { lineStyle: { color: token.colorBorderSecondary } },
    },
    series: [
      {
        name: t('indicators.tab.chart.planned'),
        type: 'line',
        data: planned,
        showSymbol: false,
        lineStyle: { type: 'dashed', width: 2 },
      },
      {
        name: t('indicators.tab.chart.actual'),
        type: 'line',
        data: actual,
        // Months without an accepted report are gaps, never bridged; lone points keep a dot.
        connectNulls: false,
        showSymbol: true,
        symbolSize: 7,
        lineStyle: { width: 3 },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: token.colorWarning, type: 'dotted' },
          label: { formatter: t('indicators.tab.period'), color: token.colorTextSecondary },
          data: [{ xAxis: month - 1 }],
        },
      },
    ],
  };

  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height: 320, width: '100%' }}
      data-testid="indicators-chart"
    />
  );
}
