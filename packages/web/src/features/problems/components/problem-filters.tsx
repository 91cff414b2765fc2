import { Checkbox, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  PROBLEM_CATEGORIES,
  PROBLEM_CATEGORY_LABELS,
  PROBLEM_STATUS_LABELS,
  PROBLEM_STATUSES,
  PROBLEM_URGENCIES,
  PROBLEM_URGENCY_LABELS,
} from '@tuijin/shared';
import { FilterBar, MultiFilter, ResetFilters, fieldWidth } from '../../../components/filter-bar';
import { KeywordInput } from '../../../components/keyword-input';
import { UnitSelect } from '../../../components/org-selects';
import { useEnumOptions } from '../../../lib/use-locale';
import { PROBLEM_SORT_OPTIONS, type ProblemSort, type ProblemsParams } from '../hooks/use-problems-params';

type Props = {
  params: ProblemsParams;
  update: (patch: Partial<ProblemsParams>) => void;
  reset: () => void;
  filterCount: number;
  /** The board shows every status in its columns: no status filter there, nor sorting. */
  showStatus: boolean;
  showSort: boolean;
};

const wide = fieldWidth(160, 260);

export function ProblemFilters({ params, update, reset, filterCount, showStatus, showSort }: Props) {
  const { t } = useTranslation();
  const categories = useEnumOptions(PROBLEM_CATEGORIES, PROBLEM_CATEGORY_LABELS);
  const urgencies = useEnumOptions(PROBLEM_URGENCIES, PROBLEM_URGENCY_LABELS);
  const statuses = useEnumOptions(PROBLEM_STATUSES, PROBLEM_STATUS_LABELS);

  return (
    <FilterBar
      testId="problem-filters"
      lead={
        <KeywordInput
          key={params.q}
          initial={params.q}
          onCommit={(q) => update({ q })}
          label={t('problems.filters.search')}
          style={wide}
          testId="problem-search"
        />
      }
      moreLabel={t('problems.filters.more')}
      foldedCount={filterCount - (params.q ? 1 : 0)}
    >
      {() => (
        <>
          {showStatus ? (
            <MultiFilter
              label={t('problems.filters.status')}
              value={params.status}
              options={statuses}
              onChange={(status) => update({ status })}
              style={wide}
              testId="filter-status"
            />
          ) : null}
          <MultiFilter
            label={t('problems.filters.category')}
            value={params.category}
            options={categories}
            onChange={(category) => update({ category })}
            style={wide}
            testId="filter-category"
          />
          <MultiFilter
            label={t('problems.filters.urgency')}
            value={params.urgency}
            options={urgencies}
            onChange={(urgency) => update({ urgency })}
            style={wide}
          />
          <div style={wide}>
            <UnitSelect
              value={params.unitId}
              onChange={(v) => update({ unitId: typeof v === 'string' ? v : null })}
              placeholder={t('problems.filters.unit')}
              allowClear
            />
          </div>
          {showSort ? (
            <Select<ProblemSort>
              value={params.sort}
              options={PROBLEM_SORT_OPTIONS.map((s) => ({ value: s, label: t(`problems.sort.${s}`) }))}
              onChange={(sort) => update({ sort })}
              aria-label={t('problems.sort.label')}
              prefix={t('problems.sort.label')}
              style={{ ...wide, maxWidth: 280 }}
              data-testid="problem-sort"
            />
          ) : null}
          <Flex wrap gap={4} align="center">
            <Checkbox checked={params.overdue} onChange={(e) => update({ overdue: e.target.checked })}>
              {t('problems.filters.overdue')}
            </Checkbox>
            <Checkbox checked={params.escalated} onChange={(e) => update({ escalated: e.target.checked })}>
              {t('problems.filters.escalated')}
            </Checkbox>
            <Checkbox checked={params.forMeeting} onChange={(e) => update({ forMeeting: e.target.checked })}>
              {t('problems.filters.forMeeting')}
            </Checkbox>
            <ResetFilters count={filterCount} onReset={reset} label={t('problems.filters.reset')} />
          </Flex>
        </>
      )}
    </FilterBar>
  );
}
