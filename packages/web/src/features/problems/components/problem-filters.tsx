import { useState } from 'react';
import { Badge, Button, Checkbox, Flex, Grid, Input, Select } from 'antd';
import { FilterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  PROBLEM_CATEGORIES,
  PROBLEM_CATEGORY_LABELS,
  PROBLEM_STATUS_LABELS,
  PROBLEM_STATUSES,
  PROBLEM_URGENCIES,
  PROBLEM_URGENCY_LABELS,
} from '@tuijin/shared';
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

const wide = { minWidth: 160, flex: '1 1 160px', maxWidth: 260 };

/** Commits on Enter, on leaving the field and on clearing, not on every keystroke. */
function KeywordInput({ initial, onCommit }: { initial: string; onCommit: (q: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const commit = (next: string) => {
    if (next.trim() !== initial) onCommit(next.trim());
  };
  return (
    <Input.Search
      allowClear
      value={value}
      onChange={(e) => {
        setValue(e.target.value);
        if (e.target.value === '') commit('');
      }}
      onSearch={(v) => commit(v)}
      onBlur={() => commit(value)}
      placeholder={t('problems.filters.search')}
      aria-label={t('problems.filters.search')}
      style={wide}
      data-testid="problem-search"
    />
  );
}

export function ProblemFilters({ params, update, reset, filterCount, showStatus, showSort }: Props) {
  const { t } = useTranslation();
  const categories = useEnumOptions(PROBLEM_CATEGORIES, PROBLEM_CATEGORY_LABELS);
  const urgencies = useEnumOptions(PROBLEM_URGENCIES, PROBLEM_URGENCY_LABELS);
  const statuses = useEnumOptions(PROBLEM_STATUSES, PROBLEM_STATUS_LABELS);
  // On a phone the filters fold behind one button, so the problems stay on the first screen.
  const narrow = Grid.useBreakpoint().md === false;
  const [expanded, setExpanded] = useState(false);
  const folded = narrow && !expanded;

  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }} data-testid="problem-filters">
      <KeywordInput key={params.q} initial={params.q} onCommit={(q) => update({ q })} />
      {narrow ? (
        <Badge count={filterCount - (params.q ? 1 : 0)} size="small">
          <Button
            icon={<FilterOutlined />}
            onClick={() => setExpanded((v) => !v)}
            aria-expanded={expanded}
            aria-label={t('problems.filters.more')}
          />
        </Badge>
      ) : null}
      {folded ? null : (
        <>
          {showStatus ? (
            <Select
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              value={params.status}
              options={statuses}
              onChange={(status) => update({ status })}
              placeholder={t('problems.filters.status')}
              aria-label={t('problems.filters.status')}
              style={wide}
              data-testid="filter-status"
            />
          ) : null}
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            value={params.category}
            options={categories}
            onChange={(category) => update({ category })}
            placeholder={t('problems.filters.category')}
            aria-label={t('problems.filters.category')}
            style={wide}
            data-testid="filter-category"
          />
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            value={params.urgency}
            options={urgencies}
            onChange={(urgency) => update({ urgency })}
            placeholder={t('problems.filters.urgency')}
            aria-label={t('problems.filters.urgency')}
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
            {filterCount > 0 ? (
              <Button type="link" onClick={reset}>
                {t('problems.filters.reset')}
              </Button>
            ) : null}
          </Flex>
        </>
      )}
    </Flex>
  );
}
