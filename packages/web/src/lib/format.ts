import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { formatWan } from '@tuijin/shared';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Periods and times are read in the district's zone, whatever the browser's zone is. */
export const DISTRICT_TZ = 'Asia/Shanghai';
export const DATE_FORMAT = 'YYYY-MM-DD';

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs.utc(iso);
  return d.isValid() ? d.tz(DISTRICT_TZ).format('YYYY-MM-DD HH:mm') : iso;
}

/** Calendar dates travel as YYYY-MM-DD and are shown as they are: no zone shift. */
export function formatDate(date: string | null | undefined): string {
  return date ?? '';
}

/** 元 string → "1,234.56" in 万元; empty for missing values. */
export function formatMoney(yuan: string | null | undefined): string {
  if (yuan === null || yuan === undefined || yuan === '') return '';
  try {
    return formatWan(yuan);
  } catch {
    // A malformed amount should never break a page; show it as received.
    return yuan;
  }
}
