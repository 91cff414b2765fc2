import type { EscalationContacts } from '@tuijin/shared';
import { api } from '../../../lib/api-client';

export const escalationKeys = {
  all: ['escalation-contacts'] as const,
  list: (districtId: string | null) => ['escalation-contacts', districtId] as const,
};

export function fetchEscalationContacts(districtId: string | null, signal?: AbortSignal): Promise<EscalationContacts> {
  return api.get<EscalationContacts>('/escalation-contacts', { query: { districtId }, signal });
}

export function saveEscalationContacts(body: { userIds: string[]; districtId?: string }): Promise<EscalationContacts> {
  return api.put<EscalationContacts>('/escalation-contacts', body);
}
