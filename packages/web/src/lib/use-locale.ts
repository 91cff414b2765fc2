import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { label, type Locale } from '@tuijin/shared';
import { toAppLocale, type AppLocale } from './i18n/i18n';

type LabelTable<K extends string> = Record<K, Record<Locale, string>>;

export function useLocale(): AppLocale {
  const { i18n } = useTranslation();
  return toAppLocale(i18n.language);
}

/** Returns a function translating an enum key with one of the shared label tables. */
export function useEnumLabel(): <K extends string>(labels: LabelTable<K>, key: K) => string {
  const locale = useLocale();
  return useCallback(<K extends string>(labels: LabelTable<K>, key: K) => label(labels, key, locale), [locale]);
}

/** Select options for an enum, labelled in the current language. */
export function useEnumOptions<K extends string>(
  values: readonly K[],
  labels: LabelTable<K>,
): { value: K; label: string }[] {
  const locale = useLocale();
  return values.map((value) => ({ value, label: label(labels, value, locale) }));
}
