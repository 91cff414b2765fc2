import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { escalationKeys, fetchEscalationContacts, saveEscalationContacts } from '../api/escalation-api';

export function useEscalationContacts(districtId: string | null, enabled = true) {
  return useQuery({
    queryKey: escalationKeys.list(districtId),
    queryFn: ({ signal }) => fetchEscalationContacts(districtId, signal),
    enabled,
  });
}

export function useSaveEscalationContacts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveEscalationContacts,
    onSuccess: (saved) => queryClient.setQueryData(escalationKeys.list(saved.districtId), saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: escalationKeys.all }),
  });
}
