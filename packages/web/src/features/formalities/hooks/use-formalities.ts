import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CalendarUpdate,
  FormalityStepActionBody,
  FormalityStepUpdate,
  FormalityTemplateCreate,
  FormalityTemplateUpdate,
} from '@tuijin/shared';
import {
  actOnStep,
  applyTemplate,
  createTemplate,
  formalityKeys,
  getCalendar,
  getProjectFormalities,
  getQueue,
  getTemplates,
  putCalendar,
  updateStep,
  updateTemplate,
  type QueueQuery,
} from '../api/formalities-api';

export function useProjectFormalities(projectId: string) {
  return useQuery({
    queryKey: formalityKeys.project(projectId),
    queryFn: ({ signal }) => getProjectFormalities(projectId, signal),
  });
}

export function useApproverQueue(q: QueueQuery, enabled = true) {
  return useQuery({
    queryKey: formalityKeys.queue(q),
    queryFn: ({ signal }) => getQueue(q, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTemplates(enabled = true) {
  return useQuery({ queryKey: formalityKeys.templates, queryFn: ({ signal }) => getTemplates(signal), enabled });
}

export function useHolidayCalendar(year: number) {
  return useQuery({
    queryKey: formalityKeys.calendar(year),
    queryFn: ({ signal }) => getCalendar(year, signal),
    placeholderData: keepPreviousData,
  });
}

/** After a write on steps: checklists and queues read again; the lights follow the permit step. */
function useInvalidateSteps() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({
      predicate: (q) => q.queryKey[0] === 'formalities' && (q.queryKey[1] === 'project' || q.queryKey[1] === 'queue'),
    });
    void queryClient.invalidateQueries({ queryKey: ['indicators'] });
  };
}

export function useApplyTemplate(projectId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateSteps();
  return useMutation({
    mutationFn: (templateId: string) => applyTemplate(projectId, templateId),
    onSuccess: (data) => {
      queryClient.setQueryData(formalityKeys.project(projectId), data);
      invalidate();
    },
  });
}

export function useStepAction() {
  const invalidate = useInvalidateSteps();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: FormalityStepActionBody }) => actOnStep(id, body),
    onSuccess: invalidate,
  });
}

export function useUpdateStep() {
  const invalidate = useInvalidateSteps();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: FormalityStepUpdate }) => updateStep(id, body),
    onSuccess: invalidate,
  });
}

export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: FormalityTemplateCreate | FormalityTemplateUpdate }) =>
      id ? updateTemplate(id, body as FormalityTemplateUpdate) : createTemplate(body as FormalityTemplateCreate),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: formalityKeys.templates }),
  });
}

export function useSaveCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CalendarUpdate) => putCalendar(body),
    onSuccess: (data) => {
      queryClient.setQueryData(formalityKeys.calendar(data.year), data);
      // Working days changed: every timing is computed again.
      void queryClient.invalidateQueries({ queryKey: formalityKeys.all });
    },
  });
}
