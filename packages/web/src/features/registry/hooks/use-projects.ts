import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getFacets, getHistory, getProject, listProjects, projectKeys, type RegistryParams } from '../api/projects-api';

export function useProjectList(params: RegistryParams) {
  return useQuery({
    queryKey: projectKeys.list(params),
    queryFn: ({ signal }) => listProjects(params, signal),
    // Keep the previous page on screen while the next one loads, so paging does not flash.
    placeholderData: keepPreviousData,
  });
}

export function useProjectFacets() {
  return useQuery({
    queryKey: projectKeys.facets,
    queryFn: ({ signal }) => getFacets(signal),
    staleTime: 5 * 60_000,
  });
}

export function useProject(id: string) {
  return useQuery({
    queryKey: projectKeys.detail(id),
    queryFn: ({ signal }) => getProject(id, signal),
  });
}

export function useProjectHistory(id: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: projectKeys.history(id, page, pageSize),
    queryFn: ({ signal }) => getHistory(id, page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}
