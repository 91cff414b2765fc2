import { useQuery } from '@tanstack/react-query';
import { districtKeys, getDistrictSummary } from '../api/indicators-api';

export function useDistrictLights() {
  return useQuery({
    queryKey: districtKeys.lights,
    queryFn: ({ signal }) => getDistrictSummary(signal),
    staleTime: 5 * 60_000,
  });
}
