import { useQuery } from '@tanstack/react-query';
import { listProjects, type RegistryParams } from '../api/projects-api';

const COUNT_PARAMS: RegistryParams = {
  q: '',
  direction: [],
  investorType: [],
  field: [],
  stage: [],
  leaderId: null,
  unitId: null,
  streetId: null,
  ownerUnitId: null,
  tagId: null,
  archived: 'false',
  page: 1,
  pageSize: 1,
  sort: '-updatedAt',
};

/** How many active projects the signed-in user can see (the list total of a one-row page). */
export function useVisibleProjectCount() {
  return useQuery({
    queryKey: ['projects', 'count'],
    queryFn: async ({ signal }) => (await listProjects(COUNT_PARAMS, signal)).total,
  });
}
