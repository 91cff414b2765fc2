import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchProjectOptions, progressKeys } from '../../../lib/progress-api';

/** The projects the user can see (an owner sees its own), up to 100: one page of the registry. */
export function useMyProjects(q: string) {
  return useQuery({
    queryKey: progressKeys.projectOptions(q, 100),
    queryFn: ({ signal }) => fetchProjectOptions(q, 100, signal),
    placeholderData: keepPreviousData,
  });
}
