import type { Report, ReportPhotos } from '@tuijin/shared';
import { api } from '../../../lib/api-client';

/** A report as its routes name it: its project and its month. */
type ReportAt = Pick<Report, 'projectId' | 'period'>;

export const photoKeys = {
  report: (r: ReportAt) => ['reports', 'photos', r.projectId, r.period] as const,
};

const enc = encodeURIComponent;
const photosPath = (r: ReportAt) => `/projects/${enc(r.projectId)}/reports/${enc(r.period)}/photos`;

export function fetchReportPhotos(report: ReportAt, signal?: AbortSignal): Promise<ReportPhotos> {
  return api.get<ReportPhotos>(photosPath(report), { signal });
}

/** Sends the photos in one request: all are kept, or none (the answer says why). */
export function uploadReportPhotos(report: ReportAt, files: readonly File[]): Promise<ReportPhotos> {
  const form = new FormData();
  for (const file of files) form.append('photos', file, file.name);
  return api.post<ReportPhotos>(photosPath(report), form);
}

export function deleteAttachment(id: string): Promise<void> {
  return api.delete<void>(`/attachments/${enc(id)}`);
}
