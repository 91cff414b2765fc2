import type { Channel, ChannelCreate, ChannelList, ChannelTestResult, ChannelUpdate } from '@tuijin/shared';
import { api } from '../../../lib/api-client';

export const channelKeys = {
  all: ['notification-channels'] as const,
  list: (districtId: string | null) => ['notification-channels', districtId] as const,
};

export function fetchChannels(districtId: string | null, signal?: AbortSignal): Promise<ChannelList> {
  return api.get<ChannelList>('/notification-channels', { query: { districtId }, signal });
}

export function createChannel(body: ChannelCreate): Promise<Channel> {
  return api.post<Channel>('/notification-channels', body);
}

export function updateChannel(id: string, body: ChannelUpdate): Promise<Channel> {
  return api.patch<Channel>(`/notification-channels/${encodeURIComponent(id)}`, body);
}

export function deleteChannel(id: string): Promise<void> {
  return api.delete<void>(`/notification-channels/${encodeURIComponent(id)}`);
}

export function testChannel(id: string): Promise<ChannelTestResult> {
  return api.post<ChannelTestResult>(`/notification-channels/${encodeURIComponent(id)}/test`);
}
