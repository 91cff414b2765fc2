import { Checkbox, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  NOTICE_LEVEL_LABELS,
  NOTICE_LEVELS,
  SUPERVISION_SOURCE_LABELS,
  SUPERVISION_SOURCES,
  SUPERVISION_STATUS_LABELS,
  SUPERVISION_STATUSES,
} from '@tuijin/shared';
import { FilterBar, MultiFilter, ResetFilters, fieldWidth } from '../../../components/filter-bar';
import { KeywordInput } from '../../../components/keyword-input';
import { UnitSelect } from '../../../components/org-selects';
import { useEnumOptions } from '../../../lib/use-locale';
import {
  SUPERVISION_SORT_OPTIONS,
  type SupervisionParams,
  type SupervisionSort,
} from '../hooks/use-supervision-params';

type Props = {
  params: SupervisionParams;
  update: (patch: Partial<SupervisionParams>) => void;
  reset: () => void;
  filterCount: number;
};

const wide = fieldWidth(130, 220);

/** Status, source, notice, assignee unit, "waiting on me" and the sort; folded behind a button on a phone. */
export function SupervisionFilters({ params, update, reset, filterCount }: Props) {
  const { t } = useTranslation();
  const statuses = useEnumOptions(SUPERVISION_STATUSES, SUPERVISION_STATUS_LABELS);
  const sources = useEnumOptions(SUPERVISION_SOURCES, SUPERVISION_SOURCE_LABELS);
  const notices = useEnumOptions(NOTICE_LEVELS, NOTICE_LEVEL_LABELS);
  const mine = (
    <Checkbox
      checked={params.mine}
      onChange={(e) => update({ mine: e.target.checked })}
      data-testid="filter-mine"
      style={{ alignSelf: 'center' }}
    >
      {t('supervision.filters.mine')}
    </Checkbox>
  );

  return (
    <FilterBar
      testId="supervision-filters"
      lead={
        <KeywordInput
          key={params.q}
          initial={params.q}
          onCommit={(q) => update({ q })}
          label={t('supervision.filters.search')}
          style={{ ...wide, minWidth: 180, maxWidth: 280 }}
          testId="supervision-search"
        />
      }
      moreLabel={t('supervision.filters.more')}
      foldedCount={filterCount - (params.q ? 1 : 0) - (params.mine ? 1 : 0)}
      // What waits on the caller stays at hand, also on a phone.
      pinned={mine}
    >
      {(narrow) => (
        <>
          <MultiFilter
            label={t('supervision.filters.status')}
            value={params.status}
            options={statuses}
            onChange={(status) => update({ status })}
            style={wide}
            testId="filter-status"
          />
          <MultiFilter
            label={t('supervision.filters.source')}
            value={params.source}
            options={sources}
            onChange={(source) => update({ source })}
            style={wide}
            testId="filter-source"
          />
          <MultiFilter
            label={t('supervision.filters.notice')}
            value={params.notice}
            options={notices}
            onChange={(notice) => update({ notice })}
            style={wide}
            testId="filter-notice"
          />
          <div style={wide}>
            <UnitSelect
              value={params.unitId}
              onChange={(v) => update({ unitId: typeof v === 'string' ? v : null })}
              placeholder={t('supervision.filters.unit')}
              allowClear
            />
          </div>
          <Select<SupervisionSort>
            value={params.sort}
            options={SUPERVISION_SORT_OPTIONS.map((s) => ({ value: s, label: t(`supervision.sort.${s}`) }))}
            onChange={(sort) => update({ sort })}
            aria-label={t('supervision.sort.label')}
            prefix={t('supervision.sort.label')}
            style={{ ...wide, minWidth: 200, maxWidth: 260 }}
          />
          <Flex wrap gap={4} align="center">
            {narrow ? null : mine}
            <ResetFilters count={filterCount} onReset={reset} label={t('supervision.filters.reset')} />
          </Flex>
        </>
      )}
    </FilterBar>
  );
}
