import type {
  ArchiveBody,
  AssignmentsUpdate,
  Direction,
  Field,
  InvestorType,
  JournalEntry,
  ListResponse,
  ProjectCreate,
  ProjectDetail,
  ProjectFacets,
  ProjectListItem,
  ProjectUpdate,
  Stage,
} from '@tuijin/shared';
import { api, toList } from '../../../lib/api-client';

export type ArchivedFilter = 'false' | 'true' | 'all';

/** The registry view as it appears in the URL and in GET /projects. */
export type RegistryParams = {
  q: string;
  direction: Direction[];
  investorType: InvestorType[];
  field: Field[];
  stage: Stage[];
  leaderId: string | null;
  unitId: string | null;
  streetId: string | null;
  ownerUnitId: string | null;
  tagId: string | null;
  archived: ArchivedFilter;
  page: number;
  pageSize: number;
  sort: string;
};

export const projectKeys = {
  all: ['projects'] as const,
  list: (params: RegistryParams) => ['projects', 'list', params] as const,
  facets: ['projects', 'facets'] as const,
  detail: (id: string) => ['projects', 'detail', id] as const,
  history: (id: string, page: number, pageSize: number) => ['projects', 'history', id, page, pageSize] as const,
};

export function listProjects(params: RegistryParams, signal?: AbortSignal): Promise<ListResponse<ProjectListItem>> {
  return api.get<ListResponse<ProjectListItem>>('/projects', { query: params, signal });
}

export function getFacets(signal?: AbortSignal): Promise<ProjectFacets> {
  return api.get<ProjectFacets>('/projects/facets', { signal });
}

export function getProject(id: string, signal?: AbortSignal): Promise<ProjectDetail> {
  return api.get<ProjectDetail>(`/projects/${encodeURIComponent(id)}`, { signal });
}

export function createProject(body: ProjectCreate): Promise<ProjectDetail> {
  return api.post<ProjectDetail>('/projects', body);
}

export function updateProject(id: string, body: ProjectUpdate): Promise<ProjectDetail> {
  return api.patch<ProjectDetail>(`/projects/${encodeURIComponent(id)}`, body);
}

export function archiveProject(id: string, body: ArchiveBody): Promise<ProjectDetail> {
  return api.post<ProjectDetail>(`/projects/${encodeURIComponent(id)}/archive`, body);
}

export function restoreProject(id: string, body: ArchiveBody): Promise<ProjectDetail> {
  return api.post<ProjectDetail>(`/projects/${encodeURIComponent(id)}/restore`, body);
}

export function updateResponsibility(id: string, body: AssignmentsUpdate): Promise<ProjectDetail> {
  return api.put<ProjectDetail>(`/projects/${encodeURIComponent(id)}/responsibility`, body);
}

export async function getHistory(
  id: string,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<ListResponse<JournalEntry>> {
  return toList(
    await api.get<ListResponse<JournalEntry> | JournalEntry[]>(`/projects/${encodeURIComponent(id)}/history`, {
      query: { page, pageSize },
      signal,
    }),
  );
}
