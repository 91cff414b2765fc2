import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIGHT_RULES,
  evaluateLight,
  validateLightRules,
  withLightRuleDefaults,
  type LightInput,
} from './lights.js';

// A project on track in September: 70% done against a 75% pace → 5 points behind, below 10.
const base: LightInput = {
  period: { year: 2026, month: 9 },
  plannedStartPeriod: null,
  started: true,
  completionRate: 0.7,
  lateReportPeriods: 0,
  overdueMilestones: [],
  overdueProblems: [],
  startedWithoutPermit: false,
  monthsSinceAcceptedReport: 0,
};
const at = (over: Partial<LightInput>) => evaluateLight({ ...base, ...over });
const june = { period: { year: 2026, month: 6 } };

describe('warning lights', () => {
  it('is green with no reasons when nothing is wrong', () => {
    expect(at({})).toEqual({ colour: 'green', reasons: [] });
  });

  it('behind pace: yellow from exactly 10 points, red only above 30', () => {
    // June pace 6/12 = 0.5. Behind = (0.5 − rate) × 100.
    expect(at({ ...june, completionRate: 0.41 }).colour).toBe('green'); // 9 behind
    expect(at({ ...june, completionRate: 0.4 }).colour).toBe('yellow'); // exactly 10
    expect(at({ ...june, completionRate: 0.2 }).colour).toBe('yellow'); // exactly 30
    expect(at({ ...june, completionRate: 0.19 }).colour).toBe('red'); // 31
    expect(at({ ...june, completionRate: null }).colour).toBe('green'); // no plan, no rate
  });

  it('behind pace from exact amounts at the red boundary', () => {
    // (12 × 2,000,000 − 6 × 10,000,000) × 100 ÷ (12 × 10,000,000) = −3,600,000,000 ÷ 120,000,000 = −30 → yellow
    const exactly30 = at({ ...june, cumulativeYuan: '2000000.00', plannedYuan: '10000000.00' });
    expect(exactly30.colour).toBe('yellow');
    // One cent less: behind 30.0000001 → red, though it shows as 30.0
    const over30 = at({ ...june, cumulativeYuan: '1999999.99', plannedYuan: '10000000.00' });
    expect(over30.colour).toBe('red');
    expect(over30.reasons[0]?.text['zh-CN']).toBe('1–6月完成投资率 20.0%，落后时序进度 30.0 个百分点');
  });

  it('writes the behind-pace reason a leader reads', () => {
    // Jan–Sep: 4,120,000 ÷ 10,000,000 = 41.2%; pace 9/12 = 75%; behind 75 − 41.2 = 33.8 > 30 → red
    const r = at({ completionRate: 0.412, cumulativeYuan: '4120000.00', plannedYuan: '10000000.00' });
    expect(r.colour).toBe('red');
    expect(r.reasons).toEqual([
      {
        rule: 'behind_pace',
        colour: 'red',
        figures: { month: 9, completionRate: 0.412, timePace: 0.75, pointsBehind: 33.8 },
        text: {
          'zh-CN': '1–9月完成投资率 41.2%，落后时序进度 33.8 个百分点',
          'en-US': 'Completion rate Jan–Sep 41.2%, 33.8 points behind the time-elapsed pace',
        },
      },
    ]);
  });

  it('not started: yellow from the planned month through 3 months later, red after', () => {
    const planned = { plannedStartPeriod: { year: 2026, month: 3 }, started: false };
    expect(at({ ...planned, period: { year: 2026, month: 2 } }).colour).toBe('green'); // not due yet
    expect(at({ ...planned, period: { year: 2026, month: 3 } }).reasons[0]?.text['zh-CN']).toBe(
      '计划2026年3月开工，本月尚未开工',
    );
    // June − March = 3 months: still yellow
    expect(at({ ...planned, period: { year: 2026, month: 6 } }).colour).toBe('yellow');
    // July − March = 4 months > 3: red
    const red = at({ ...planned, period: { year: 2026, month: 7 }, completionRate: 0.6 });
    expect(red.colour).toBe('red');
    expect(red.reasons[0]).toMatchObject({
      rule: 'not_started',
      figures: { plannedStart: '2026-03', monthsLate: 4 },
      text: {
        'zh-CN': '计划2026年3月开工，已超期4个月未开工',
        'en-US': 'Planned to start in Mar 2026, still not started 4 months later',
      },
    });
    expect(at({ ...planned, started: true, period: { year: 2026, month: 7 } }).colour).toBe('green');
  });

  it('late reports: one period yellow, two red, named when known', () => {
    expect(at({ lateReportPeriods: 1 }).reasons[0]).toMatchObject({
      colour: 'yellow',
      text: { 'zh-CN': '1期月报逾期未报' },
    });
    const two = at({
      lateReportPeriods: 2,
      latePeriods: [
        { year: 2026, month: 8 },
        { year: 2026, month: 9 },
      ],
    });
    expect(two.colour).toBe('red');
    expect(two.reasons[0]?.text).toEqual({
      'zh-CN': '2026年8月、9月月报逾期未报',
      'en-US': 'Monthly reports for Aug 2026, Sep 2026 overdue, not submitted',
    });
    expect(at({ lateReportPeriods: 3 }).reasons[0]?.text['zh-CN']).toBe('连续3期月报逾期未报');
  });

  it('overdue milestones and problems, one reason each, worst first', () => {
    const r = at({
      overdueMilestones: [
        { name: '基础完工', daysOverdue: 30 },
        { name: '主体封顶', daysOverdue: 45 },
        { name: '竣工验收', daysOverdue: 0 },
      ],
    });
    expect(r.colour).toBe('red');
    expect(r.reasons.map((x) => [x.colour, x.text['zh-CN']])).toEqual([
      ['red', '节点“主体封顶”已逾期45天'], // 45 > 30
      ['yellow', '节点“基础完工”已逾期30天'], // 30 is still yellow
    ]);
    expect(r.reasons[0]?.text['en-US']).toBe('Milestone "主体封顶" is 45 days overdue');
    const p = at({ overdueProblems: [{ title: '用地指标不足', daysOverdue: 20 }] });
    expect(p.reasons[0]).toMatchObject({ colour: 'red', text: { 'zh-CN': '问题“用地指标不足”超期20天未解决' } });
    expect(at({ overdueProblems: [{ title: '资金', daysOverdue: 15 }] }).colour).toBe('yellow');
  });

  it('no permit is red; stale data is yellow from 3 months', () => {
    expect(at({ startedWithoutPermit: true }).reasons).toEqual([
      {
        rule: 'no_permit',
        colour: 'red',
        figures: {},
        text: {
          'zh-CN': '已报开工但未取得施工许可证',
          'en-US': 'Reported as started, but no construction permit is recorded',
        },
      },
    ]);
    expect(at({ monthsSinceAcceptedReport: 2 }).colour).toBe('green');
    expect(at({ monthsSinceAcceptedReport: 3 }).reasons[0]).toMatchObject({
      rule: 'stale_report',
      colour: 'yellow',
      text: { 'zh-CN': '已3个月无审核通过的月报，数据可能已过时' },
    });
    expect(at({ monthsSinceAcceptedReport: null }).colour).toBe('green');
  });

  it('takes the worst colour and lists red reasons first', () => {
    const r = at({ lateReportPeriods: 1, monthsSinceAcceptedReport: 4, startedWithoutPermit: true });
    expect(r.colour).toBe('red');
    expect(r.reasons.map((x) => `${x.rule}:${x.colour}`)).toEqual([
      'no_permit:red',
      'report_late:yellow',
      'stale_report:yellow',
    ]);
  });

  it('skips disabled rules and honours changed thresholds', () => {
    const rules = withLightRuleDefaults({
      milestone_overdue: { enabled: false },
      behind_pace: { yellowFromPoints: 5 },
    });
    expect(rules.behind_pace).toEqual({ enabled: true, yellowFromPoints: 5, redAbovePoints: 30 });
    const input = { ...base, overdueMilestones: [{ name: '主体封顶', daysOverdue: 45 }] };
    expect(evaluateLight(input, rules).colour).toBe('yellow'); // milestone ignored; 5 points behind now yellow
    expect(evaluateLight(input).colour).toBe('red');
    expect(DEFAULT_LIGHT_RULES.milestone_overdue.enabled).toBe(true); // defaults not mutated
  });

  it('recent pace: off by default; when on, yellow below half the recent plan', () => {
    // Jul–Sep: completed 1,200,000 ÷ planned 3,000,000 = 0.4 < 0.5
    const recent = { fromMonth: 7, toMonth: 9, completedYuan: '1200000.00', plannedValueYuan: '3000000.00' };
    expect(at({ recent }).colour).toBe('green');
    const on = withLightRuleDefaults({ recent_pace: { enabled: true } });
    const r = evaluateLight({ ...base, recent }, on);
    expect(r.reasons[0]?.text).toEqual({
      'zh-CN': '近3个月（7–9月）完成投资为同期计划的40.0%',
      'en-US': 'Completed in the last 3 months (Jul–Sep) is 40.0% of the plan for those months',
    });
    // 1,500,000 ÷ 3,000,000 = 0.5: not below → green
    expect(evaluateLight({ ...base, recent: { ...recent, completedYuan: '1500000.00' } }, on).colour).toBe('green');
  });

  it('validates a configuration', () => {
    expect(validateLightRules(DEFAULT_LIGHT_RULES)).toEqual([]);
    const bad = withLightRuleDefaults({
      behind_pace: { yellowFromPoints: 30, redAbovePoints: 30 },
      report_late: { yellowPeriods: 2, redPeriods: 2 },
      stale_report: { staleAfterMonths: 0 },
      milestone_overdue: { redAboveDays: 1.5 },
    });
    expect(validateLightRules(bad).map((i) => `${i.rule}.${i.field}`)).toEqual([
      'behind_pace.redAbovePoints',
      'report_late.redPeriods',
      'milestone_overdue.redAboveDays',
      'stale_report.staleAfterMonths',
    ]);
  });
});
