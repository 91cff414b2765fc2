import { useCallback } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegionLevel, Role, UnitKind } from '@tuijin/shared';
import { fetchUnits, fetchUsers } from '../lib/org-api';
import { useRegions } from '../lib/use-org-lookups';
import { RemoteSelect, type RemoteSelectProps, type SelectOption } from './remote-select';

type Common = Pick<
  RemoteSelectProps,
  'value' | 'onChange' | 'multiple' | 'knownOptions' | 'placeholder' | 'disabled' | 'allowClear' | 'id'
>;

export function UserSelect({ role, ...rest }: Common & { role?: Role }) {
  const { t } = useTranslation();
  const queryKey = useCallback((q: string) => ['users', 'options', role ?? 'any', q], [role]);
  const fetchOptions = useCallback(
    async (q: string, signal: AbortSignal): Promise<SelectOption[]> => {
      const list = await fetchUsers({ q: q || undefined, role, pageSize: 20 }, signal);
      return list.items.map((u) => ({
        value: u.id,
        label: u.unit ? `${u.displayName}（${u.unit.name}）` : u.displayName,
      }));
    },
    [role],
  );
  return (
    <RemoteSelect placeholder={t('detail.searchUser')} {...rest} queryKey={queryKey} fetchOptions={fetchOptions} />
  );
}

export function UnitSelect({ kind, ...rest }: Common & { kind?: UnitKind }) {
  const { t } = useTranslation();
  const queryKey = useCallback((q: string) => ['units', 'options', kind ?? 'any', q], [kind]);
  const fetchOptions = useCallback(
    async (q: string, signal: AbortSignal): Promise<SelectOption[]> => {
      const list = await fetchUnits({ q: q || undefined, kind, pageSize: 50 }, signal);
      return list.items.filter((u) => !u.archivedAt).map((u) => ({ value: u.id, label: u.name }));
    },
    [kind],
  );
  return (
    <RemoteSelect placeholder={t('detail.searchUnit')} {...rest} queryKey={queryKey} fetchOptions={fetchOptions} />
  );
}

type RegionSelectProps = {
  levels: readonly RegionLevel[];
  value?: string | null;
  onChange?: (value: string | null) => void;
  disabled?: boolean;
  placeholder?: string;
  id?: string;
};

/** Regions are few (streets of one district and the levels above); they are loaded whole. */
export function RegionSelect({ levels, value, onChange, disabled, placeholder, id }: RegionSelectProps) {
  const { regions, loading } = useRegions(levels);
  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={regions.map((r) => ({ value: r.id, label: r.name }))}
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      allowClear
      disabled={disabled}
      placeholder={placeholder}
      style={{ width: '100%' }}
    />
  );
}
