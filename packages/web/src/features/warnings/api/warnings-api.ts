import type { Direction, GroupBy, Light, ListResponse, ProjectFacets, Summary, WarningItem } from '@tuijin/shared';
import { api } from '../../../lib/api-client';

export type LightColour = Light['colour'];
export type WarningColour = Exclude<LightColour, 'green'>;
export type LightReason = Light['reasons'][number];

export type { WarningItem } from '@tuijin/shared';

export type GroupFigures = Summary['total'];
export type SummaryGroup = Summary['groups'][number];

/** The groupings offered by the quarter-over-quarter table (district is the total row). */
export const QOQ_GROUPS = ['direction', 'investorType', 'field', 'stage', 'leader', 'unit', 'street'] as const;
export type QoqGroupBy = (typeof QOQ_GROUPS)[number] & GroupBy;

export type WarningsQuery = {
  period: string;
  colour: WarningColour | null;
  leaderId: string | null;
  unitId: string | null;
  direction: Direction | null;
  page: number;
  pageSize: number;
};

export const warningKeys = {
  all: ['warnings'] as const,
  list: (q: WarningsQuery) => ['warnings', 'list', q] as const,
  summary: (groupBy: GroupBy, period: string) => ['indicators', 'summary', groupBy, period] as const,
  // Same key and shape as the registry's facets: one cached copy for both screens.
  facets: ['projects', 'facets'] as const,
};

export function getWarnings(q: WarningsQuery, signal?: AbortSignal): Promise<ListResponse<WarningItem>> {
  return api.get<ListResponse<WarningItem>>('/warnings', { query: q, signal });
}

export function getSummary(groupBy: GroupBy, period: string, signal?: AbortSignal): Promise<Summary> {
  return api.get<Summary>('/indicators/summary', { query: { groupBy, period }, signal });
}

export function getFacets(signal?: AbortSignal): Promise<ProjectFacets> {
  return api.get<ProjectFacets>('/projects/facets', { signal });
}
