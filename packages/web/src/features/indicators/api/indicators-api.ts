import type { Summary } from '@tuijin/shared';
import { api } from '../../../lib/api-client';

export const districtKeys = {
  // The server's default period (last month): the same figures as the board opened without a period.
  lights: ['indicators', 'summary', 'district', 'latest'] as const,
};

/** The caller's projects summed into one district group, for the latest period. */
export function getDistrictSummary(signal?: AbortSignal): Promise<Summary> {
  return api.get<Summary>('/indicators/summary', { query: { groupBy: 'district' }, signal });
}
