import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  NOTICE_LEVELS,
  RANKING_ORDERS,
  RANKING_SUBJECTS,
  SUPERVISION_SOURCES,
  SUPERVISION_STATUSES,
  type NoticeLevel,
  type RankingOrder,
  type RankingSubject,
  type SupervisionSource,
  type SupervisionStatus,
} from '@tuijin/shared';
import type { RankingListQuery, SupervisionListQuery } from '../api/supervision-api';

export const SUPERVISION_TABS = ['items', 'rankings'] as const;
export type SupervisionTab = (typeof SUPERVISION_TABS)[number];
export const SUPERVISION_SORT_OPTIONS = ['dueDate', '-dueDate', '-createdAt', '-updatedAt'] as const;
export type SupervisionSort = (typeof SUPERVISION_SORT_OPTIONS)[number];
export const PAGE_SIZES = [20, 50, 100] as const;
/** A quarter in the URL: 2026Q3. */
const QUARTER = /^(\d{4})Q([1-4])$/;

export type SupervisionParams = {
  tab: SupervisionTab;
  q: string;
  status: SupervisionStatus[];
  source: SupervisionSource[];
  notice: NoticeLevel[];
  unitId: string | null;
  mine: boolean;
  sort: SupervisionSort;
  page: number;
  pageSize: number;
  /** Rankings: units or leaders, the order, and the quarter (null: the district's current one). */
  subject: RankingSubject;
  order: RankingOrder;
  quarter: string | null;
};

const DEFAULTS: SupervisionParams = {
  tab: 'items',
  q: '',
  status: [],
  source: [],
  notice: [],
  unitId: null,
  mine: false,
  sort: 'dueDate',
  page: 1,
  pageSize: 20,
  subject: 'unit',
  order: 'score',
  quarter: null,
};

function oneOf<T extends string>(raw: string | null, allowed: readonly T[]): T | null {
  return raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as T) : null;
}

function listOf<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  return [...new Set(raw.split(','))].filter((v): v is T => (allowed as readonly string[]).includes(v));
}

export function parseSupervisionParams(sp: URLSearchParams): SupervisionParams {
  const page = Number(sp.get('page'));
  const pageSize = Number(sp.get('pageSize'));
  const quarter = sp.get('quarter');
  return {
    tab: oneOf(sp.get('tab'), SUPERVISION_TABS) ?? DEFAULTS.tab,
    q: (sp.get('q') ?? '').slice(0, 100),
    status: listOf(sp.get('status'), SUPERVISION_STATUSES),
    source: listOf(sp.get('source'), SUPERVISION_SOURCES),
    notice: listOf(sp.get('notice'), NOTICE_LEVELS),
    unitId: sp.get('unitId') || null,
    mine: sp.get('mine') === 'true',
    sort: oneOf(sp.get('sort'), SUPERVISION_SORT_OPTIONS) ?? DEFAULTS.sort,
    page: Number.isInteger(page) && page >= 1 && page <= 100000 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULTS.pageSize,
    subject: oneOf(sp.get('subject'), RANKING_SUBJECTS) ?? DEFAULTS.subject,
    order: oneOf(sp.get('order'), RANKING_ORDERS) ?? DEFAULTS.order,
    quarter: quarter && QUARTER.test(quarter) ? quarter : null,
  };
}

export function serialiseSupervisionParams(params: SupervisionParams): URLSearchParams {
  const sp = new URLSearchParams();
  for (const key of Object.keys(DEFAULTS) as (keyof SupervisionParams)[]) {
    const value = params[key];
    if (Array.isArray(value)) {
      if (value.length > 0) sp.set(key, value.join(','));
    } else if (value !== null && value !== '' && value !== false && value !== DEFAULTS[key]) {
      sp.set(key, String(value));
    }
  }
  return sp;
}

/** The list's filters as the server reads them. */
export function listQueryOf(params: SupervisionParams): SupervisionListQuery {
  return {
    q: params.q.trim() || undefined,
    status: params.status,
    source: params.source,
    notice: params.notice,
    assigneeUnitId: params.unitId,
    mine: params.mine,
    sort: params.sort,
    page: params.page,
    pageSize: params.pageSize,
  };
}

/** '2026Q3' → { year: 2026, quarter: 3 }; null for the current quarter. */
export function parseQuarter(value: string | null): { year: number; quarter: number } | null {
  const m = value ? QUARTER.exec(value) : null;
  return m ? { year: Number(m[1]), quarter: Number(m[2]) } : null;
}

export function quarterKey(year: number, quarter: number): string {
  return `${year}Q${quarter}`;
}

export function rankingQueryOf(params: SupervisionParams): RankingListQuery {
  const q = parseQuarter(params.quarter);
  return { subject: params.subject, order: params.order, year: q?.year, quarter: q?.quarter };
}

/** The supervision view lives in the URL, so a link reproduces it and Back works. */
export function useSupervisionParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseSupervisionParams(searchParams), [searchParams]);

  const update = useCallback(
    (patch: Partial<SupervisionParams>) => {
      // Any change other than paging starts again at the first page.
      const next = { ...params, ...patch, page: 'page' in patch ? (patch.page ?? 1) : 1 };
      setSearchParams(serialiseSupervisionParams(next));
    },
    [params, setSearchParams],
  );

  const reset = useCallback(() => {
    setSearchParams(
      serialiseSupervisionParams({ ...params, q: '', status: [], source: [], notice: [], unitId: null, mine: false }),
    );
  }, [params, setSearchParams]);

  const filterCount =
    (params.q ? 1 : 0) +
    [params.status, params.source, params.notice].filter((l) => l.length > 0).length +
    [params.unitId, params.mine].filter(Boolean).length;

  return { params, update, reset, filterCount };
}
