import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SlotsUpdate, UnitCreate, UnitUpdate, UserCreate, UserUpdate } from '@tuijin/shared';
import { fetchUnits, fetchUsers, orgKeys, type UnitParams, type UserParams } from '../../../lib/org-api';
import { createUnit, createUser, saveSlots, updateUnit, updateUser, verifyJournal } from '../api/admin-api';

export function useUserList(params: UserParams) {
  return useQuery({
    queryKey: orgKeys.users(params),
    queryFn: ({ signal }) => fetchUsers(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUnitList(params: UnitParams) {
  return useQuery({
    queryKey: orgKeys.units(params),
    queryFn: ({ signal }) => fetchUnits(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSaveUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: null; body: UserCreate } | { id: string; body: UserUpdate }) =>
      input.id === null ? createUser(input.body) : updateUser(input.id, input.body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useSaveUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: null; body: UnitCreate } | { id: string; body: UnitUpdate }) =>
      input.id === null ? createUnit(input.body) : updateUnit(input.id, input.body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['units'] }),
  });
}

export function useSaveSlots() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SlotsUpdate) => saveSlots(body),
    onSuccess: (list) => queryClient.setQueryData(orgKeys.slots, list),
  });
}

export function useVerifyJournal() {
  return useMutation({ mutationFn: verifyJournal });
}
