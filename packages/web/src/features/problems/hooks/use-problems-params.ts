import { useCallback } from 'react';
import {
  PROBLEM_CATEGORIES,
  PROBLEM_STATUSES,
  PROBLEM_URGENCIES,
  type ProblemCategory,
  type ProblemStatus,
  type ProblemUrgency,
} from '@tuijin/shared';
import { listOf, oneOf, pageOf, pageSizeOf, serialiseView, useUrlView } from '../../../lib/url-view';
import type { ProblemListQuery } from '../api/problems-api';

export const PROBLEM_TABS = ['board', 'list', 'desk', 'stats'] as const;
export type ProblemTab = (typeof PROBLEM_TABS)[number];
export const PROBLEM_SORT_OPTIONS = ['dueDate', '-createdAt', '-updatedAt', '-urgency', '-daysOverdue'] as const;
export type ProblemSort = (typeof PROBLEM_SORT_OPTIONS)[number];
export { PAGE_SIZES } from '../../../lib/url-view';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type ProblemsParams = {
  tab: ProblemTab;
  q: string;
  status: ProblemStatus[];
  category: ProblemCategory[];
  urgency: ProblemUrgency[];
  unitId: string | null;
  overdue: boolean;
  escalated: boolean;
  forMeeting: boolean;
  sort: ProblemSort;
  page: number;
  pageSize: number;
  /** The statistics' range of assignment days. */
  from: string | null;
  to: string | null;
};

const DEFAULTS: ProblemsParams = {
  tab: 'board',
  q: '',
  status: [],
  category: [],
  urgency: [],
  unitId: null,
  overdue: false,
  escalated: false,
  forMeeting: false,
  sort: 'dueDate',
  page: 1,
  pageSize: 20,
  from: null,
  to: null,
};

export function parseProblemsParams(sp: URLSearchParams): ProblemsParams {
  const from = sp.get('from');
  const to = sp.get('to');
  return {
    tab: oneOf(sp.get('tab'), PROBLEM_TABS) ?? DEFAULTS.tab,
    q: (sp.get('q') ?? '').slice(0, 100),
    status: listOf(sp.get('status'), PROBLEM_STATUSES),
    category: listOf(sp.get('category'), PROBLEM_CATEGORIES),
    urgency: listOf(sp.get('urgency'), PROBLEM_URGENCIES),
    unitId: sp.get('unitId') || null,
    overdue: sp.get('overdue') === 'true',
    escalated: sp.get('escalated') === 'true',
    forMeeting: sp.get('forMeeting') === 'true',
    sort: oneOf(sp.get('sort'), PROBLEM_SORT_OPTIONS) ?? DEFAULTS.sort,
    page: pageOf(sp.get('page')),
    pageSize: pageSizeOf(sp.get('pageSize'), DEFAULTS.pageSize),
    from: from && DATE.test(from) ? from : null,
    to: to && DATE.test(to) ? to : null,
  };
}

export function serialiseProblemsParams(params: ProblemsParams): URLSearchParams {
  return serialiseView(params, DEFAULTS);
}

/** The filters shared by the board, the list and the desk (the board ignores status and paging). */
export function listQueryOf(params: ProblemsParams): ProblemListQuery {
  return {
    q: params.q.trim() || undefined,
    status: params.status,
    category: params.category,
    urgency: params.urgency,
    unitId: params.unitId,
    overdue: params.overdue,
    escalated: params.escalated,
    forMeeting: params.forMeeting,
    sort: params.sort,
    page: params.page,
    pageSize: params.pageSize,
  };
}

/** The problems view lives in the URL, so a link reproduces it and Back works. */
export function useProblemsParams() {
  const { params, update, replace } = useUrlView(parseProblemsParams, serialiseProblemsParams);

  const reset = useCallback(() => {
    replace({ ...DEFAULTS, tab: params.tab, sort: params.sort, pageSize: params.pageSize });
  }, [params, replace]);

  const filterCount =
    (params.q ? 1 : 0) +
    [params.status, params.category, params.urgency].filter((l) => l.length > 0).length +
    [params.unitId, params.overdue, params.escalated, params.forMeeting].filter(Boolean).length;

  return { params, update, reset, filterCount };
}
