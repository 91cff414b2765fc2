import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DIRECTION_LABELS,
  FIELD_LABELS,
  INVESTOR_TYPE_LABELS,
  STAGE_LABELS,
  type Locale,
  type SlotList,
} from '@tuijin/shared';
import { formatDateTime, formatMoney } from '../../../lib/format';
import { useLocale } from '../../../lib/use-locale';
import { useProjectFacets } from './use-projects';

type LabelTable = Record<string, Record<Locale, string>>;

const ENUM_FIELDS: Record<string, LabelTable> = {
  stage: STAGE_LABELS,
  investorType: INVESTOR_TYPE_LABELS,
  field: FIELD_LABELS,
  direction: DIRECTION_LABELS,
};

const MONEY_FIELDS = new Set(['totalInvestment']);
const FIELD_KEY = /^[a-zA-Z][a-zA-Z0-9_]*$/;

/**
 * Turns journal values into readable text: money in 万元, enums and booleans labelled, ids resolved
 * to names where the facets know them. Unknown shapes fall back to a compact text form.
 */
export function useChangeFormatter(slots: SlotList | undefined) {
  const { t } = useTranslation();
  const locale = useLocale();
  const facets = useProjectFacets();

  const names = useMemo(() => {
    const map = new Map<string, string>();
    const f = facets.data;
    if (f)
      for (const ref of [...f.leaders, ...f.units, ...f.streets, ...f.owners, ...f.tags]) map.set(ref.id, ref.name);
    return map;
  }, [facets.data]);

  const fieldLabel = useCallback(
    (field: string): string => {
      const slot = slots?.slots.find((s) => s.key === field);
      if (slot) return locale === 'zh-CN' ? slot.labelZh : slot.labelEn;
      if (FIELD_KEY.test(field)) return t(`project.fields.${field}`, { defaultValue: field });
      return field;
    },
    [slots, locale, t],
  );

  const formatValue = useCallback(
    (field: string, value: unknown): string => {
      const none = t('common.none');
      const one = (v: unknown): string => {
        if (v === null || v === undefined || v === '') return none;
        if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
        if (typeof v === 'number') return String(v);
        if (typeof v === 'string') {
          if (field.endsWith('At')) return formatDateTime(v);
          if (MONEY_FIELDS.has(field)) return `${formatMoney(v)} ${t('common.wan')}`;
          const table = ENUM_FIELDS[field];
          const labels = table?.[v];
          if (labels) return labels[locale];
          return names.get(v) ?? v;
        }
        if (Array.isArray(v)) return v.length === 0 ? none : v.map(one).join('、');
        if (typeof v === 'object') {
          const o = v as Record<string, unknown>;
          for (const key of ['name', 'displayName', 'text']) {
            if (typeof o[key] === 'string' && o[key]) return o[key];
          }
          for (const key of ['userId', 'unitId', 'id']) {
            if (typeof o[key] === 'string') return names.get(o[key]) ?? o[key];
          }
          return JSON.stringify(v);
        }
        // What remains are bigint and symbol values, which journal JSON never holds.
        return typeof v === 'bigint' ? v.toString() : '';
      };
      return one(value);
    },
    [t, locale, names],
  );

  return { fieldLabel, formatValue };
}
