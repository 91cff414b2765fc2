import type {
  ListResponse,
  ProblemAction,
  ProblemCategory,
  ProblemCounts,
  ProblemCreate,
  ProblemDetail,
  ProblemListItem,
  ProblemStats,
  ProblemStatus,
  ProblemUrgency,
} from '@tuijin/shared';
import { api } from '../../../lib/api-client';

export type { ProblemDetail, ProblemEvent, ProblemListItem } from '@tuijin/shared';

/** The list filters, as the server reads them (problemQuery). */
export type ProblemListQuery = {
  q?: string | null;
  status?: readonly ProblemStatus[];
  category?: readonly ProblemCategory[];
  urgency?: readonly ProblemUrgency[];
  projectId?: string | null;
  unitId?: string | null;
  mine?: boolean;
  overdue?: boolean;
  escalated?: boolean;
  forMeeting?: boolean;
  sort?: string;
  page?: number;
  pageSize?: number;
};

export type ProblemStatsQuery = { from?: string | null; to?: string | null };

/** Flags go only when set: 'false' would still be a filter on the server. */
function toQuery(q: ProblemListQuery) {
  return {
    ...q,
    mine: q.mine ? true : undefined,
    overdue: q.overdue ? true : undefined,
    escalated: q.escalated ? true : undefined,
    forMeeting: q.forMeeting ? true : undefined,
  };
}

export const problemKeys = {
  all: ['problems'] as const,
  list: (q: ProblemListQuery) => ['problems', 'list', q] as const,
  counts: (q: ProblemListQuery) => ['problems', 'counts', q] as const,
  stats: (q: ProblemStatsQuery) => ['problems', 'stats', q] as const,
  detail: (id: string) => ['problems', 'detail', id] as const,
};

export function getProblems(q: ProblemListQuery, signal?: AbortSignal): Promise<ListResponse<ProblemListItem>> {
  return api.get<ListResponse<ProblemListItem>>('/problems', { query: toQuery(q), signal });
}

export function getProblemCounts(q: ProblemListQuery, signal?: AbortSignal): Promise<ProblemCounts> {
  return api.get<ProblemCounts>('/problems/counts', { query: toQuery(q), signal });
}

export function getProblemStats(q: ProblemStatsQuery, signal?: AbortSignal): Promise<ProblemStats> {
  return api.get<ProblemStats>('/problems/stats', { query: q, signal });
}

export function getProblem(id: string, signal?: AbortSignal): Promise<ProblemDetail> {
  return api.get<ProblemDetail>(`/problems/${id}`, { signal });
}

export function createProblem(body: ProblemCreate): Promise<ProblemDetail> {
  return api.post<ProblemDetail>('/problems', body);
}

export function actOnProblem(id: string, action: ProblemAction, body: unknown): Promise<ProblemDetail> {
  return api.post<ProblemDetail>(`/problems/${id}/${action}`, body);
}
