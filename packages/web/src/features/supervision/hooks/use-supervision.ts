import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SupervisionDetail, SupervisionItemCreate, SupervisionItemUpdate } from '@tuijin/shared';
import {
  actOnSupervisionItem,
  createSupervisionItem,
  getRanking,
  getSupervisionCounts,
  getSupervisionItem,
  getSupervisionItems,
  supervisionKeys,
  updateSupervisionItem,
  type RankingListQuery,
  type StepAction,
  type SupervisionListQuery,
} from '../api/supervision-api';

export function useSupervisionList(q: SupervisionListQuery) {
  return useQuery({
    queryKey: supervisionKeys.list(q),
    queryFn: ({ signal }) => getSupervisionItems(q, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSupervisionCounts(q: SupervisionListQuery) {
  return useQuery({
    queryKey: supervisionKeys.counts(q),
    queryFn: ({ signal }) => getSupervisionCounts(q, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSupervisionItem(id: string) {
  return useQuery({ queryKey: supervisionKeys.detail(id), queryFn: ({ signal }) => getSupervisionItem(id, signal) });
}

export function useRanking(q: RankingListQuery) {
  return useQuery({
    queryKey: supervisionKeys.rankings(q),
    queryFn: ({ signal }) => getRanking(q, signal),
    placeholderData: keepPreviousData,
  });
}

/** After any write: the fresh item in the cache; lists, counts and rankings refetch. */
function useOnSaved() {
  const queryClient = useQueryClient();
  return (item: SupervisionDetail) => {
    queryClient.setQueryData(supervisionKeys.detail(item.id), item);
    void queryClient.invalidateQueries({
      predicate: (q) => q.queryKey[0] === 'supervision' && q.queryKey[1] !== 'detail',
    });
    // Closure on time moves the rankings; notices go to the bell.
    void queryClient.invalidateQueries({ queryKey: ['rankings'] });
    void queryClient.invalidateQueries({ queryKey: ['notifications'] });
  };
}

export function useCreateSupervisionItem() {
  const onSaved = useOnSaved();
  return useMutation({
    mutationFn: (body: SupervisionItemCreate) => createSupervisionItem(body),
    onSuccess: onSaved,
  });
}

export function useSupervisionAction(id: string) {
  const onSaved = useOnSaved();
  return useMutation({
    mutationFn: (input: { action: StepAction; body: unknown } | { action: 'edit'; body: SupervisionItemUpdate }) =>
      input.action === 'edit'
        ? updateSupervisionItem(id, input.body)
        : actOnSupervisionItem(id, input.action, input.body),
    onSuccess: onSaved,
  });
}
