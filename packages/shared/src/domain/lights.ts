import Big from 'big.js';
import { formatPercent, monthRangeLabel, periodLabel, periodListLabel } from './format.js';
import { completionRate, paceGapBig } from './indicators.js';
import { monthsBetween, periodKey, type Period } from './periods.js';

// Warning lights (亮灯): each rule looks at one fact and may give a yellow or red reason; the light
// is the worst colour among the reasons, green when there is none. Every reason carries its figures
// and a sentence a leader can read aloud, in both languages. Defaults are those of domain.md.

export type LightColour = 'green' | 'yellow' | 'red';
export type LightRuleKey =
  | 'behind_pace'
  | 'not_started'
  | 'report_late'
  | 'milestone_overdue'
  | 'problem_overdue'
  | 'no_permit'
  | 'stale_report'
  | 'recent_pace';

export type LightRules = {
  /** Yellow when yellowFromPoints ≤ behind ≤ redAbovePoints; red when behind > redAbovePoints. */
  behind_pace: { enabled: boolean; yellowFromPoints: number; redAbovePoints: number };
  /** Yellow from the planned start month to redAfterMonths later; red beyond. */
  not_started: { enabled: boolean; redAfterMonths: number };
  /** Consecutive overdue unsubmitted periods. */
  report_late: { enabled: boolean; yellowPeriods: number; redPeriods: number };
  /** Yellow 1..redAboveDays days overdue, red beyond. */
  milestone_overdue: { enabled: boolean; redAboveDays: number };
  problem_overdue: { enabled: boolean; redAboveDays: number };
  /** Red (compliance): reported started without a construction permit recorded. */
  no_permit: { enabled: boolean };
  /** Yellow when no report was accepted for staleAfterMonths months or more. */
  stale_report: { enabled: boolean; staleAfterMonths: number };
  /**
   * Recent performance (mission.md): yellow when the work completed in the last windowMonths
   * months is below yellowBelowRate of the plan for those months. Not in domain.md's defaults,
   * so off unless an administrator enables it; the caller computes the window (recentWindow()).
   */
  recent_pace: { enabled: boolean; windowMonths: number; yellowBelowRate: number };
};

export const DEFAULT_LIGHT_RULES: LightRules = {
  behind_pace: { enabled: true, yellowFromPoints: 10, redAbovePoints: 30 },
  not_started: { enabled: true, redAfterMonths: 3 },
  report_late: { enabled: true, yellowPeriods: 1, redPeriods: 2 },
  milestone_overdue: { enabled: true, redAboveDays: 30 },
  problem_overdue: { enabled: true, redAboveDays: 15 },
  no_permit: { enabled: true },
  stale_report: { enabled: true, staleAfterMonths: 3 },
  recent_pace: { enabled: false, windowMonths: 3, yellowBelowRate: 0.5 },
};

export type LightInput = {
  /** The month evaluated (the report period, or the current month). */
  period: Period;
  plannedStartPeriod: Period | null;
  started: boolean;
  completionRate: number | null;
  /** Consecutive periods whose report is overdue and not submitted. */
  lateReportPeriods: number;
  /** Optional: which periods, to name them in the text. */
  latePeriods?: Period[];
  overdueMilestones: { name: string; daysOverdue: number }[];
  overdueProblems: { title: string; daysOverdue: number }[];
  startedWithoutPermit: boolean;
  /** Null = not applicable (no reporting duty yet); the caller decides. */
  monthsSinceAcceptedReport: number | null;
  /** When both are given the pace gap is computed exactly from them instead of completionRate. */
  cumulativeYuan?: string;
  plannedYuan?: string | null;
  /** For 'recent_pace' (see recentWindow() in indicators.ts). */
  recent?: { fromMonth: number; toMonth: number; completedYuan: string; plannedValueYuan: string } | null;
};

export type LightReason = {
  rule: LightRuleKey;
  colour: 'yellow' | 'red';
  figures: Record<string, number | string>;
  text: { 'zh-CN': string; 'en-US': string };
};

export type LightResult = { colour: LightColour; reasons: LightReason[] };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function behindPace(input: LightInput, rule: LightRules['behind_pace']): LightReason | null {
  const m = input.period.month;
  const exact = input.cumulativeYuan !== undefined && input.plannedYuan !== undefined;
  const gap = exact
    ? paceGapBig(input.cumulativeYuan ?? '0', input.plannedYuan, m)
    : input.completionRate === null
      ? null
      : new Big(input.completionRate).minus(new Big(m).div(12)).times(100);
  if (gap === null) return null;
  const behind = gap.neg();
  if (behind.lt(rule.yellowFromPoints)) return null;
  const rate = exact ? completionRate(input.cumulativeYuan ?? '0', input.plannedYuan ?? null) : input.completionRate;
  const pct = formatPercent(rate);
  const points = behind.toFixed(1, Big.roundHalfUp);
  return {
    rule: 'behind_pace',
    colour: behind.gt(rule.redAbovePoints) ? 'red' : 'yellow',
    figures: { month: m, completionRate: rate ?? 0, timePace: m / 12, pointsBehind: behind.toNumber() },
    text: {
      'zh-CN': `${monthRangeLabel(m, 'zh-CN')}完成投资率 ${pct}，落后时序进度 ${points} 个百分点`,
      'en-US': `Completion rate ${monthRangeLabel(m, 'en-US')} ${pct}, ${points} points behind the time-elapsed pace`,
    },
  };
}

function notStarted(input: LightInput, rule: LightRules['not_started']): LightReason | null {
  if (input.started || input.plannedStartPeriod === null) return null;
  const monthsLate = monthsBetween(input.plannedStartPeriod, input.period);
  if (monthsLate < 0) return null;
  const zh = periodLabel(input.plannedStartPeriod, 'zh-CN');
  const en = periodLabel(input.plannedStartPeriod, 'en-US');
  return {
    rule: 'not_started',
    colour: monthsLate > rule.redAfterMonths ? 'red' : 'yellow',
    figures: { plannedStart: periodKey(input.plannedStartPeriod), monthsLate },
    text:
      monthsLate === 0
        ? { 'zh-CN': `计划${zh}开工，本月尚未开工`, 'en-US': `Planned to start in ${en}, not started yet` }
        : {
            'zh-CN': `计划${zh}开工，已超期${monthsLate}个月未开工`,
            'en-US': `Planned to start in ${en}, still not started ${plural(monthsLate, 'month')} later`,
          },
  };
}

function reportLate(input: LightInput, rule: LightRules['report_late']): LightReason | null {
  const n = input.lateReportPeriods;
  if (n < rule.yellowPeriods || n < 1) return null;
  const named = input.latePeriods && input.latePeriods.length === n ? input.latePeriods : null;
  const text = named
    ? {
        'zh-CN': `${periodListLabel(named, 'zh-CN')}月报逾期未报`,
        'en-US': `Monthly report${n === 1 ? '' : 's'} for ${periodListLabel(named, 'en-US')} overdue, not submitted`,
      }
    : n === 1
      ? { 'zh-CN': '1期月报逾期未报', 'en-US': '1 monthly report overdue, not submitted' }
      : { 'zh-CN': `连续${n}期月报逾期未报`, 'en-US': `${n} consecutive monthly reports overdue, not submitted` };
  return { rule: 'report_late', colour: n >= rule.redPeriods ? 'red' : 'yellow', figures: { periods: n }, text };
}

function overdueItems(
  key: 'milestone_overdue' | 'problem_overdue',
  items: readonly { label: string; daysOverdue: number }[],
  redAboveDays: number,
): LightReason[] {
  return items
    .filter((i) => i.daysOverdue >= 1)
    .sort((a, b) => b.daysOverdue - a.daysOverdue)
    .map(({ label, daysOverdue: d }) => ({
      rule: key,
      colour: d > redAboveDays ? 'red' : 'yellow',
      figures: { name: label, daysOverdue: d },
      text:
        key === 'milestone_overdue'
          ? { 'zh-CN': `节点“${label}”已逾期${d}天`, 'en-US': `Milestone "${label}" is ${plural(d, 'day')} overdue` }
          : {
              'zh-CN': `问题“${label}”超期${d}天未解决`,
              'en-US': `Problem "${label}" unresolved ${plural(d, 'day')} past its due date`,
            },
    }));
}

function staleReport(input: LightInput, rule: LightRules['stale_report']): LightReason | null {
  const n = input.monthsSinceAcceptedReport;
  if (n === null || n < rule.staleAfterMonths) return null;
  return {
    rule: 'stale_report',
    colour: 'yellow',
    figures: { months: n },
    text: {
      'zh-CN': `已${n}个月无审核通过的月报，数据可能已过时`,
      'en-US': `No accepted monthly report for ${plural(n, 'month')}; the figures may be out of date`,
    },
  };
}

function recentPace(input: LightInput, rule: LightRules['recent_pace']): LightReason | null {
  const w = input.recent;
  if (!w || !new Big(w.plannedValueYuan).gt(0)) return null;
  const done = new Big(w.completedYuan).div(w.plannedValueYuan);
  if (done.gte(rule.yellowBelowRate)) return null;
  const months = w.toMonth - w.fromMonth + 1;
  const pct = formatPercent(done.toNumber());
  return {
    rule: 'recent_pace',
    colour: 'yellow',
    figures: { fromMonth: w.fromMonth, toMonth: w.toMonth, recentRate: done.toNumber() },
    text: {
      'zh-CN': `近${months}个月（${monthRangeLabel(w.toMonth, 'zh-CN', w.fromMonth)}）完成投资为同期计划的${pct}`,
      'en-US': `Completed in the last ${plural(months, 'month')} (${monthRangeLabel(w.toMonth, 'en-US', w.fromMonth)}) is ${pct} of the plan for those months`,
    },
  };
}

const RED_FIRST = { red: 0, yellow: 1 } as const;

/** Evaluates every enabled rule; reasons come red first, then in rule order. */
export function evaluateLight(input: LightInput, rules: LightRules = DEFAULT_LIGHT_RULES): LightResult {
  const reasons: LightReason[] = [];
  const add = (r: LightReason | null) => {
    if (r) reasons.push(r);
  };
  if (rules.behind_pace.enabled) add(behindPace(input, rules.behind_pace));
  if (rules.recent_pace.enabled) add(recentPace(input, rules.recent_pace));
  if (rules.not_started.enabled) add(notStarted(input, rules.not_started));
  if (rules.report_late.enabled) add(reportLate(input, rules.report_late));
  if (rules.stale_report.enabled) add(staleReport(input, rules.stale_report));
  if (rules.milestone_overdue.enabled) {
    const items = input.overdueMilestones.map((m) => ({ label: m.name, daysOverdue: m.daysOverdue }));
    reasons.push(...overdueItems('milestone_overdue', items, rules.milestone_overdue.redAboveDays));
  }
  if (rules.problem_overdue.enabled) {
    const items = input.overdueProblems.map((p) => ({ label: p.title, daysOverdue: p.daysOverdue }));
    reasons.push(...overdueItems('problem_overdue', items, rules.problem_overdue.redAboveDays));
  }
  if (rules.no_permit.enabled && input.startedWithoutPermit)
    reasons.push({
      rule: 'no_permit',
      colour: 'red',
      figures: {},
      text: {
        'zh-CN': '已报开工但未取得施工许可证',
        'en-US': 'Reported as started, but no construction permit is recorded',
      },
    });
  // Array.prototype.sort is stable, so rule order survives within a colour.
  reasons.sort((a, b) => RED_FIRST[a.colour] - RED_FIRST[b.colour]);
  const colour: LightColour = reasons.length === 0 ? 'green' : (reasons[0]?.colour ?? 'green');
  return { colour, reasons };
}

export type LightRuleIssue = { rule: LightRuleKey; field: string; message: string };

/** Checks a configuration before it is saved; an empty list means valid. Messages are codes (validation.*). */
export function validateLightRules(rules: LightRules): LightRuleIssue[] {
  const issues: LightRuleIssue[] = [];
  const check = (ok: boolean, rule: LightRuleKey, field: string, message: string) => {
    if (!ok) issues.push({ rule, field, message });
  };
  const count = (v: number, min: number) => Number.isInteger(v) && v >= min;
  const bp = rules.behind_pace;
  check(
    Number.isFinite(bp.yellowFromPoints) && bp.yellowFromPoints >= 0,
    'behind_pace',
    'yellowFromPoints',
    'rule_number_min_0',
  );
  check(Number.isFinite(bp.redAbovePoints), 'behind_pace', 'redAbovePoints', 'rule_number');
  check(bp.yellowFromPoints < bp.redAbovePoints, 'behind_pace', 'redAbovePoints', 'rule_red_above_yellow');
  check(bp.redAbovePoints <= 100, 'behind_pace', 'redAbovePoints', 'rule_points_max_100');
  check(count(rules.not_started.redAfterMonths, 0), 'not_started', 'redAfterMonths', 'rule_whole_min_0');
  const rl = rules.report_late;
  check(count(rl.yellowPeriods, 1), 'report_late', 'yellowPeriods', 'rule_whole_min_1');
  check(count(rl.redPeriods, 1), 'report_late', 'redPeriods', 'rule_whole_min_1');
  check(rl.yellowPeriods < rl.redPeriods, 'report_late', 'redPeriods', 'rule_red_above_yellow');
  check(count(rules.milestone_overdue.redAboveDays, 0), 'milestone_overdue', 'redAboveDays', 'rule_whole_min_0');
  check(count(rules.problem_overdue.redAboveDays, 0), 'problem_overdue', 'redAboveDays', 'rule_whole_min_0');
  check(count(rules.stale_report.staleAfterMonths, 1), 'stale_report', 'staleAfterMonths', 'rule_whole_min_1');
  const rp = rules.recent_pace;
  check(count(rp.windowMonths, 1) && rp.windowMonths <= 12, 'recent_pace', 'windowMonths', 'rule_months_1_12');
  check(rp.yellowBelowRate > 0 && rp.yellowBelowRate <= 1, 'recent_pace', 'yellowBelowRate', 'rule_rate_0_1');
  return issues;
}

export type LightRulesPatch = { [K in keyof LightRules]?: Partial<LightRules[K]> };

/** Stored configuration over the defaults, rule by rule and field by field. */
export function withLightRuleDefaults(patch: LightRulesPatch = {}): LightRules {
  const out = structuredClone(DEFAULT_LIGHT_RULES);
  for (const key of Object.keys(out) as (keyof LightRules)[]) Object.assign(out[key], patch[key] ?? {});
  return out;
}
