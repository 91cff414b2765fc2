import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { FACTOR_KINDS, FACTOR_REQUEST_STATUSES, type FactorKind, type FactorRequestStatus } from '@tuijin/shared';
import type { FactorLedgerQuery, FactorListQuery } from '../api/factors-api';

export const FACTOR_TABS = ['requests', 'ledger'] as const;
export type FactorTab = (typeof FACTOR_TABS)[number];
export const FACTOR_SORT_OPTIONS = ['-createdAt', '-updatedAt', '-unmet', '-amount'] as const;
export type FactorSort = (typeof FACTOR_SORT_OPTIONS)[number];
export const PAGE_SIZES = [20, 50, 100] as const;
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

function oneOf<T extends string>(raw: string | null, allowed: readonly T[]): T | null {
  return raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as T) : null;
}

function listOf<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  return [...new Set(raw.split(','))].filter((v): v is T => (allowed as readonly string[]).includes(v));
}

const idOf = (raw: string | null) => (raw && ID.test(raw) ? raw : null);

export function parseFactorsParams(sp: URLSearchParams): FactorsParams {
  const page = Number(sp.get('page'));
  const pageSize = Number(sp.get('pageSize'));
  return {
    tab: oneOf(sp.get('tab'), FACTOR_TABS) ?? DEFAULTS.tab,
    factor: listOf(sp.get('factor'), FACTOR_KINDS),
    status: listOf(sp.get('status'), FACTOR_REQUEST_STATUSES),
    supplierUnitId: idOf(sp.get('supplierUnitId')),
    projectId: idOf(sp.get('projectId')),
    sort: oneOf(sp.get('sort'), FACTOR_SORT_OPTIONS) ?? DEFAULTS.sort,
    page: Number.isInteger(page) && page >= 1 && page <= 100000 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULTS.pageSize,
  };
}

export function serialiseFactorsParams(params: FactorsParams): URLSearchParams {
  const sp = new URLSearchParams();
  for (const key of Object.keys(DEFAULTS) as (keyof FactorsParams)[]) {
    const value = params[key];
    if (Array.isArray(value)) {
      if (value.length > 0) sp.set(key, value.join(','));
    } else if (value !== null && value !== DEFAULTS[key]) {
      sp.set(key, String(value));
    }
  }
  return sp;
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
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseFactorsParams(searchParams), [searchParams]);

  const update = useCallback(
    (patch: Partial<FactorsParams>) => {
      // Any change other than paging starts again at the first page.
      const next = { ...params, ...patch, page: 'page' in patch ? (patch.page ?? 1) : 1 };
      setSearchParams(serialiseFactorsParams(next));
    },
    [params, setSearchParams],
  );

  const reset = useCallback(() => {
    setSearchParams(
      serialiseFactorsParams({ ...DEFAULTS, tab: params.tab, sort: params.sort, pageSize: params.pageSize }),
    );
  }, [params, setSearchParams]);

  const filterCount =
    [params.factor, params.status].filter((l) => l.length > 0).length +
    [params.supplierUnitId, params.projectId].filter(Boolean).length;

  return { params, update, reset, filterCount };
}
