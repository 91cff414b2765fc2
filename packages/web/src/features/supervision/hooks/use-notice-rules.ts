import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getNoticeRules, noticeRulesKey, saveNoticeRules, supervisionKeys } from '../api/supervision-api';

export function useNoticeRules(enabled: boolean) {
  return useQuery({ queryKey: noticeRulesKey, queryFn: ({ signal }) => getNoticeRules(signal), enabled });
}

/** Saving moves every item's notice: the lists and counts are read again. */
export function useSaveNoticeRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveNoticeRules,
    onSuccess: (saved) => {
      queryClient.setQueryData(noticeRulesKey, saved);
      void queryClient.invalidateQueries({ queryKey: supervisionKeys.all });
    },
  });
}
