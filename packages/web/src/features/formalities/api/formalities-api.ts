import type {
  ApproverQueueItem,
  CalendarBody,
  CalendarUpdate,
  FormalityStep,
  FormalityStepActionBody,
  FormalityStepUpdate,
  FormalityTemplate,
  FormalityTemplateCreate,
  FormalityTemplateUpdate,
  ListResponse,
  ProjectFormalities,
} from '@tuijin/shared';
import { api } from '../../../lib/api-client';

export type {
  ApproverQueueItem,
  CalendarBody,
  FormalityStep,
  FormalityTemplate,
  ProjectFormalities,
} from '@tuijin/shared';

/** The approving unit's queue, as the server reads it (approverQueueQuery). */
export type QueueQuery = {
  unitId?: string | null;
  status?: readonly ('submitted' | 'accepted')[];
  overdue?: boolean;
  sort?: string;
  page?: number;
  pageSize?: number;
};

export const formalityKeys = {
  all: ['formalities'] as const,
  project: (id: string) => ['formalities', 'project', id] as const,
  queue: (q: QueueQuery) => ['formalities', 'queue', q] as const,
  templates: ['formalities', 'templates'] as const,
  calendar: (year: number) => ['formalities', 'calendar', year] as const,
};

export function getProjectFormalities(projectId: string, signal?: AbortSignal): Promise<ProjectFormalities> {
  return api.get<ProjectFormalities>(`/projects/${projectId}/formalities`, { signal });
}

export function applyTemplate(projectId: string, templateId: string): Promise<ProjectFormalities> {
  return api.post<ProjectFormalities>(`/projects/${projectId}/formalities`, { templateId });
}

export function actOnStep(id: string, body: FormalityStepActionBody): Promise<FormalityStep> {
  return api.post<FormalityStep>(`/formality-steps/${id}/actions`, body);
}

export function updateStep(id: string, body: FormalityStepUpdate): Promise<FormalityStep> {
  return api.patch<FormalityStep>(`/formality-steps/${id}`, body);
}

export function getQueue(q: QueueQuery, signal?: AbortSignal): Promise<ListResponse<ApproverQueueItem>> {
  // The overdue flag goes only when set: 'false' would still be a filter on the server.
  return api.get<ListResponse<ApproverQueueItem>>('/formalities/queue', {
    query: { ...q, overdue: q.overdue ? true : undefined },
    signal,
  });
}

export function getTemplates(signal?: AbortSignal): Promise<ListResponse<FormalityTemplate>> {
  return api.get<ListResponse<FormalityTemplate>>('/formality-templates', { signal });
}

export function createTemplate(body: FormalityTemplateCreate): Promise<FormalityTemplate> {
  return api.post<FormalityTemplate>('/formality-templates', body);
}

export function updateTemplate(id: string, body: FormalityTemplateUpdate): Promise<FormalityTemplate> {
  return api.patch<FormalityTemplate>(`/formality-templates/${id}`, body);
}

export function getCalendar(year: number, signal?: AbortSignal): Promise<CalendarBody> {
  return api.get<CalendarBody>('/holiday-calendar', { query: { year }, signal });
}

export function putCalendar(body: CalendarUpdate): Promise<CalendarBody> {
  return api.put<CalendarBody>('/holiday-calendar', body);
}
