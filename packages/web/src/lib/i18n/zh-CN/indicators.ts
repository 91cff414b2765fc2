import type { Widen } from '../widen';

// Indicators and warning lights: shared by the warning board, the project page and the home card.
export const indicatorsZhCN = {
  indicators: {
    lights: { green: '绿灯', yellow: '黄灯', red: '红灯' },
    lightShort: { green: '绿', yellow: '黄', red: '红' },
    gap: {
      behind: '落后 {{points}} 个百分点',
      ahead: '超前 {{points}} 个百分点',
      onPace: '与时序进度持平',
    },
    tab: {
      title: '投资完成',
      period: '统计期',
      light: '亮灯情况',
      allGreen: '各项预警规则均未触发',
      planned: '年度计划投资（万元）',
      baseline: '基准计划（万元）',
      cumulative: '{{range}}累计完成（万元）',
      rate: '投资完成率',
      gap: '与时序进度差',
      progress: '形象进度',
      previousQuarter: '上季度末完成率',
      previousQuarterAt: '{{period}}末',
      lastAccepted: '最近审核通过的月报',
      missingMonths: '缺少审核通过月报的月份',
      listSeparator: '、',
      forecast: '年末预计完成（万元）',
      stale: '数据陈旧',
      forecastBand: '区间 {{low}} – {{high}}',
      noPlan: '该年度尚无批准的年度计划，无法计算完成率与时序进度差。',
      chart: {
        title: '投资完成 S 曲线（万元）',
        planned: '计划累计',
        actual: '实际累计',
        pace: '时序进度',
        axis: '万元',
        targetsHint: '计划累计按年度计划的月度目标逐月累加。',
        evenHint: '年度计划未分解到月，计划累计按全年均匀分布（年度计划 × 月数 ÷ 12）。',
        gapsHint: '实际累计只取审核通过的月报，缺报月份留空。',
        empty: '该年度既无计划也无审核通过的月报',
      },
    },
    history: {
      title: '亮灯历史（近 24 个月）',
      failed: '亮灯历史加载失败',
      empty: '暂无亮灯记录',
      hint: '每格一个月，颜色为当月保存的亮灯结果；点击查看该月数据。',
    },
    home: {
      title: '全区亮灯情况',
      titleMine: '我的项目亮灯情况',
      subtitle: '{{period}} · 共 {{count}} 个项目',
      rate: '投资完成率 {{rate}}，{{gap}}',
      open: '预警监测',
    },
  },
};

export type IndicatorsMessages = Widen<typeof indicatorsZhCN>;
