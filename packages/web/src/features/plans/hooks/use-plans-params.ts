import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { currentYear } from '../../../lib/periods';

export type PlansParams = {
  projectId: string | null;
  year: number;
  /** The version compared with the baseline; the current one when absent. */
  compare: string | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The plans view in the URL (project, year, compared version), so a link reproduces it. */
export function usePlansParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo<PlansParams>(() => {
    const projectId = searchParams.get('projectId');
    const compare = searchParams.get('compare');
    const year = Number(searchParams.get('year'));
    return {
      projectId: projectId && UUID.test(projectId) ? projectId : null,
      year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : currentYear(),
      compare: compare && UUID.test(compare) ? compare : null,
    };
  }, [searchParams]);

  const update = useCallback(
    (patch: Partial<PlansParams>) => {
      const next = { ...params, ...patch };
      // Another project or year has other versions: the compared one no longer applies.
      if ('projectId' in patch || 'year' in patch) next.compare = patch.compare ?? null;
      const sp = new URLSearchParams();
      if (next.projectId) sp.set('projectId', next.projectId);
      sp.set('year', String(next.year));
      if (next.compare) sp.set('compare', next.compare);
      setSearchParams(sp);
    },
    [params, setSearchParams],
  );
  return { params, update };
}
