import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { REPORT_STATUSES, type ReportStatus } from '@tuijin/shared';
import { defaultReportPeriod, isPeriodKey } from '../../../lib/periods';
import type { ReviewQueueParams } from '../api/reports-api';

export const QUEUE_PAGE_SIZES = [20, 50, 100] as const;

function positiveInt(raw: string | null, fallback: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 100000 ? n : fallback;
}

/** Patches the URL's query, dropping empty values; any change but paging goes back to page 1. */
function usePatchSearch() {
  const [, setSearchParams] = useSearchParams();
  return useCallback(
    (patch: Record<string, string | number | null>) =>
      setSearchParams((prev) => {
        const next = new URLSearchParams(prev);
        if (!('page' in patch)) next.delete('page');
        for (const [key, value] of Object.entries(patch)) {
          if (value === null || value === '' || (key === 'page' && value === 1)) next.delete(key);
          else next.set(key, String(value));
        }
        return next;
      }),
    [setSearchParams],
  );
}

export type MyReportsParams = { period: string; q: string; page: number };

/** The "my reports" view in the URL: the month (default last month), a keyword, the page. */
export function useMyReportsParams() {
  const [searchParams] = useSearchParams();
  const params = useMemo<MyReportsParams>(() => {
    const period = searchParams.get('period');
    return {
      period: isPeriodKey(period) ? period : defaultReportPeriod(),
      q: searchParams.get('q') ?? '',
      page: positiveInt(searchParams.get('page'), 1),
    };
  }, [searchParams]);
  const patch = usePatchSearch();
  const update = useCallback(
    (p: Partial<MyReportsParams>) => {
      const out: Record<string, string | number | null> = {};
      for (const [key, value] of Object.entries(p)) out[key] = value ?? null;
      // The default month is implied: a bare /reports always opens on last month.
      if (p.period === defaultReportPeriod()) out.period = null;
      patch(out);
    },
    [patch],
  );
  return { params, update };
}

/** The review queue view in the URL: status (default submitted), month, paging. */
export function useQueueParams() {
  const [searchParams] = useSearchParams();
  const params = useMemo<ReviewQueueParams>(() => {
    const status = searchParams.get('status');
    const period = searchParams.get('period');
    const pageSize = Number(searchParams.get('pageSize'));
    return {
      status: (REPORT_STATUSES as readonly string[]).includes(status ?? '') ? (status as ReportStatus) : 'submitted',
      period: isPeriodKey(period) ? period : null,
      page: positiveInt(searchParams.get('page'), 1),
      pageSize: (QUEUE_PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : 20,
    };
  }, [searchParams]);
  const patch = usePatchSearch();
  const update = useCallback(
    (p: Partial<ReviewQueueParams>) =>
      patch({
        ...('status' in p ? { status: p.status === 'submitted' ? null : (p.status ?? null) } : {}),
        ...('period' in p ? { period: p.period ?? null } : {}),
        ...('page' in p ? { page: p.page ?? 1 } : {}),
        ...('pageSize' in p ? { pageSize: p.pageSize === 20 ? null : (p.pageSize ?? null) } : {}),
      }),
    [patch],
  );
  return { params, update };
}
