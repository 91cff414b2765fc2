import type { ListResponse, Report, ReportDraft, ReportStatus, ReviewQueueItem } from '@tuijin/shared';
import { api } from '../../../lib/api-client';

export type { ReviewQueueItem } from '@tuijin/shared';

export type ReviewQueueParams = {
  status: ReportStatus;
  period: string | null;
  page: number;
  pageSize: number;
};

export type ReviewStep = 'accept' | 'return' | 'reopen';

export const reportKeys = {
  queueAll: ['reports', 'queue'] as const,
  queue: (params: ReviewQueueParams) => ['reports', 'queue', params] as const,
};

const base = (projectId: string, period: string) =>
  `/projects/${encodeURIComponent(projectId)}/reports/${encodeURIComponent(period)}`;

/** Creates the month's draft or changes it (also when returned or reopened). */
export function saveReportDraft(projectId: string, period: string, body: ReportDraft): Promise<Report> {
  return api.put<Report>(base(projectId, period), body);
}

export function submitReport(projectId: string, period: string, version: number): Promise<Report> {
  return api.post<Report>(`${base(projectId, period)}/submit`, { version });
}

export function reviewReport(
  projectId: string,
  period: string,
  step: ReviewStep,
  body: { version: number; reason?: string },
): Promise<Report> {
  return api.post<Report>(`${base(projectId, period)}/${step}`, body);
}

export function fetchReviewQueue(
  params: ReviewQueueParams,
  signal?: AbortSignal,
): Promise<ListResponse<ReviewQueueItem>> {
  return api.get<ListResponse<ReviewQueueItem>>('/reports/review-queue', {
    query: { status: params.status, period: params.period, page: params.page, pageSize: params.pageSize },
    signal,
  });
}
