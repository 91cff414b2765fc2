import type { LightHistory, ListResponse, Plan, ProjectIndicators } from '@tuijin/shared';
import { api, toList } from '../../../lib/api-client';

export const indicatorKeys = {
  project: (id: string, period: string) => ['indicators', 'project', id, period] as const,
  planTargets: (id: string, year: number) => ['indicators', 'plan-targets', id, year] as const,
  lightHistory: (id: string, to: string) => ['indicators', 'light-history', id, to] as const,
};

const enc = encodeURIComponent;

export function getProjectIndicators(id: string, period: string, signal?: AbortSignal): Promise<ProjectIndicators> {
  return api.get<ProjectIndicators>(`/projects/${enc(id)}/indicators`, { query: { period }, signal });
}

/** The monthly targets of the year's plan in force (the approved version); null when it has none. */
export async function getPlanTargets(id: string, year: number, signal?: AbortSignal): Promise<string[] | null> {
  const list = toList(
    await api.get<ListResponse<Plan> | Plan[]>(`/projects/${enc(id)}/plans`, { query: { year }, signal }),
  );
  const current = list.items.find((p) => p.year === year && p.status === 'approved');
  return current?.monthlyTargets ?? null;
}

/** The project's light month by month: the 24 months up to `to`. */
export function getLightHistory(id: string, to: string, signal?: AbortSignal): Promise<LightHistory> {
  return api.get<LightHistory>(`/projects/${enc(id)}/light-history`, { query: { months: 24, to }, signal });
}
