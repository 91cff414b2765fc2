import type {
  ListResponse,
  NoticeLevel,
  NoticeRulesConfig,
  NoticeRulesUpdate,
  Ranking,
  RankingOrder,
  RankingSubject,
  SupervisionCounts,
  SupervisionDetail,
  SupervisionItemCreate,
  SupervisionItemUpdate,
  SupervisionListItem,
  SupervisionSource,
  SupervisionStatus,
} from '@tuijin/shared';
import { api } from '../../../lib/api-client';

export type {
  FeedbackRoundBody,
  Notice,
  Ranking,
  RankingRow,
  SupervisionDetail,
  SupervisionListItem,
} from '@tuijin/shared';

/** The list filters, as the server reads them (supervisionQuery). */
export type SupervisionListQuery = {
  q?: string | null;
  status?: readonly SupervisionStatus[];
  source?: readonly SupervisionSource[];
  notice?: readonly NoticeLevel[];
  assigneeUnitId?: string | null;
  projectId?: string | null;
  mine?: boolean;
  sort?: string;
  page?: number;
  pageSize?: number;
};

export type RankingListQuery = {
  subject: RankingSubject;
  order: RankingOrder;
  year?: number | null;
  quarter?: number | null;
};

/** The actions with their own route (POST /supervision-items/:id/<action>); edit is a PATCH. */
export type StepAction = 'report' | 'accept' | 'return' | 'reopen';

/** The flag goes only when set: 'false' would still be a filter on the server. */
function toQuery(q: SupervisionListQuery) {
  return { ...q, mine: q.mine ? true : undefined };
}

export const supervisionKeys = {
  all: ['supervision'] as const,
  list: (q: SupervisionListQuery) => ['supervision', 'list', q] as const,
  counts: (q: SupervisionListQuery) => ['supervision', 'counts', q] as const,
  detail: (id: string) => ['supervision', 'detail', id] as const,
  rankings: (q: RankingListQuery) => ['rankings', q] as const,
};

export function getSupervisionItems(
  q: SupervisionListQuery,
  signal?: AbortSignal,
): Promise<ListResponse<SupervisionListItem>> {
  return api.get<ListResponse<SupervisionListItem>>('/supervision-items', { query: toQuery(q), signal });
}

export function getSupervisionCounts(q: SupervisionListQuery, signal?: AbortSignal): Promise<SupervisionCounts> {
  return api.get<SupervisionCounts>('/supervision-items/counts', { query: toQuery(q), signal });
}

export function getSupervisionItem(id: string, signal?: AbortSignal): Promise<SupervisionDetail> {
  return api.get<SupervisionDetail>(`/supervision-items/${id}`, { signal });
}

export function createSupervisionItem(body: SupervisionItemCreate): Promise<SupervisionDetail> {
  return api.post<SupervisionDetail>('/supervision-items', body);
}

export function updateSupervisionItem(id: string, body: SupervisionItemUpdate): Promise<SupervisionDetail> {
  return api.patch<SupervisionDetail>(`/supervision-items/${id}`, body);
}

export function actOnSupervisionItem(id: string, action: StepAction, body: unknown): Promise<SupervisionDetail> {
  return api.post<SupervisionDetail>(`/supervision-items/${id}/${action}`, body);
}

export function getRanking(q: RankingListQuery, signal?: AbortSignal): Promise<Ranking> {
  return api.get<Ranking>('/rankings', { query: q, signal });
}

export const noticeRulesKey = ['supervision', 'notice-rules'] as const;

export function getNoticeRules(signal?: AbortSignal): Promise<NoticeRulesConfig> {
  return api.get<NoticeRulesConfig>('/supervision-notice-rules', { signal });
}

export function saveNoticeRules(body: NoticeRulesUpdate): Promise<NoticeRulesConfig> {
  return api.put<NoticeRulesConfig>('/supervision-notice-rules', body);
}
