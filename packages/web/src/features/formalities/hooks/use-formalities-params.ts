import { oneOf, pageOf, pageSizeOf, serialiseView, useUrlView } from '../../../lib/url-view';
import type { QueueQuery } from '../api/formalities-api';

export const FORMALITY_TABS = ['queue', 'templates', 'calendar'] as const;
export type FormalityTab = (typeof FORMALITY_TABS)[number];
export const QUEUE_STATUSES = ['submitted', 'accepted'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];
export const QUEUE_SORTS = ['urgency', '-submittedOn', 'submittedOn', 'acceptedOn'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export { PAGE_SIZES } from '../../../lib/url-view';

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

export function parseFormalitiesParams(sp: URLSearchParams): FormalitiesParams {
  const year = Number(sp.get('year'));
  const unitId = sp.get('unitId');
  const status = (sp.get('status') ?? '').split(',');
  return {
    tab: oneOf(sp.get('tab'), FORMALITY_TABS) ?? DEFAULTS.tab,
    unitId: unitId && UUID.test(unitId) ? unitId : null,
    status: QUEUE_STATUSES.filter((s) => status.includes(s)),
    overdue: sp.get('overdue') === 'true',
    sort: oneOf(sp.get('sort'), QUEUE_SORTS) ?? DEFAULTS.sort,
    page: pageOf(sp.get('page')),
    pageSize: pageSizeOf(sp.get('pageSize'), DEFAULTS.pageSize),
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
  };
}

export function serialiseFormalitiesParams(params: FormalitiesParams): URLSearchParams {
  return serialiseView(params, DEFAULTS);
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
  const { params, update } = useUrlView(parseFormalitiesParams, serialiseFormalitiesParams);
  return { params, update };
}
