import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DIRECTIONS, FIELDS, INVESTOR_TYPES, PROJECT_SORTS, STAGES } from '@tuijin/shared';
import type { ArchivedFilter, RegistryParams } from '../api/projects-api';

export const DEFAULT_SORT = '-totalInvestment';
export const PAGE_SIZES = [20, 50, 100] as const;

const DEFAULTS: RegistryParams = {
  q: '',
  direction: [],
  investorType: [],
  field: [],
  stage: [],
  leaderId: null,
  unitId: null,
  streetId: null,
  ownerUnitId: null,
  tagId: null,
  archived: 'false',
  page: 1,
  pageSize: 20,
  sort: DEFAULT_SORT,
};

function csv<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  return raw.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
}

function positiveInt(raw: string | null, fallback: number, max: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

function parse(sp: URLSearchParams): RegistryParams {
  const archived = sp.get('archived');
  const sort = sp.get('sort');
  const sortField = sort?.replace(/^-/, '');
  return {
    q: sp.get('q') ?? '',
    direction: csv(sp.get('direction'), DIRECTIONS),
    investorType: csv(sp.get('investorType'), INVESTOR_TYPES),
    field: csv(sp.get('field'), FIELDS),
    stage: csv(sp.get('stage'), STAGES),
    leaderId: sp.get('leaderId'),
    unitId: sp.get('unitId'),
    streetId: sp.get('streetId'),
    ownerUnitId: sp.get('ownerUnitId'),
    tagId: sp.get('tagId'),
    archived: archived === 'true' || archived === 'all' ? (archived satisfies ArchivedFilter) : 'false',
    page: positiveInt(sp.get('page'), 1, 100000),
    pageSize: (PAGE_SIZES as readonly number[]).includes(Number(sp.get('pageSize'))) ? Number(sp.get('pageSize')) : 20,
    sort: sort && sortField && (PROJECT_SORTS as readonly string[]).includes(sortField) ? sort : DEFAULT_SORT,
  };
}

function serialise(params: RegistryParams): URLSearchParams {
  const sp = new URLSearchParams();
  for (const key of Object.keys(DEFAULTS) as (keyof RegistryParams)[]) {
    const value = params[key];
    const fallback = DEFAULTS[key];
    if (Array.isArray(value)) {
      if (value.length > 0) sp.set(key, value.join(','));
    } else if (value !== null && value !== '' && value !== fallback) {
      sp.set(key, String(value));
    }
  }
  return sp;
}

/** The registry view lives in the URL so that a link reproduces it and Back works. */
export function useRegistryParams(): {
  params: RegistryParams;
  update: (patch: Partial<RegistryParams>) => void;
  reset: () => void;
  isFiltered: boolean;
} {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parse(searchParams), [searchParams]);

  const update = useCallback(
    (patch: Partial<RegistryParams>) => {
      // Any change other than paging starts again at the first page.
      const touchesPaging = 'page' in patch;
      const next = { ...params, ...patch, page: touchesPaging ? (patch.page ?? 1) : 1 };
      setSearchParams(serialise(next));
    },
    [params, setSearchParams],
  );

  const reset = useCallback(() => {
    setSearchParams(serialise({ ...DEFAULTS, pageSize: params.pageSize, sort: params.sort }));
  }, [params.pageSize, params.sort, setSearchParams]);

  const isFiltered = useMemo(
    () => serialise({ ...params, page: 1, pageSize: DEFAULTS.pageSize, sort: DEFAULT_SORT }).toString() !== '',
    [params],
  );

  return { params, update, reset, isFiltered };
}
