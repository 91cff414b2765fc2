import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { serverFieldIssues, type FieldIssue } from '../../../lib/form-errors';

/**
 * The field issues of a server error, with the formalities' own message codes (date_order,
 * make_up_on_weekday…) put into words; other codes go on to the common translation.
 */
export function useFormalityIssues(): (error: unknown) => FieldIssue[] {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) =>
      serverFieldIssues(error).map((issue) => {
        const text = t(`formalities.validation.${issue.message}`, { defaultValue: '' });
        return text ? { ...issue, message: text, code: undefined } : issue;
      }),
    [t],
  );
}
