import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FactorRequestCreate, FactorRequestUpdate } from '@tuijin/shared';
import {
  createFactorRequest,
  factorKeys,
  getFactorLedger,
  getFactorRequests,
  updateFactorRequest,
  type FactorLedgerQuery,
  type FactorListQuery,
} from '../api/factors-api';

export function useFactorList(q: FactorListQuery) {
  return useQuery({
    queryKey: factorKeys.list(q),
    queryFn: ({ signal }) => getFactorRequests(q, signal),
    placeholderData: keepPreviousData,
  });
}

export function useFactorLedger(q: FactorLedgerQuery) {
  return useQuery({
    queryKey: factorKeys.ledger(q),
    queryFn: ({ signal }) => getFactorLedger(q, signal),
    placeholderData: keepPreviousData,
  });
}

/** Reads the requests and the ledger again (after a write, or a version conflict). */
export function useReloadFactors() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: factorKeys.all });
}

export function useCreateFactorRequest() {
  const onSaved = useReloadFactors();
  return useMutation({ mutationFn: (body: FactorRequestCreate) => createFactorRequest(body), onSuccess: onSaved });
}

export function useUpdateFactorRequest() {
  const onSaved = useReloadFactors();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: FactorRequestUpdate }) => updateFactorRequest(id, body),
    onSuccess: onSaved,
  });
}
