import { useMemo } from 'react';
import type { Report } from '@tuijin/shared';
import { periodYear, shiftPeriod } from '../../../lib/periods';
import {
  currentPlanOf,
  reportOfPeriod,
  useProjectDetail,
  useProjectPlans,
  useProjectReports,
  useReport,
} from '../../../lib/use-progress';
import { addYuan } from '../../../lib/yuan';

/**
 * Everything the report screen needs: the project, the month's report (null before the first
 * save), last month's report for the figures beside each field, the sum of the year's accepted
 * months before this one (the base of the derived cumulative) and the year's approved plan.
 */
export function useReportPageData(projectId: string, period: string) {
  const year = periodYear(period);
  const previousPeriod = shiftPeriod(period, -1);
  const previousYear = periodYear(previousPeriod);
  const project = useProjectDetail(projectId);
  const report = useReport(projectId, period);
  const reports = useProjectReports(projectId, year);
  // January's "last month" is December of the year before.
  const previousYearReports = useProjectReports(projectId, previousYear, previousYear !== year);
  const plans = useProjectPlans(projectId, year);

  const derived = useMemo(() => {
    const yearReports = reports.data ?? [];
    const previous: Report | null = reportOfPeriod(
      previousYear === year ? yearReports : previousYearReports.data,
      previousPeriod,
    );
    const acceptedBefore = addYuan(
      '0',
      ...yearReports.filter((r) => r.period < period && r.status === 'accepted').map((r) => r.completedThisMonth),
    );
    const plan = currentPlanOf(plans.data, year);
    return { previous, acceptedBefore, plan, milestones: plan?.milestones ?? [] };
  }, [reports.data, previousYearReports.data, plans.data, period, previousPeriod, previousYear, year]);

  const queries = [project, report, reports, plans];
  return {
    project,
    report,
    reports,
    plans,
    ...derived,
    pending: queries.some((q) => q.isPending),
    error: queries.find((q) => q.isError)?.error ?? null,
    refetchAll: async () => {
      const [fresh] = await Promise.all([report.refetch(), reports.refetch(), plans.refetch()]);
      return fresh.data ?? null;
    },
  };
}
