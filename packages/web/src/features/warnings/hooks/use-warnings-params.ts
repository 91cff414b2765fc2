import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { addMonths, DIRECTIONS, isPeriodKey, periodKey, periodOf, type Direction } from '@tuijin/shared';
import { QOQ_GROUPS, type QoqGroupBy, type WarningColour } from '../api/warnings-api';

export const WARNING_TABS = ['board', 'qoq', 'rules'] as const;
export type WarningTab = (typeof WARNING_TABS)[number];
export const PAGE_SIZES = [20, 50, 100] as const;

export type WarningsParams = {
  tab: WarningTab;
  period: string;
  colour: WarningColour | null;
  leaderId: string | null;
  unitId: string | null;
  direction: Direction | null;
  groupBy: QoqGroupBy;
  page: number;
  pageSize: number;
};

/** The latest month reported on: last month in the district's zone (the server's default too). */
export function latestPeriod(now: Date = new Date()): string {
  return periodKey(addMonths(periodOf(now), -1));
}

function defaults(): WarningsParams {
  return {
    tab: 'board',
    period: latestPeriod(),
    colour: null,
    leaderId: null,
    unitId: null,
    direction: null,
    groupBy: 'direction',
    page: 1,
    pageSize: 20,
  };
}

function oneOf<T extends string>(raw: string | null, allowed: readonly T[]): T | null {
  return raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as T) : null;
}

function parse(sp: URLSearchParams): WarningsParams {
  const d = defaults();
  const period = sp.get('period');
  const page = Number(sp.get('page'));
  const pageSize = Number(sp.get('pageSize'));
  return {
    tab: oneOf(sp.get('tab'), WARNING_TABS) ?? d.tab,
    // A month not reported on yet has nothing to show: fall back to the latest one.
    period: period && isPeriodKey(period) && period <= d.period ? period : d.period,
    colour: oneOf(sp.get('colour'), ['red', 'yellow'] as const),
    leaderId: sp.get('leaderId') || null,
    unitId: sp.get('unitId') || null,
    direction: oneOf(sp.get('direction'), DIRECTIONS),
    groupBy: oneOf(sp.get('groupBy'), QOQ_GROUPS) ?? d.groupBy,
    page: Number.isInteger(page) && page >= 1 && page <= 100000 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : d.pageSize,
  };
}

function serialise(params: WarningsParams): URLSearchParams {
  const d = defaults();
  const sp = new URLSearchParams();
  for (const key of Object.keys(d) as (keyof WarningsParams)[]) {
    const value = params[key];
    if (value !== null && value !== '' && value !== d[key]) sp.set(key, String(value));
  }
  return sp;
}

/** The board's view lives in the URL, so a link reproduces it and Back works. */
export function useWarningsParams(): {
  params: WarningsParams;
  update: (patch: Partial<WarningsParams>) => void;
  reset: () => void;
  filterCount: number;
} {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parse(searchParams), [searchParams]);

  const update = useCallback(
    (patch: Partial<WarningsParams>) => {
      // Any change other than paging starts again at the first page.
      const next = { ...params, ...patch, page: 'page' in patch ? (patch.page ?? 1) : 1 };
      setSearchParams(serialise(next));
    },
    [params, setSearchParams],
  );

  const reset = useCallback(() => {
    setSearchParams(serialise({ ...params, colour: null, leaderId: null, unitId: null, direction: null, page: 1 }));
  }, [params, setSearchParams]);

  const filterCount = [params.colour, params.leaderId, params.unitId, params.direction].filter(Boolean).length;

  return { params, update, reset, filterCount };
}
