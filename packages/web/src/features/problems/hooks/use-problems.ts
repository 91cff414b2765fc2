import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProblemAction, ProblemCreate, ProblemDetail } from '@tuijin/shared';
import {
  actOnProblem,
  createProblem,
  getProblem,
  getProblemCounts,
  getProblems,
  getProblemStats,
  problemKeys,
  type ProblemListQuery,
  type ProblemStatsQuery,
} from '../api/problems-api';

export function useProblemList(q: ProblemListQuery, enabled = true) {
  return useQuery({
    queryKey: problemKeys.list(q),
    queryFn: ({ signal }) => getProblems(q, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useProblemCounts(q: ProblemListQuery) {
  return useQuery({
    queryKey: problemKeys.counts(q),
    queryFn: ({ signal }) => getProblemCounts(q, signal),
    placeholderData: keepPreviousData,
  });
}

export function useProblemStats(q: ProblemStatsQuery) {
  return useQuery({
    queryKey: problemKeys.stats(q),
    queryFn: ({ signal }) => getProblemStats(q, signal),
    placeholderData: keepPreviousData,
  });
}

export function useProblem(id: string) {
  return useQuery({ queryKey: problemKeys.detail(id), queryFn: ({ signal }) => getProblem(id, signal) });
}

/** After any write: the fresh record in the cache; lists, counts and figures refetch. */
function useOnSaved() {
  const queryClient = useQueryClient();
  return (problem: ProblemDetail) => {
    queryClient.setQueryData(problemKeys.detail(problem.id), problem);
    void queryClient.invalidateQueries({
      predicate: (q) => q.queryKey[0] === 'problems' && q.queryKey[1] !== 'detail',
    });
    // Overdue problems feed the lights and the notifications.
    void queryClient.invalidateQueries({ queryKey: ['notifications'] });
  };
}

export function useRaiseProblem() {
  const onSaved = useOnSaved();
  return useMutation({ mutationFn: (body: ProblemCreate) => createProblem(body), onSuccess: onSaved });
}

export function useProblemAction(id: string) {
  const onSaved = useOnSaved();
  return useMutation({
    mutationFn: ({ action, body }: { action: ProblemAction; body: unknown }) => actOnProblem(id, action, body),
    onSuccess: onSaved,
  });
}
