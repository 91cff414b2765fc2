import { useQueries, useQuery } from '@tanstack/react-query';
import type { Region, RegionLevel } from '@tuijin/shared';
import { fetchRegions, fetchSlots, orgKeys } from './org-api';

// Reference data changes rarely; a few minutes of staleness avoids refetching on every form.
const REFERENCE_STALE = 5 * 60_000;

export function useRegions(levels: readonly RegionLevel[]): { regions: Region[]; loading: boolean } {
  const results = useQueries({
    queries: levels.map((level) => ({
      queryKey: orgKeys.regions(level),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchRegions(level, signal),
      staleTime: REFERENCE_STALE,
    })),
  });
  return {
    regions: results.flatMap((r) => r.data ?? []),
    loading: results.some((r) => r.isPending),
  };
}

export function useSlots() {
  return useQuery({
    queryKey: orgKeys.slots,
    queryFn: ({ signal }) => fetchSlots(signal),
    staleTime: REFERENCE_STALE,
  });
}
