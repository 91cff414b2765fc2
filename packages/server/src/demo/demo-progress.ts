import type { DemoProject } from './demo-data.js';
import { createRng } from './demo-random.js';

// Two years of plans and monthly reports for the demo district, as plain data: a realistic mix
// of projects on pace, somewhat behind, far behind, late with their reports or re-planned, so
// every screen shows something true. Deterministic for a given "as of" month.

export type DemoMonth = { year: number; month: number };
export type DemoPlan = {
  projectIndex: number;
  year: number;
  plannedWan: number;
  monthlyTargetsWan: number[];
  fundingWan: Record<string, number>;
  milestones: {
    name: string;
    kind: 'start_of_works' | 'topping_out' | 'completion' | 'handover';
    plannedDate: string;
    actualDate: string | null;
  }[];
  replan: { plannedWan: number; monthlyTargetsWan: number[]; reason: string } | null;
};
export type DemoReport = {
  projectIndex: number;
  year: number;
  month: number;
  completedWan: number;
  progressPercent: number;
  progressText: string;
  started: boolean;
  status: 'accepted' | 'submitted' | 'returned' | 'draft';
  /** Days after the due day it was submitted (negative: early); null when not submitted. */
  submittedDaysAfterDue: number | null;
  returnReason: string | null;
};

/** Share of a year's work done in each month: slow around the Spring Festival, a year-end push. */
const SEASON = [0.5, 0.4, 0.9, 1.0, 1.1, 1.2, 1.1, 1.0, 1.1, 1.2, 1.2, 1.3];
const WORKING = new Set(['new_start', 'continuing', 'completed', 'operating', 'preparation']);
const PROGRESS_TEXT = [
  '完成场地平整及临时设施',
  '桩基施工',
  '基础及地下室施工',
  '主体结构施工',
  '主体结构封顶',
  '二次结构及机电安装',
  '装饰装修及室外配套',
  '竣工验收准备',
];

/**
 * Splits whole 万元 across the months from `firstMonth` by the seasonal weights, the remainder in
 * December (a project starting in October plans its year over October–December only).
 */
function spread(totalWan: number, firstMonth = 1): number[] {
  const weights = SEASON.map((w, i) => (i + 1 < firstMonth ? 0 : w));
  const sum = weights.reduce((a, b) => a + b, 0);
  const months = weights.map((w) => Math.floor((totalWan * w) / sum));
  months[11]! += totalWan - months.reduce((a, b) => a + b, 0);
  return months;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Start of works and topping out; reached on time when the project keeps its pace. */
function milestonesOf(year: number, firstMonth: number, asOf: DemoMonth, pace: number): DemoPlan['milestones'] {
  const past = (m: number) => year < asOf.year || m < asOf.month;
  const start = iso(year, firstMonth, 15);
  const toppingMonth = firstMonth <= 4 ? 9 : 12;
  return [
    {
      name: '开工建设',
      kind: 'start_of_works',
      plannedDate: start,
      actualDate: past(firstMonth) && pace > 0.5 ? iso(year, firstMonth, 20) : null,
    },
    {
      name: '主体结构封顶',
      kind: 'topping_out',
      plannedDate: iso(year, toppingMonth, 28),
      actualDate:
        past(toppingMonth + 1) && pace >= 0.6 ? iso(year, Math.min(12, toppingMonth + (pace < 0.8 ? 1 : 0)), 25) : null,
    },
  ];
}

export function buildDemoProgress(
  projects: DemoProject[],
  asOf: DemoMonth,
): { plans: DemoPlan[]; reports: DemoReport[] } {
  const rng = createRng(20261126);
  const plans: DemoPlan[] = [];
  const reports: DemoReport[] = [];
  const years = [asOf.year - 1, asOf.year];
  projects.forEach((p, projectIndex) => {
    if (!WORKING.has(p.stage)) return;
    const totalWan = Math.round(Number(p.totalInvestmentYuan) / 10000);
    const roll = rng.next();
    // Pace of actual work against plan: most on pace, some behind, a few far behind.
    const pace = roll < 0.6 ? 0.95 + rng.next() * 0.2 : roll < 0.85 ? 0.62 + rng.next() * 0.2 : 0.3 + rng.next() * 0.25;
    const lateReports = roll > 0.92 ? 2 : roll > 0.86 ? 1 : 0;
    const startYear = Number((p.plannedStart ?? `${asOf.year}`).slice(0, 4));
    const endYear = Number((p.plannedEnd ?? `${asOf.year + 2}`).slice(0, 4));
    const span = Math.max(1, endYear - startYear + 1);
    for (const year of years) {
      if (year < startYear || year > endYear) continue;
      if (p.stage === 'preparation' && year < asOf.year) continue;
      const share = p.stage === 'preparation' ? 0.05 : 1 / span;
      // Preparation work (design, approvals, land) goes on all year before construction starts.
      const firstMonth =
        year === startYear && p.stage !== 'preparation' ? Number((p.plannedStart ?? `${year}-01`).slice(5, 7)) : 1;
      // A year that starts late plans only the months left in it.
      const plannedWan = Math.max(50, Math.round((totalWan * share * (13 - firstMonth)) / 12));
      const targets = spread(plannedWan, firstMonth);
      const replanned = year === asOf.year && pace < 0.6 && rng.next() < 0.4;
      const replanWan = Math.round(plannedWan * 0.7);
      plans.push({
        projectIndex,
        year,
        plannedWan,
        monthlyTargetsWan: targets,
        fundingWan:
          p.investorType === 'social'
            ? { social_capital: Math.round(plannedWan * 0.7), bank_loans: plannedWan - Math.round(plannedWan * 0.7) }
            : {
                government_budget: Math.round(plannedWan * 0.3),
                special_bonds: plannedWan - Math.round(plannedWan * 0.3),
              },
        milestones: milestonesOf(year, firstMonth, asOf, pace),
        replan: replanned
          ? {
              plannedWan: replanWan,
              monthlyTargetsWan: spread(replanWan),
              reason: '受征地拆迁进度影响，调减年度计划投资',
            }
          : null,
      });
      const lastMonth = year === asOf.year ? asOf.month - 1 : 12;
      let done = 0;
      for (let month = firstMonth; month <= lastMonth; month++) {
        const completedWan = Math.max(0, Math.round(targets[month - 1]! * pace * (0.85 + rng.next() * 0.3)));
        done += completedWan;
        const fromEnd = lastMonth - month;
        const missing = year === asOf.year && fromEnd < lateReports;
        if (missing) continue;
        // Last month's reports are mostly reviewed by now; some wait for the unit, a few went back.
        const review = year === asOf.year && fromEnd === 0 ? rng.next() : 1;
        const status: DemoReport['status'] = review < 0.08 ? 'returned' : review < 0.3 ? 'submitted' : 'accepted';
        reports.push({
          projectIndex,
          year,
          month,
          completedWan,
          progressPercent: Math.min(100, Math.round((100 * done) / Math.max(1, plannedWan))),
          progressText:
            PROGRESS_TEXT[Math.min(PROGRESS_TEXT.length - 1, Math.floor((month / 12) * PROGRESS_TEXT.length))]!,
          started: true,
          status,
          submittedDaysAfterDue: rng.next() < 0.1 ? 1 + Math.floor(rng.next() * 6) : -Math.floor(rng.next() * 4),
          returnReason: status === 'returned' ? '本月完成投资与形象进度不匹配，请核实后重新上报' : null,
        });
      }
    }
  });
  return { plans, reports };
}
