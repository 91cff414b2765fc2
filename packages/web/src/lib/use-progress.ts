import { useQuery } from '@tanstack/react-query';
import type { Plan, Report } from '@tuijin/shared';
import { fetchPlans, fetchProject, fetchReport, fetchReports, progressKeys } from './progress-api';

export function useProjectPlans(projectId: string | null, year: number | null) {
  return useQuery({
    queryKey: progressKeys.plans(projectId ?? '', year),
    queryFn: ({ signal }) => fetchPlans(projectId ?? '', year, signal),
    enabled: !!projectId,
  });
}

export function useProjectReports(projectId: string, year: number, enabled = true) {
  return useQuery({
    queryKey: progressKeys.reports(projectId, year),
    queryFn: ({ signal }) => fetchReports(projectId, year, signal),
    enabled: enabled && !!projectId,
  });
}

export function useReport(projectId: string, period: string) {
  return useQuery({
    queryKey: progressKeys.report(projectId, period),
    queryFn: ({ signal }) => fetchReport(projectId, period, signal),
  });
}

export function useProjectDetail(projectId: string | null) {
  return useQuery({
    queryKey: progressKeys.project(projectId ?? ''),
    queryFn: ({ signal }) => fetchProject(projectId ?? '', signal),
    enabled: !!projectId,
  });
}

/** The version in force for the year: the approved one (at most one is approved at a time). */
export function currentPlanOf(plans: readonly Plan[] | undefined, year: number): Plan | null {
  return plans?.find((p) => p.year === year && p.status === 'approved') ?? null;
}

/** The first approved version of the year, which never changes. */
export function baselinePlanOf(plans: readonly Plan[] | undefined, year: number): Plan | null {
  return plans?.find((p) => p.year === year && p.isBaseline) ?? null;
}

/** The draft being prepared for the year, if any (the server allows one at a time). */
export function draftPlanOf(plans: readonly Plan[] | undefined, year: number): Plan | null {
  return plans?.find((p) => p.year === year && p.status === 'draft') ?? null;
}

export function reportOfPeriod(reports: readonly Report[] | undefined, period: string): Report | null {
  return reports?.find((r) => r.period === period) ?? null;
}
