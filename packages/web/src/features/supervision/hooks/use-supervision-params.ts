import { useCallback } from 'react';
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
import { listOf, oneOf, pageOf, pageSizeOf, serialiseView, useUrlView } from '../../../lib/url-view';
import type { RankingListQuery, SupervisionListQuery } from '../api/supervision-api';

export const SUPERVISION_TABS = ['items', 'rankings'] as const;
export type SupervisionTab = (typeof SUPERVISION_TABS)[number];
export const SUPERVISION_SORT_OPTIONS = ['dueDate', '-dueDate', '-createdAt', '-updatedAt'] as const;
export type SupervisionSort = (typeof SUPERVISION_SORT_OPTIONS)[number];
export { PAGE_SIZES } from '../../../lib/url-view';
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

export function parseSupervisionParams(sp: URLSearchParams): SupervisionParams {
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
    page: pageOf(sp.get('page')),
    pageSize: pageSizeOf(sp.get('pageSize'), DEFAULTS.pageSize),
    subject: oneOf(sp.get('subject'), RANKING_SUBJECTS) ?? DEFAULTS.subject,
    order: oneOf(sp.get('order'), RANKING_ORDERS) ?? DEFAULTS.order,
    quarter: quarter && QUARTER.test(quarter) ? quarter : null,
  };
}

export function serialiseSupervisionParams(params: SupervisionParams): URLSearchParams {
  return serialiseView(params, DEFAULTS);
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
  const { params, update, replace } = useUrlView(parseSupervisionParams, serialiseSupervisionParams);

  const reset = useCallback(() => {
    replace({ ...params, q: '', status: [], source: [], notice: [], unitId: null, mine: false });
  }, [params, replace]);

  const filterCount =
    (params.q ? 1 : 0) +
    [params.status, params.source, params.notice].filter((l) => l.length > 0).length +
    [params.unitId, params.mine].filter(Boolean).length;

  return { params, update, reset, filterCount };
}
