import { useState } from 'react';
import { Badge, Button, Flex, Grid, Input, Segmented, Select } from 'antd';
import { FilterOutlined, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  DIRECTION_LABELS,
  DIRECTIONS,
  FIELD_LABELS,
  FIELDS,
  INVESTOR_TYPE_LABELS,
  INVESTOR_TYPES,
  STAGE_LABELS,
  STAGES,
  TAG_CATEGORY_LABELS,
  type Ref,
} from '@tuijin/shared';
import { useEnumLabel, useEnumOptions } from '../../../lib/use-locale';
import type { ArchivedFilter, RegistryParams } from '../api/projects-api';
import { useProjectFacets } from '../hooks/use-projects';

type Props = {
  params: RegistryParams;
  update: (patch: Partial<RegistryParams>) => void;
  reset: () => void;
  isFiltered: boolean;
};

function refOptions(refs: readonly Ref[] | undefined) {
  return (refs ?? []).map((r) => ({ value: r.id, label: r.name }));
}

type KeywordProps = {
  initial: string;
  label: string;
  placeholder: string;
  onCommit: (q: string) => void;
  width?: number;
};

/** Commits on Enter, on leaving the field and on clearing, not on every keystroke. */
function KeywordInput({ initial, label, placeholder, onCommit, width }: KeywordProps) {
  const [value, setValue] = useState(initial);
  const commit = (next: string) => {
    if (next.trim() !== initial) onCommit(next.trim());
  };
  return (
    <Input
      aria-label={label}
      placeholder={placeholder}
      prefix={<SearchOutlined />}
      allowClear
      value={value}
      onChange={(e) => {
        setValue(e.target.value);
        if (e.target.value === '') commit('');
      }}
      onPressEnter={() => commit(value)}
      onBlur={() => commit(value)}
      style={width ? { width } : { flex: '1 1 100%' }}
      data-testid="filter-keyword"
    />
  );
}

export function RegistryFilters({ params, update, reset, isFiltered }: Props) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const facets = useProjectFacets();
  const directionOptions = useEnumOptions(DIRECTIONS, DIRECTION_LABELS);
  const investorOptions = useEnumOptions(INVESTOR_TYPES, INVESTOR_TYPE_LABELS);
  const fieldOptions = useEnumOptions(FIELDS, FIELD_LABELS);
  const stageOptions = useEnumOptions(STAGES, STAGE_LABELS);
  const screens = Grid.useBreakpoint();
  // On a phone the dozen filters would push the table off screen: they fold behind one button.
  const narrow = screens.md === false;
  const [expanded, setExpanded] = useState(false);
  const WIDTH = narrow ? '100%' : 200;
  const active =
    params.direction.length +
    params.investorType.length +
    params.field.length +
    params.stage.length +
    [params.leaderId, params.unitId, params.streetId, params.ownerUnitId, params.tagId].filter(Boolean).length +
    (params.archived === 'false' ? 0 : 1);
  const showAll = !narrow || expanded;

  const refSelect = (
    key: 'leaderId' | 'unitId' | 'streetId' | 'ownerUnitId',
    refs: readonly Ref[] | undefined,
    label: string,
  ) => (
    <Select<string>
      aria-label={label}
      placeholder={label}
      style={{ width: WIDTH }}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={facets.isPending}
      value={params[key] ?? undefined}
      onChange={(v) => update({ [key]: v ?? null })}
      options={refOptions(refs)}
    />
  );

  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search">
      <KeywordInput
        key={params.q}
        initial={params.q}
        label={t('registry.filters.keyword')}
        placeholder={t('registry.filters.keywordPlaceholder')}
        onCommit={(q) => update({ q })}
        width={narrow ? undefined : 260}
      />
      {narrow ? (
        <Badge count={active} size="small">
          <Button icon={<FilterOutlined />} onClick={() => setExpanded((v) => !v)} aria-expanded={expanded}>
            {t('registry.filters.more')}
          </Button>
        </Badge>
      ) : null}
      {showAll ? (
        <>
          <div data-testid="filter-direction" style={{ width: narrow ? '100%' : undefined }}>
            <Select
              mode="multiple"
              aria-label={t('project.fields.direction')}
              placeholder={t('project.fields.direction')}
              style={{ width: WIDTH }}
              maxTagCount="responsive"
              allowClear
              value={params.direction}
              onChange={(v) => update({ direction: v })}
              options={directionOptions}
            />
          </div>
          <Select
            mode="multiple"
            aria-label={t('project.fields.investorType')}
            placeholder={t('project.fields.investorType')}
            style={{ width: WIDTH }}
            maxTagCount="responsive"
            allowClear
            value={params.investorType}
            onChange={(v) => update({ investorType: v })}
            options={investorOptions}
          />
          <Select
            mode="multiple"
            aria-label={t('project.fields.field')}
            placeholder={t('project.fields.field')}
            style={{ width: WIDTH }}
            maxTagCount="responsive"
            allowClear
            value={params.field}
            onChange={(v) => update({ field: v })}
            options={fieldOptions}
          />
          <div data-testid="filter-stage" style={{ width: narrow ? '100%' : undefined }}>
            <Select
              mode="multiple"
              aria-label={t('project.fields.stage')}
              placeholder={t('project.fields.stage')}
              style={{ width: WIDTH }}
              maxTagCount="responsive"
              allowClear
              value={params.stage}
              onChange={(v) => update({ stage: v })}
              options={stageOptions}
            />
          </div>
          {refSelect('leaderId', facets.data?.leaders, t('project.fields.leader'))}
          {refSelect('unitId', facets.data?.units, t('project.fields.responsibleUnit'))}
          {refSelect('streetId', facets.data?.streets, t('project.fields.street'))}
          {refSelect('ownerUnitId', facets.data?.owners, t('project.fields.owner'))}
          <Select<string>
            aria-label={t('project.fields.tags')}
            placeholder={t('project.fields.tags')}
            style={{ width: WIDTH }}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={params.tagId ?? undefined}
            onChange={(v) => update({ tagId: v ?? null })}
            options={(facets.data?.tags ?? []).map((tag) => ({
              value: tag.id,
              label: `${enumLabel(TAG_CATEGORY_LABELS, tag.category)} · ${tag.name}`,
            }))}
          />
          <Segmented<ArchivedFilter>
            aria-label={t('registry.filters.archived')}
            value={params.archived}
            onChange={(v) => update({ archived: v })}
            options={[
              { value: 'false', label: t('registry.filters.inLibrary') },
              { value: 'true', label: t('registry.filters.archivedOnly') },
              { value: 'all', label: t('registry.filters.all') },
            ]}
          />
        </>
      ) : null}
      {isFiltered ? (
        <Button type="link" onClick={reset}>
          {t('registry.filters.reset')}
        </Button>
      ) : null}
    </Flex>
  );
}
