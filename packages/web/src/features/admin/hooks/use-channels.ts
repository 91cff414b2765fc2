import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelCreate, ChannelUpdate } from '@tuijin/shared';
import {
  channelKeys,
  createChannel,
  deleteChannel,
  fetchChannels,
  testChannel,
  updateChannel,
} from '../api/channels-api';

export function useChannels(districtId: string | null) {
  return useQuery({
    queryKey: channelKeys.list(districtId),
    queryFn: ({ signal }) => fetchChannels(districtId, signal),
  });
}

export function useSaveChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: null; body: ChannelCreate } | { id: string; body: ChannelUpdate }) =>
      input.id === null ? createChannel(input.body) : updateChannel(input.id, input.body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: channelKeys.all }),
  });
}

export function useDeleteChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteChannel,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: channelKeys.all }),
  });
}

export function useTestChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: testChannel,
    onSettled: () => queryClient.invalidateQueries({ queryKey: channelKeys.all }),
  });
}
