import { useState } from 'react';
import { Badge, Button, Flex, Grid, Segmented, Select } from 'antd';
import { FilterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DIRECTION_LABELS, DIRECTIONS, type Direction, type Ref } from '@tuijin/shared';
import { useEnumOptions } from '../../../lib/use-locale';
import type { WarningColour } from '../api/warnings-api';
import { useFacets } from '../hooks/use-warnings';
import type { WarningsParams } from '../hooks/use-warnings-params';

type Props = {
  params: WarningsParams;
  update: (patch: Partial<WarningsParams>) => void;
  reset: () => void;
  filterCount: number;
};

type ColourChoice = WarningColour | 'all';

function refOptions(refs: readonly Ref[] | undefined) {
  return (refs ?? []).map((r) => ({ value: r.id, label: r.name }));
}

export function WarningFilters({ params, update, reset, filterCount }: Props) {
  const { t } = useTranslation();
  const facets = useFacets();
  const directionOptions = useEnumOptions(DIRECTIONS, DIRECTION_LABELS);
  // On a phone the selects fold behind one button so the list stays in view.
  const narrow = Grid.useBreakpoint().md === false;
  const [expanded, setExpanded] = useState(false);
  const width = narrow ? '100%' : 220;
  const folded = filterCount - (params.colour ? 1 : 0);

  const refSelect = (key: 'leaderId' | 'unitId', refs: readonly Ref[] | undefined, label: string) => (
    <Select<string>
      aria-label={label}
      placeholder={label}
      style={{ width }}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={facets.isPending}
      value={params[key] ?? undefined}
      onChange={(v) => update({ [key]: v ?? null })}
      options={refOptions(refs)}
      data-testid={`warning-filter-${key}`}
    />
  );

  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }} role="search">
      <Segmented<ColourChoice>
        aria-label={t('warnings.filters.colour')}
        value={params.colour ?? 'all'}
        onChange={(v) => update({ colour: v === 'all' ? null : v })}
        options={[
          { value: 'all', label: t('warnings.filters.all') },
          { value: 'red', label: t('indicators.lights.red') },
          { value: 'yellow', label: t('indicators.lights.yellow') },
        ]}
        data-testid="warning-colour-filter"
      />
      {narrow ? (
        <Badge count={folded} size="small">
          <Button icon={<FilterOutlined />} onClick={() => setExpanded((v) => !v)} aria-expanded={expanded}>
            {t('warnings.filters.more')}
          </Button>
        </Badge>
      ) : null}
      {!narrow || expanded ? (
        <>
          {refSelect('leaderId', facets.data?.leaders, t('warnings.filters.leader'))}
          {refSelect('unitId', facets.data?.units, t('warnings.filters.unit'))}
          <Select<Direction>
            aria-label={t('warnings.filters.direction')}
            placeholder={t('warnings.filters.direction')}
            style={{ width }}
            allowClear
            value={params.direction ?? undefined}
            onChange={(v) => update({ direction: v ?? null })}
            options={directionOptions}
            data-testid="warning-filter-direction"
          />
        </>
      ) : null}
      {filterCount > 0 ? (
        <Button type="link" onClick={reset}>
          {t('warnings.filters.reset')}
        </Button>
      ) : null}
    </Flex>
  );
}
