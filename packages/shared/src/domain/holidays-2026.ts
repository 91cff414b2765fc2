import type { CalendarEntry } from './workdays.js';

/**
 * The national holiday arrangement for 2026 (国务院办公厅关于2026年部分节假日安排的通知,
 * 4 November 2025), as calendar rows: seed data for a district's calendar (the demo district, a
 * new deployment) and a fixture for tests. The code never assumes it: the administrator keeps the
 * calendar, and may add local days.
 *   元旦 1–3 Jan off, Sun 4 Jan worked;      春节 15–23 Feb off, Sat 14 and Sat 28 Feb worked;
 *   清明 4–6 Apr off;                          劳动节 1–5 May off, Sat 9 May worked;
 *   端午 19–21 Jun off;                        中秋 25–27 Sep off;
 *   国庆 1–7 Oct off, Sun 20 Sep and Sat 10 Oct worked.
 */
export const HOLIDAYS_2026: readonly (CalendarEntry & { name: string })[] = [
  ...days('元旦', '2026-01', 1, 3),
  { date: '2026-01-04', kind: 'make_up_workday', name: '元旦' },
  { date: '2026-02-14', kind: 'make_up_workday', name: '春节' },
  ...days('春节', '2026-02', 15, 23),
  { date: '2026-02-28', kind: 'make_up_workday', name: '春节' },
  ...days('清明节', '2026-04', 4, 6),
  ...days('劳动节', '2026-05', 1, 5),
  { date: '2026-05-09', kind: 'make_up_workday', name: '劳动节' },
  ...days('端午节', '2026-06', 19, 21),
  { date: '2026-09-20', kind: 'make_up_workday', name: '国庆节' },
  ...days('中秋节', '2026-09', 25, 27),
  ...days('国庆节', '2026-10', 1, 7),
  { date: '2026-10-10', kind: 'make_up_workday', name: '国庆节' },
];

/** Holiday rows for days first..last of one month (no range here crosses a month end). */
function days(name: string, month: string, first: number, last: number): (CalendarEntry & { name: string })[] {
  const out: (CalendarEntry & { name: string })[] = [];
  for (let d = first; d <= last; d++)
    out.push({ date: `${month}-${String(d).padStart(2, '0')}`, kind: 'holiday', name });
  return out;
}
