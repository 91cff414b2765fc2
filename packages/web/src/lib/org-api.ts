import type { ListResponse, Region, RegionLevel, Role, SlotList, Unit, UnitKind, User } from '@tuijin/shared';
import { api, toList } from './api-client';

// Reference data read by several features (registry forms, administration); writes live in the features.

export type UnitParams = { kind?: UnitKind; q?: string; page?: number; pageSize?: number };
export type UserParams = { role?: Role; unitId?: string; q?: string; page?: number; pageSize?: number };

export const orgKeys = {
  units: (params: UnitParams) => ['units', params] as const,
  users: (params: UserParams) => ['users', params] as const,
  regions: (level: RegionLevel | 'all') => ['regions', level] as const,
  slots: ['responsibility-slots'] as const,
};

export async function fetchUnits(params: UnitParams, signal?: AbortSignal): Promise<ListResponse<Unit>> {
  return toList(await api.get<ListResponse<Unit> | Unit[]>('/units', { query: params, signal }));
}

export async function fetchUsers(params: UserParams, signal?: AbortSignal): Promise<ListResponse<User>> {
  return toList(await api.get<ListResponse<User> | User[]>('/users', { query: params, signal }));
}

export async function fetchRegions(level: RegionLevel, signal?: AbortSignal): Promise<Region[]> {
  const list = toList(
    await api.get<ListResponse<Region> | Region[]>('/regions', { query: { level, pageSize: 1000 }, signal }),
  );
  return list.items;
}

export function fetchSlots(signal?: AbortSignal): Promise<SlotList> {
  return api.get<SlotList>('/responsibility-slots', { signal });
}
