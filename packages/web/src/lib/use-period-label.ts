import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { periodMonth, periodYear } from './periods';

/** 'YYYY-MM' → "2026年5月" / "May 2026". */
export function usePeriodLabel(): (period: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (period: string) =>
      t('progress.periodLabel', {
        year: periodYear(period),
        month: periodMonth(period),
        monthName: t(`progress.monthNames.${periodMonth(period) - 1}`),
      }),
    [t],
  );
}
