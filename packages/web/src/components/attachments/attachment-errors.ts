import type { TFunction } from 'i18next';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/error-messages';

export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number(mb.toFixed(1))} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} B`;
}

function detail(error: unknown, key: string): unknown {
  if (!isApiError(error) || typeof error.details !== 'object' || error.details === null) return undefined;
  return (error.details as Record<string, unknown>)[key];
}

/** The sentence for a refused upload or delete: which file, and what to do about it. */
export function explainAttachmentError(
  t: TFunction,
  error: unknown,
  ctx: { size: string; limit: number; left: number },
): string {
  const name = detail(error, 'filename');
  const max = detail(error, 'maxBytes');
  const size = typeof max === 'number' ? formatSize(max) : ctx.size;
  if (isApiError(error, 'payload_too_large'))
    return typeof name === 'string' && name
      ? t('attachments.errors.tooLarge', { name, size })
      : t('attachments.errors.tooLargeAny', { size });
  if (isApiError(error, 'unsupported_media_type') && typeof name === 'string')
    return t('attachments.errors.wrongType', { name });
  if (isApiError(error, 'conflict'))
    return detail(error, 'reason') === 'file_limit'
      ? t('attachments.errors.tooMany', { limit: ctx.limit, left: ctx.left })
      : t('attachments.errors.locked');
  return describeError(t, error);
}

/** Checked before sending, to spare a phone the upload; the server checks again, by the bytes. */
export function precheck(
  t: TFunction,
  files: readonly File[],
  accept: readonly string[],
  ctx: { size: string; maxBytes: number; limit: number; left: number },
): string | null {
  if (files.length > ctx.left) return t('attachments.errors.tooMany', { limit: ctx.limit, left: ctx.left });
  const big = files.find((f) => f.size > ctx.maxBytes);
  if (big) return t('attachments.errors.tooLarge', { name: big.name, size: ctx.size });
  const wrong = files.find((f) => !accept.some((ext) => f.name.toLowerCase().endsWith(ext)));
  if (wrong) return t('attachments.errors.wrongType', { name: wrong.name });
  return null;
}
