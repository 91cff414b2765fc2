import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { GroupBy } from '@tuijin/shared';
import { getFacets, getSummary, getWarnings, warningKeys, type WarningColour } from '../api/warnings-api';
import type { WarningsParams } from './use-warnings-params';

function queryOf(params: WarningsParams, colour: WarningColour | null, page: number, pageSize: number) {
  return {
    period: params.period,
    colour,
    leaderId: params.leaderId,
    unitId: params.unitId,
    direction: params.direction,
    page,
    pageSize,
  };
}

export function useWarningList(params: WarningsParams) {
  const q = queryOf(params, params.colour, params.page, params.pageSize);
  return useQuery({
    queryKey: warningKeys.list(q),
    queryFn: ({ signal }) => getWarnings(q, signal),
    placeholderData: keepPreviousData,
  });
}

/** How many projects of one colour match the other filters (the total of a one-row page). */
export function useWarningCount(params: WarningsParams, colour: WarningColour) {
  const q = queryOf(params, colour, 1, 1);
  return useQuery({
    queryKey: warningKeys.list(q),
    queryFn: async ({ signal }) => getWarnings(q, signal),
    select: (list) => list.total,
    placeholderData: keepPreviousData,
  });
}

export function useSummary(groupBy: GroupBy, period: string | null) {
  return useQuery({
    queryKey: warningKeys.summary(groupBy, period ?? ''),
    queryFn: ({ signal }) => getSummary(groupBy, period ?? '', signal),
    enabled: period !== null,
  });
}

export function useFacets() {
  return useQuery({
    queryKey: warningKeys.facets,
    queryFn: ({ signal }) => getFacets(signal),
    staleTime: 5 * 60_000,
  });
}
