import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** Reads and patches list filters in the URL, keeping the other parameters (the active tab). */
export function useUrlListState<K extends string>(keys: readonly K[]) {
  const [searchParams, setSearchParams] = useSearchParams();
  const get = (key: K): string | undefined => searchParams.get(key) || undefined;
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const set = useCallback(
    (patch: Partial<Record<K | 'page', string | number | null | undefined>>) => {
      setSearchParams((prev) => {
        const next = new URLSearchParams(prev);
        if (!('page' in patch)) next.delete('page');
        for (const [key, value] of Object.entries(patch)) {
          if (value === null || value === undefined || value === '' || (key === 'page' && value === 1))
            next.delete(key);
          else next.set(key, String(value));
        }
        return next;
      });
    },
    [setSearchParams],
  );
  return { values: Object.fromEntries(keys.map((k) => [k, get(k)])) as Record<K, string | undefined>, page, set };
}
