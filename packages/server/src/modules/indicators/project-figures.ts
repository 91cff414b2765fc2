import {
  comparePeriods,
  completionRate,
  cumulativeThrough,
  daysBetween,
  evaluateLight,
  monthsBetween,
  paceGap,
  parsePeriodKey,
  periodKey,
  reportDueAt,
  forecastYearEnd,
  type LightResult,
  type ProjectForecast,
  type LightRules,
  type Period,
} from '@tuijin/shared';
import type { ProjectYearRow } from './indicators.repo.js';

// Pure: turns one project's row of the year into its figures and its light for a period.

export type ProjectFigures = {
  plannedYuan: string | null;
  baselinePlannedYuan: string | null;
  cumulativeYuan: string;
  completedByMonthYuan: (string | null)[];
  missingMonths: number[];
  rate: number | null;
  gap: number | null;
  progressPercent: number | null;
  lastAcceptedPeriod: string | null;
  light: LightResult;
  forecast: ProjectForecast | null;
};

export type Clock = { now: Date; today: string; timeZone: string; dueDay: number };

const REPORTED = new Set(['submitted', 'accepted']);

/** The first month of the year the project owed a report for: its planned start, else January. */
function firstMonthOf(row: ProjectYearRow, year: number): number {
  if (!row.planned_start) return 1;
  const start = parsePeriodKey(row.planned_start.slice(0, 7));
  return start.year === year ? start.month : start.year > year ? 13 : 1;
}

export function projectFigures(row: ProjectYearRow, period: Period, clock: Clock, rules: LightRules): ProjectFigures {
  const byMonth = new Map(
    (row.months ?? [])
      .map((m) => m.split(':') as [string, string, string])
      .map(([mm, status, amount]) => [Number(mm), { status, amount }]),
  );
  const completedByMonthYuan = Array.from({ length: 12 }, (_, i) => {
    const r = byMonth.get(i + 1);
    return r && r.status === 'accepted' && i + 1 <= period.month ? r.amount : null;
  });
  const firstMonth = firstMonthOf(row, period.year);
  const hasDuty = row.planned !== null && firstMonth <= period.month;
  const cumulative = cumulativeThrough({ completedByMonthYuan }, period.month, hasDuty ? firstMonth : 13);
  const rate = completionRate(cumulative.cumulativeYuan, row.planned);

  // Consecutive months, back from the period, whose report is past due and not submitted.
  let lateReportPeriods = 0;
  const latePeriods: Period[] = [];
  if (hasDuty) {
    for (let m = period.month; m >= firstMonth; m--) {
      if (REPORTED.has(byMonth.get(m)?.status ?? '')) break;
      const p = { year: period.year, month: m };
      if (reportDueAt(p, clock.dueDay, clock.timeZone) > clock.now) continue;
      lateReportPeriods++;
      latePeriods.unshift(p);
    }
  }
  const lastAccepted = row.last_accepted ? parsePeriodKey(row.last_accepted) : null;
  const started = Boolean(row.started) || ['continuing', 'completed', 'operating'].includes(row.stage);
  const plannedStartPeriod = row.planned_start ? parsePeriodKey(row.planned_start.slice(0, 7)) : null;
  const light = evaluateLight(
    {
      period,
      plannedStartPeriod:
        plannedStartPeriod && comparePeriods(plannedStartPeriod, period) <= 0 ? plannedStartPeriod : null,
      started,
      completionRate: rate,
      cumulativeYuan: cumulative.cumulativeYuan,
      plannedYuan: row.planned,
      lateReportPeriods,
      latePeriods,
      overdueMilestones: (row.overdue_milestones ?? []).map((m) => ({
        name: m.name,
        daysOverdue: daysBetween(m.planned, clock.today),
      })),
      overdueProblems: (row.overdue_problems ?? []).map((p) => ({
        title: p.title,
        daysOverdue: daysBetween(p.due, clock.today),
      })),
      // Compliance: only once the project's formalities are recorded (a permit step exists).
      startedWithoutPermit: started && row.has_permit_step && !row.permit_approved,
      monthsSinceAcceptedReport: hasDuty
        ? lastAccepted
          ? monthsBetween(lastAccepted, period)
          : period.month - firstMonth + 1
        : null,
    },
    rules,
  );
  const lastYear = Array.from({ length: 12 }, () => null as string | null);
  for (const entry of row.last_year ?? []) {
    const [mm, amount] = entry.split(':') as [string, string];
    lastYear[Number(mm) - 1] = amount;
  }
  const forecast = forecastYearEnd({
    month: period.month,
    actual: { completedByMonthYuan },
    plan: { plannedYuan: row.planned, monthlyTargetsYuan: row.monthly_targets },
    lastYear: row.last_year ? { completedByMonthYuan: lastYear } : null,
  });
  return {
    plannedYuan: row.planned,
    baselinePlannedYuan: row.baseline_planned,
    cumulativeYuan: cumulative.cumulativeYuan,
    completedByMonthYuan,
    missingMonths: cumulative.missingMonths,
    rate,
    gap: paceGap(rate, period.month),
    progressPercent: row.progress_percent === null ? null : Number(row.progress_percent),
    lastAcceptedPeriod: lastAccepted ? periodKey(lastAccepted) : null,
    light,
    forecast,
  };
}
