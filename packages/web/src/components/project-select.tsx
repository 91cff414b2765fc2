import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchProjectOptions, progressKeys } from '../lib/progress-api';
import { RemoteSelect, type SelectOption } from './remote-select';

type Props = {
  value: string | null;
  onChange: (id: string | null) => void;
  /** The label of the current value, so that it shows before any search. */
  known?: SelectOption | null;
  id?: string;
};

/** Searches the projects the user can see by name or code. */
export function ProjectSelect({ value, onChange, known, id }: Props) {
  const { t } = useTranslation();
  const queryKey = useCallback((q: string) => progressKeys.projectOptions(q, 20), []);
  const fetchOptions = useCallback(async (q: string, signal: AbortSignal): Promise<SelectOption[]> => {
    const list = await fetchProjectOptions(q, 20, signal);
    return list.items.map((p) => ({ value: p.id, label: p.code ? `${p.name}（${p.code}）` : p.name }));
  }, []);
  return (
    <RemoteSelect
      id={id}
      value={value}
      onChange={(v) => onChange(typeof v === 'string' ? v : null)}
      knownOptions={known ? [known] : undefined}
      queryKey={queryKey}
      fetchOptions={fetchOptions}
      placeholder={t('progress.searchProject')}
      allowClear={false}
    />
  );
}
