import { useCallback } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  FACTOR_KIND_LABELS,
  FACTOR_KINDS,
  FACTOR_REQUEST_STATUS_LABELS,
  FACTOR_REQUEST_STATUSES,
} from '@tuijin/shared';
import { FilterBar, MultiFilter, ResetFilters, fieldWidth } from '../../../components/filter-bar';
import { UnitSelect } from '../../../components/org-selects';
import { RemoteSelect, type SelectOption } from '../../../components/remote-select';
import { fetchProjectOptions, progressKeys } from '../../../lib/progress-api';
import { useEnumOptions } from '../../../lib/use-locale';
import { useFactorList } from '../hooks/use-factors';
import { FACTOR_SORT_OPTIONS, type FactorSort, type FactorsParams } from '../hooks/use-factors-params';

type Props = {
  params: FactorsParams;
  update: (patch: Partial<FactorsParams>) => void;
  reset: () => void;
  filterCount: number;
  /** The ledger adds up every factor and status: only the project and the supplying unit there. */
  ledger?: boolean;
};

const wide = fieldWidth(160, 260);

/** A project to filter on, searched by name or code, clearable. */
function ProjectFilter({
  value,
  known,
  onChange,
}: {
  value: string | null;
  known: SelectOption | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const queryKey = useCallback((q: string) => progressKeys.projectOptions(q, 20), []);
  const fetchOptions = useCallback(async (q: string, signal: AbortSignal): Promise<SelectOption[]> => {
    const list = await fetchProjectOptions(q, 20, signal);
    return list.items.map((p) => ({ value: p.id, label: p.code ? `${p.name}（${p.code}）` : p.name }));
  }, []);
  return (
    <RemoteSelect
      value={value}
      onChange={(v) => onChange(typeof v === 'string' ? v : null)}
      knownOptions={known ? [known] : undefined}
      queryKey={queryKey}
      fetchOptions={fetchOptions}
      placeholder={t('factors.filters.project')}
      allowClear
    />
  );
}

export function FactorFilters({ params, update, reset, filterCount, ledger }: Props) {
  const { t } = useTranslation();
  const kinds = useEnumOptions(FACTOR_KINDS, FACTOR_KIND_LABELS);
  const statuses = useEnumOptions(FACTOR_REQUEST_STATUSES, FACTOR_REQUEST_STATUS_LABELS);
  // Names for the project and unit in the URL, before anyone searches: from one matching request.
  const named = useFactorList({ projectId: params.projectId, supplierUnitId: params.supplierUnitId, pageSize: 1 });
  const first = named.data?.items[0];
  const knownProject = first && first.project.id === params.projectId ? first.project : null;
  const knownUnit = first?.supplier && first.supplier.id === params.supplierUnitId ? first.supplier : null;

  return (
    <FilterBar
      testId="factor-filters"
      moreLabel={t('factors.filters.more')}
      moreAsText
      moreTestId="factor-filters-toggle"
      foldedCount={filterCount}
    >
      {() => (
        <>
          {ledger ? null : (
            <>
              <MultiFilter
                label={t('factors.filters.factor')}
                value={params.factor}
                options={kinds}
                onChange={(factor) => update({ factor })}
                style={wide}
                testId="filter-factor"
              />
              <MultiFilter
                label={t('factors.filters.status')}
                value={params.status}
                options={statuses}
                onChange={(status) => update({ status })}
                style={wide}
                testId="filter-status"
              />
            </>
          )}
          <div style={wide} data-testid="filter-supplier">
            <UnitSelect
              value={params.supplierUnitId}
              onChange={(v) => update({ supplierUnitId: typeof v === 'string' ? v : null })}
              knownOptions={knownUnit ? [{ value: knownUnit.id, label: knownUnit.name }] : undefined}
              placeholder={t('factors.filters.supplier')}
              allowClear
            />
          </div>
          <div style={{ ...wide, maxWidth: 300 }} data-testid="filter-project">
            <ProjectFilter
              value={params.projectId}
              known={knownProject ? { value: knownProject.id, label: knownProject.name } : null}
              onChange={(projectId) => update({ projectId })}
            />
          </div>
          {ledger ? null : (
            <Select<FactorSort>
              value={params.sort}
              options={FACTOR_SORT_OPTIONS.map((s) => ({ value: s, label: t(`factors.sort.${s}`) }))}
              onChange={(sort) => update({ sort })}
              aria-label={t('factors.sort.label')}
              prefix={t('factors.sort.label')}
              style={{ ...wide, maxWidth: 280 }}
            />
          )}
          <ResetFilters
            count={filterCount}
            onReset={reset}
            label={t('factors.filters.reset')}
            testId="factor-filters-reset"
          />
        </>
      )}
    </FilterBar>
  );
}
