import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getLightHistory, getPlanTargets, getProjectIndicators, indicatorKeys } from '../api/indicators-api';

export function useProjectIndicators(id: string, period: string) {
  return useQuery({
    queryKey: indicatorKeys.project(id, period),
    queryFn: ({ signal }) => getProjectIndicators(id, period, signal),
    placeholderData: keepPreviousData,
  });
}

/** Monthly targets for the S-curve; a failure only means the planned line is spread evenly. */
export function usePlanTargets(id: string, year: number) {
  return useQuery({
    queryKey: indicatorKeys.planTargets(id, year),
    queryFn: ({ signal }) => getPlanTargets(id, year, signal),
    retry: false,
  });
}

export function useLightHistory(id: string, to: string) {
  return useQuery({
    queryKey: indicatorKeys.lightHistory(id, to),
    queryFn: ({ signal }) => getLightHistory(id, to, signal),
    placeholderData: keepPreviousData,
  });
}
