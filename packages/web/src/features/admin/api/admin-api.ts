import type {
  JournalVerifyResult,
  SlotList,
  SlotsUpdate,
  Unit,
  UnitCreate,
  UnitUpdate,
  User,
  UserCreate,
  UserUpdate,
} from '@tuijin/shared';
import { api } from '../../../lib/api-client';

export function createUser(body: UserCreate): Promise<User> {
  return api.post<User>('/users', body);
}

export function updateUser(id: string, body: UserUpdate): Promise<User> {
  return api.patch<User>(`/users/${encodeURIComponent(id)}`, body);
}

export function createUnit(body: UnitCreate): Promise<Unit> {
  return api.post<Unit>('/units', body);
}

export function updateUnit(id: string, body: UnitUpdate): Promise<Unit> {
  return api.patch<Unit>(`/units/${encodeURIComponent(id)}`, body);
}

export function saveSlots(body: SlotsUpdate): Promise<SlotList> {
  return api.put<SlotList>('/responsibility-slots', body);
}

export function verifyJournal(): Promise<JournalVerifyResult> {
  return api.get<JournalVerifyResult>('/journal/verify');
}
