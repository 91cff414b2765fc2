import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ArchiveBody, AssignmentsUpdate, ProjectCreate, ProjectDetail, ProjectUpdate } from '@tuijin/shared';
import {
  archiveProject,
  createProject,
  projectKeys,
  restoreProject,
  updateProject,
  updateResponsibility,
} from '../api/projects-api';

/** After any write: put the fresh record in the cache and let lists and history refetch. */
function useOnSaved() {
  const queryClient = useQueryClient();
  return (project: ProjectDetail) => {
    queryClient.setQueryData(projectKeys.detail(project.id), project);
    void queryClient.invalidateQueries({
      predicate: (q) => q.queryKey[0] === 'projects' && q.queryKey[1] !== 'detail',
    });
  };
}

export function useCreateProject() {
  const onSaved = useOnSaved();
  return useMutation({ mutationFn: (body: ProjectCreate) => createProject(body), onSuccess: onSaved });
}

export function useUpdateProject(id: string) {
  const onSaved = useOnSaved();
  return useMutation({ mutationFn: (body: ProjectUpdate) => updateProject(id, body), onSuccess: onSaved });
}

export function useArchiveProject(id: string) {
  const onSaved = useOnSaved();
  return useMutation({
    mutationFn: ({ restore, ...body }: ArchiveBody & { restore: boolean }) =>
      restore ? restoreProject(id, body) : archiveProject(id, body),
    onSuccess: onSaved,
  });
}

export function useUpdateResponsibility(id: string) {
  const onSaved = useOnSaved();
  return useMutation({
    mutationFn: (body: AssignmentsUpdate) => updateResponsibility(id, body),
    onSuccess: onSaved,
  });
}
