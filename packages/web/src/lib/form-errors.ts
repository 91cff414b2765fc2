import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormInstance } from 'antd';
import { isApiError } from './api-client';
import { translateValidation } from './error-messages';

const EMPTY_CODES = new Set(['invalid_type', 'invalid_value', 'invalid_union', 'invalid_format', 'too_small']);

/** A problem attached to a field path, from zod on the client or from a 400/409 of the server. */
export type FieldIssue = { path: readonly PropertyKey[]; message: string; code?: string };

/** Maps a schema path to a form field name; null when the form has no such field. */
export type PathMapper = (path: readonly (string | number)[]) => (string | number)[] | null;

function isFieldIssueArray(value: unknown): value is { path: (string | number)[]; message: string }[] {
  return (
    Array.isArray(value) &&
    value.every(
      (d) =>
        typeof d === 'object' &&
        d !== null &&
        Array.isArray((d as { path?: unknown }).path) &&
        typeof (d as { message?: unknown }).message === 'string',
    )
  );
}

/** Field issues carried by a server error: validation details, or the field of a duplicate. */
export function serverFieldIssues(error: unknown): FieldIssue[] {
  if (isApiError(error, 'validation_failed') && isFieldIssueArray(error.details)) return error.details;
  if (isApiError(error, 'duplicate')) {
    const details = error.details;
    if (typeof details === 'object' && details !== null && 'field' in details) {
      const field = details.field;
      if (typeof field === 'string') return [{ path: [field], message: 'duplicate' }];
    }
  }
  return [];
}

/**
 * Puts issues on the form's fields. Returns the messages that found no field so the caller can
 * show them elsewhere (an alert above the form).
 */
export function useApplyFieldIssues(): (
  form: FormInstance,
  issues: readonly FieldIssue[],
  mapPath?: PathMapper,
) => string[] {
  const { t } = useTranslation();
  return useCallback(
    (form, issues, mapPath) => {
      const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
      const unplaced: string[] = [];
      for (const issue of issues) {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        const name = mapPath ? mapPath(path) : path.length > 0 ? path : null;
        // An empty field fails as "invalid type/option" in zod; to a person it is simply missing.
        const current: unknown = name && name.length > 0 ? form.getFieldValue(name) : undefined;
        const empty = current === undefined || current === null || current === '';
        const text =
          name && empty && issue.code && EMPTY_CODES.has(issue.code)
            ? t('validation.required')
            : translateValidation(t, issue.message, issue.code);
        if (!name || name.length === 0) {
          unplaced.push(text);
          continue;
        }
        const key = JSON.stringify(name);
        const entry = byField.get(key) ?? { name, errors: [] };
        if (!entry.errors.includes(text)) entry.errors.push(text);
        byField.set(key, entry);
      }
      form.setFields([...byField.values()]);
      return unplaced;
    },
    [t],
  );
}

/** A mapper that keeps the first path segment when the form has that field, renamed if needed. */
export function fieldMapper(known: readonly string[], rename: Record<string, string> = {}): PathMapper {
  return (path) => {
    const head = path[0];
    if (typeof head !== 'string') return null;
    const name = rename[head] ?? head;
    if (!known.includes(name)) return null;
    return [name, ...path.slice(1)];
  };
}
