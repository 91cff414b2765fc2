import type {
  FactorKind,
  FactorLedger,
  FactorRequest,
  FactorRequestCreate,
  FactorRequestStatus,
  FactorRequestUpdate,
  ListResponse,
} from '@tuijin/shared';
import { api } from '../../../lib/api-client';

export type { FactorLedger, FactorRequest } from '@tuijin/shared';

/** The list filters, as the server reads them (factorRequestQuery). */
export type FactorListQuery = {
  projectId?: string | null;
  factor?: readonly FactorKind[];
  status?: readonly FactorRequestStatus[];
  supplierUnitId?: string | null;
  sort?: string;
  page?: number;
  pageSize?: number;
};

/** The ledger's scope (factorLedgerQuery): the district, or one project or supplying unit. */
export type FactorLedgerQuery = { projectId?: string | null; supplierUnitId?: string | null };

export const factorKeys = {
  all: ['factors'] as const,
  list: (q: FactorListQuery) => ['factors', 'list', q] as const,
  ledger: (q: FactorLedgerQuery) => ['factors', 'ledger', q] as const,
};

export function getFactorRequests(q: FactorListQuery, signal?: AbortSignal): Promise<ListResponse<FactorRequest>> {
  return api.get<ListResponse<FactorRequest>>('/factors', { query: q, signal });
}

export function getFactorLedger(q: FactorLedgerQuery, signal?: AbortSignal): Promise<FactorLedger> {
  return api.get<FactorLedger>('/factors/ledger', { query: q, signal });
}

export function createFactorRequest(body: FactorRequestCreate): Promise<FactorRequest> {
  return api.post<FactorRequest>('/factors', body);
}

export function updateFactorRequest(id: string, body: FactorRequestUpdate): Promise<FactorRequest> {
  return api.patch<FactorRequest>(`/factors/${id}`, body);
}
