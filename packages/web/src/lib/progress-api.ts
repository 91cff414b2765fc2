import type { ListResponse, Plan, ProjectDetail, ProjectListItem, Report } from '@tuijin/shared';
import { api, isApiError, toList } from './api-client';

// Plans and monthly reports read by several features (plans, reports, the project page); writes
// live in the features, which refresh these keys after a change.

export const progressKeys = {
  /** Everything plan- and report-related, for a broad refresh. */
  plansOf: (projectId: string) => ['plans', projectId] as const,
  plans: (projectId: string, year: number | null) => ['plans', projectId, year ?? 'all'] as const,
  reportsOf: (projectId: string) => ['reports', 'project', projectId] as const,
  reports: (projectId: string, year: number) => ['reports', 'project', projectId, 'year', year] as const,
  report: (projectId: string, period: string) => ['reports', 'project', projectId, 'period', period] as const,
  // Same key as the registry's project detail, so both read one cached record.
  project: (projectId: string) => ['projects', 'detail', projectId] as const,
  projectOptions: (q: string, pageSize: number) => ['projects', 'options', q, pageSize] as const,
};

const enc = encodeURIComponent;

/** All versions of the project's plans (of one year when given), newest first. */
export async function fetchPlans(projectId: string, year: number | null, signal?: AbortSignal): Promise<Plan[]> {
  const list = toList(
    await api.get<ListResponse<Plan> | Plan[]>(`/projects/${enc(projectId)}/plans`, {
      query: { year: year ?? undefined },
      signal,
    }),
  );
  return list.items;
}

/** The year's reports of a project (only the months that have one). */
export async function fetchReports(projectId: string, year: number, signal?: AbortSignal): Promise<Report[]> {
  const list = toList(
    await api.get<ListResponse<Report> | Report[]>(`/projects/${enc(projectId)}/reports`, {
      query: { year },
      signal,
    }),
  );
  return list.items;
}

/** The report of one month, or null when none was started yet (404). */
export async function fetchReport(projectId: string, period: string, signal?: AbortSignal): Promise<Report | null> {
  try {
    return await api.get<Report>(`/projects/${enc(projectId)}/reports/${enc(period)}`, { signal });
  } catch (error) {
    if (isApiError(error, 'not_found')) return null;
    throw error;
  }
}

export function fetchProject(projectId: string, signal?: AbortSignal): Promise<ProjectDetail> {
  return api.get<ProjectDetail>(`/projects/${enc(projectId)}`, { signal });
}

/** Active projects the user can see, by name, for pickers and the report list. */
export function fetchProjectOptions(
  q: string,
  pageSize: number,
  signal?: AbortSignal,
): Promise<ListResponse<ProjectListItem>> {
  return api.get<ListResponse<ProjectListItem>>('/projects', {
    query: { q: q || undefined, pageSize, archived: 'false', sort: 'name' },
    signal,
  });
}
