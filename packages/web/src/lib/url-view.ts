import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The page sizes a list offers. */
export const PAGE_SIZES = [20, 50, 100] as const;

/** One of the allowed values, or null. */
export function oneOf<T extends string>(raw: string | null, allowed: readonly T[]): T | null {
  return raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as T) : null;
}

/** A comma-separated list: the allowed values, each once, in the order written. */
export function listOf<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  return [...new Set(raw.split(','))].filter((v): v is T => (allowed as readonly string[]).includes(v));
}

/** A page number from 1 to 100 000; 1 otherwise. */
export function pageOf(raw: string | null): number {
  const page = Number(raw);
  return Number.isInteger(page) && page >= 1 && page <= 100000 ? page : 1;
}

/** One of the offered page sizes, or the fallback. */
export function pageSizeOf(raw: string | null, fallback: number): number {
  const size = Number(raw);
  return (PAGE_SIZES as readonly number[]).includes(size) ? size : fallback;
}

type ViewValue = string | number | boolean | null | readonly string[];

/** Writes only what differs from the defaults: no empty lists, no null, '' or false, in the defaults' key order. */
export function serialiseView<P extends { [K in keyof P]: ViewValue }>(params: P, defaults: P): URLSearchParams {
  const sp = new URLSearchParams();
  for (const key of Object.keys(defaults) as (keyof P & string)[]) {
    const value: ViewValue = params[key];
    if (Array.isArray(value)) {
      if (value.length > 0) sp.set(key, value.join(','));
    } else if (value !== null && value !== '' && value !== false && value !== defaults[key]) {
      sp.set(key, String(value));
    }
  }
  return sp;
}

/**
 * A view kept in the URL, so a link reproduces it and Back works. `update` merges a patch; any
 * change other than paging starts again at the first page. `replace` writes a whole view.
 */
export function useUrlView<P extends { page: number }>(
  parse: (sp: URLSearchParams) => P,
  serialise: (params: P) => URLSearchParams,
) {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parse(searchParams), [parse, searchParams]);
  const update = useCallback(
    (patch: Partial<P>) => {
      const next = { ...params, ...patch, page: 'page' in patch ? (patch.page ?? 1) : 1 };
      setSearchParams(serialise(next));
    },
    [params, serialise, setSearchParams],
  );
  const replace = useCallback((next: P) => setSearchParams(serialise(next)), [serialise, setSearchParams]);
  return { params, update, replace };
}
