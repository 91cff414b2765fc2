import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isApiError } from './api-client';

const MESSAGE_CODE = /^[a-z][a-z0-9_]*$/;

// The server passes zod's default English texts through for built-in checks; recognise the usual
// ones so that a Chinese screen does not show English.
const DEFAULT_TEXTS: [RegExp, string][] = [
  [/^too small/i, 'too_small'],
  [/^too big/i, 'too_big'],
  [/^invalid input: expected/i, 'invalid_type'],
  [/^invalid (string|format|uuid|date|url|email)/i, 'invalid_format'],
  [/^invalid (option|input)/i, 'invalid_value'],
];

/** Translates a validation message code ('project_code_invalid', 'too_small'…); falls back to the raw text. */
export function translateValidation(t: TFunction, message: string, issueCode?: string): string {
  if (/received (undefined|null)/.test(message)) return t('validation.required');
  const known = DEFAULT_TEXTS.find(([pattern]) => pattern.test(message))?.[1];
  for (const candidate of [message, issueCode, known]) {
    if (candidate && MESSAGE_CODE.test(candidate) && t(`validation.${candidate}`, { defaultValue: '' })) {
      return t(`validation.${candidate}`);
    }
  }
  return message;
}

function fieldLabel(t: TFunction, field: string): string {
  return MESSAGE_CODE.test(field) || /^[a-zA-Z]+$/.test(field)
    ? t(`project.fields.${field}`, { defaultValue: field })
    : field;
}

/** One human sentence for any error thrown by the API client (or anything else). */
export function describeError(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unknown');
  switch (error.code) {
    case 'too_many_requests': {
      if (error.retryAfter === null) return t('errors.too_many_requests_now');
      return t('errors.too_many_requests', { minutes: Math.max(1, Math.ceil(error.retryAfter / 60)) });
    }
    case 'duplicate': {
      const details = error.details;
      if (typeof details === 'object' && details !== null && 'field' in details) {
        const field = details.field;
        if (typeof field === 'string') return t('errors.duplicateField', { field: fieldLabel(t, field) });
      }
      return t('errors.duplicate');
    }
    default: {
      const translated = t(`errors.${error.code}`, { defaultValue: '' });
      return translated || t('errors.unknown');
    }
  }
}

export function useDescribeError(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback((error: unknown) => describeError(t, error), [t]);
}
