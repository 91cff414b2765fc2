import { useMemo, useState } from 'react';
import { Select } from 'antd';
import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useDebouncedValue } from '../lib/use-debounced-value';

export type SelectOption = { value: string; label: string };

type Value = string | string[] | null | undefined;

export type RemoteSelectProps = {
  value?: Value;
  onChange?: (value: string | string[] | null) => void;
  multiple?: boolean;
  /** Labels for values that are already set, so the select shows names before any search. */
  knownOptions?: readonly SelectOption[];
  queryKey: (search: string) => QueryKey;
  fetchOptions: (search: string, signal: AbortSignal) => Promise<SelectOption[]>;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  id?: string;
};

/** A select whose options are searched on the server, for lists too long to load at once. */
export function RemoteSelect(props: RemoteSelectProps) {
  const { value, onChange, multiple, knownOptions, queryKey, fetchOptions } = props;
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<SelectOption[]>([]);
  const debounced = useDebouncedValue(search.trim());
  const query = useQuery({
    queryKey: queryKey(debounced),
    queryFn: ({ signal }) => fetchOptions(debounced, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    enabled: !props.disabled,
  });

  const options = useMemo(() => {
    const all = new Map<string, SelectOption>();
    for (const o of [...(knownOptions ?? []), ...picked, ...(query.data ?? [])]) all.set(o.value, o);
    return [...all.values()];
  }, [knownOptions, picked, query.data]);

  const handleChange = (next: string | string[] | undefined) => {
    const chosen = (Array.isArray(next) ? next : next ? [next] : [])
      .map((v) => options.find((o) => o.value === v))
      .filter((o): o is SelectOption => !!o);
    setPicked((prev) => [...prev.filter((p) => !chosen.some((c) => c.value === p.value)), ...chosen]);
    onChange?.(multiple ? (Array.isArray(next) ? next : []) : typeof next === 'string' ? next : null);
  };

  return (
    <Select<string | string[]>
      id={props.id}
      mode={multiple ? 'multiple' : undefined}
      value={value ?? undefined}
      onChange={handleChange}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onOpenChange={(open) => {
        if (!open) setSearch('');
      }}
      loading={query.isFetching}
      placeholder={props.placeholder}
      disabled={props.disabled}
      allowClear={props.allowClear ?? true}
      style={{ width: '100%' }}
    />
  );
}
