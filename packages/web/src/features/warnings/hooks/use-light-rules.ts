import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { warningKeys } from '../api/warnings-api';
import { getLightRules, lightRulesKeys, putLightRules, type LightRulesInput } from '../api/light-rules-api';

export function useLightRules() {
  return useQuery({
    queryKey: lightRulesKeys.config,
    queryFn: ({ signal }) => getLightRules(signal),
  });
}

/** Saves the rules; every light computed with the old ones is read again. */
export function useSaveLightRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LightRulesInput) => putLightRules(input),
    onSuccess: async (saved) => {
      queryClient.setQueryData(lightRulesKeys.config, saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: warningKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['indicators'] }),
      ]);
    },
  });
}
