import { useCallback } from 'react';
import { FACTOR_KINDS, FACTOR_REQUEST_STATUSES, type FactorKind, type FactorRequestStatus } from '@tuijin/shared';
import { listOf, oneOf, pageOf, pageSizeOf, serialiseView, useUrlView } from '../../../lib/url-view';
import type { FactorLedgerQuery, FactorListQuery } from '../api/factors-api';

export const FACTOR_TABS = ['requests', 'ledger'] as const;
export type FactorTab = (typeof FACTOR_TABS)[number];
export const FACTOR_SORT_OPTIONS = ['-createdAt', '-updatedAt', '-unmet', '-amount'] as const;
export type FactorSort = (typeof FACTOR_SORT_OPTIONS)[number];
export { PAGE_SIZES } from '../../../lib/url-view';
const ID = /^[0-9a-f-]{36}$/i;

export type FactorsParams = {
  tab: FactorTab;
  factor: FactorKind[];
  status: FactorRequestStatus[];
  supplierUnitId: string | null;
  projectId: string | null;
  sort: FactorSort;
  page: number;
  pageSize: number;
};

const DEFAULTS: FactorsParams = {
  tab: 'requests',
  factor: [],
  status: [],
  supplierUnitId: null,
  projectId: null,
  sort: '-createdAt',
  page: 1,
  pageSize: 20,
};

const idOf = (raw: string | null) => (raw && ID.test(raw) ? raw : null);

export function parseFactorsParams(sp: URLSearchParams): FactorsParams {
  return {
    tab: oneOf(sp.get('tab'), FACTOR_TABS) ?? DEFAULTS.tab,
    factor: listOf(sp.get('factor'), FACTOR_KINDS),
    status: listOf(sp.get('status'), FACTOR_REQUEST_STATUSES),
    supplierUnitId: idOf(sp.get('supplierUnitId')),
    projectId: idOf(sp.get('projectId')),
    sort: oneOf(sp.get('sort'), FACTOR_SORT_OPTIONS) ?? DEFAULTS.sort,
    page: pageOf(sp.get('page')),
    pageSize: pageSizeOf(sp.get('pageSize'), DEFAULTS.pageSize),
  };
}

export function serialiseFactorsParams(params: FactorsParams): URLSearchParams {
  return serialiseView(params, DEFAULTS);
}

export function listQueryOf(params: FactorsParams): FactorListQuery {
  return {
    factor: params.factor,
    status: params.status,
    supplierUnitId: params.supplierUnitId,
    projectId: params.projectId,
    sort: params.sort,
    page: params.page,
    pageSize: params.pageSize,
  };
}

/** The ledger adds up every factor and status: only the project and the supplying unit narrow it. */
export function ledgerQueryOf(params: FactorsParams): FactorLedgerQuery {
  return { projectId: params.projectId, supplierUnitId: params.supplierUnitId };
}

/** The factors view lives in the URL, so a link reproduces it and Back works. */
export function useFactorsParams() {
  const { params, update, replace } = useUrlView(parseFactorsParams, serialiseFactorsParams);

  const reset = useCallback(() => {
    replace({ ...DEFAULTS, tab: params.tab, sort: params.sort, pageSize: params.pageSize });
  }, [params, replace]);

  const filterCount =
    [params.factor, params.status].filter((l) => l.length > 0).length +
    [params.supplierUnitId, params.projectId].filter(Boolean).length;

  return { params, update, reset, filterCount };
}
