import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { QueueQuery } from '../api/formalities-api';

export const FORMALITY_TABS = ['queue', 'templates', 'calendar'] as const;
export type FormalityTab = (typeof FORMALITY_TABS)[number];
export const QUEUE_STATUSES = ['submitted', 'accepted'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];
export const QUEUE_SORTS = ['urgency', '-submittedOn', 'submittedOn', 'acceptedOn'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const PAGE_SIZES = [20, 50, 100] as const;

export type FormalitiesParams = {
  tab: FormalityTab;
  /** Another unit's queue (the office); null: the caller's own unit. */
  unitId: string | null;
  status: QueueStatus[];
  overdue: boolean;
  sort: QueueSort;
  page: number;
  pageSize: number;
  /** The calendar's year; null: this year. */
  year: number | null;
};

const DEFAULTS: FormalitiesParams = {
  tab: 'queue',
  unitId: null,
  status: [],
  overdue: false,
  sort: 'urgency',
  page: 1,
  pageSize: 20,
  year: null,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(raw: string | null, allowed: readonly T[]): T | null {
  return raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as T) : null;
}

export function parseFormalitiesParams(sp: URLSearchParams): FormalitiesParams {
  const page = Number(sp.get('page'));
  const pageSize = Number(sp.get('pageSize'));
  const year = Number(sp.get('year'));
  const unitId = sp.get('unitId');
  const status = (sp.get('status') ?? '').split(',');
  return {
    tab: oneOf(sp.get('tab'), FORMALITY_TABS) ?? DEFAULTS.tab,
    unitId: unitId && UUID.test(unitId) ? unitId : null,
    status: QUEUE_STATUSES.filter((s) => status.includes(s)),
    overdue: sp.get('overdue') === 'true',
    sort: oneOf(sp.get('sort'), QUEUE_SORTS) ?? DEFAULTS.sort,
    page: Number.isInteger(page) && page >= 1 && page <= 100000 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULTS.pageSize,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
  };
}

export function serialiseFormalitiesParams(params: FormalitiesParams): URLSearchParams {
  const sp = new URLSearchParams();
  for (const key of Object.keys(DEFAULTS) as (keyof FormalitiesParams)[]) {
    const value = params[key];
    if (Array.isArray(value)) {
      if (value.length > 0) sp.set(key, value.join(','));
    } else if (value !== null && value !== false && value !== DEFAULTS[key]) {
      sp.set(key, String(value));
    }
  }
  return sp;
}

export function queueQueryOf(params: FormalitiesParams): QueueQuery {
  return {
    unitId: params.unitId,
    status: params.status,
    overdue: params.overdue,
    sort: params.sort,
    page: params.page,
    pageSize: params.pageSize,
  };
}

/** The formalities page lives in the URL, so a link reproduces the view and Back works. */
export function useFormalitiesParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseFormalitiesParams(searchParams), [searchParams]);
  const update = useCallback(
    (patch: Partial<FormalitiesParams>) => {
      // Any change other than paging starts again at the first page.
      const next = { ...params, ...patch, page: 'page' in patch ? (patch.page ?? 1) : 1 };
      setSearchParams(serialiseFormalitiesParams(next));
    },
    [params, setSearchParams],
  );
  return { params, update };
}
