import { describe, expect, it } from 'vitest';
import {
  NO_HOLIDAYS,
  addDays,
  addWorkingDays,
  calendarIssues,
  dateOfDayNumber,
  dayNumber,
  dayOfWeek,
  isWeekend,
  isWorkingDay,
  stepDeadline,
  workCalendar,
  workingDayOnOrAfter,
  workingDaysBetween,
  type CalendarEntry,
} from './workdays.js';
import { HOLIDAYS_2026 } from './holidays-2026.js';

// The official 2026 arrangement (国务院办公厅关于2026年部分节假日安排的通知, 4 November 2025):
//   元旦 1–3 Jan off, Sun 4 Jan worked; 春节 15–23 Feb off, Sat 14 Feb and Sat 28 Feb worked;
//   清明 4–6 Apr off; 劳动节 1–5 May off, Sat 9 May worked; 端午 19–21 Jun off;
//   中秋 25–27 Sep off; 国庆 1–7 Oct off, Sun 20 Sep and Sat 10 Oct worked.
// Days of the week used below: 1 Jan 2026 is a Thursday, so is 1 Oct; 18 Sep is a Friday.
function range(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}
const holidays2026 = [
  ...range('2026-01-01', '2026-01-03'),
  ...range('2026-02-15', '2026-02-23'),
  ...range('2026-04-04', '2026-04-06'),
  ...range('2026-05-01', '2026-05-05'),
  ...range('2026-06-19', '2026-06-21'),
  ...range('2026-09-25', '2026-09-27'),
  ...range('2026-10-01', '2026-10-07'),
];
const makeUp2026 = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];
const entries2026: CalendarEntry[] = [
  ...holidays2026.map((date) => ({ date, kind: 'holiday' as const })),
  ...makeUp2026.map((date) => ({ date, kind: 'make_up_workday' as const })),
];
const cal2026 = workCalendar(entries2026);

describe('civil dates', () => {
  it('numbers days from 1970-01-01 and back, without the machine zone', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dateOfDayNumber(-1)).toBe('1969-12-31');
    expect(() => dayNumber('2026-02-29')).toThrow(RangeError); // 2026 is not a leap year
    expect(() => dayNumber('2026-9-1')).toThrow(RangeError);
    expect(dayNumber('2028-02-29') - dayNumber('2028-02-28')).toBe(1);
  });

  it('adds calendar days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2028-02-28', 2)).toBe('2028-03-01');
  });

  it('knows the day of the week (ISO: Monday 1 … Sunday 7)', () => {
    expect(dayOfWeek('2026-01-01')).toBe(4); // Thursday
    expect(dayOfWeek('2026-09-20')).toBe(7); // Sunday
    expect(dayOfWeek('2026-10-10')).toBe(6); // Saturday
    expect(dayOfWeek('2028-02-29')).toBe(2); // 1 Jan 2028 Saturday + 59 days (59 mod 7 = 3) → Tuesday
    expect(dayOfWeek('1969-12-29')).toBe(1); // before day 0 too: Monday
    expect(isWeekend('2026-02-14')).toBe(true);
    expect(isWeekend('2026-02-13')).toBe(false);
  });
});

describe('working days with the 2026 calendar', () => {
  it('makes make-up Saturdays and Sundays working days and holidays days off', () => {
    expect(isWorkingDay('2026-09-20', cal2026)).toBe(true); // Sunday, make-up
    expect(isWorkingDay('2026-10-10', cal2026)).toBe(true); // Saturday, make-up
    expect(isWorkingDay('2026-10-11', cal2026)).toBe(false); // plain Sunday
    expect(isWorkingDay('2026-09-25', cal2026)).toBe(false); // Friday, 中秋
    expect(isWorkingDay('2026-10-01', cal2026)).toBe(false); // Thursday, 国庆
    expect(isWorkingDay('2026-10-08', cal2026)).toBe(true); // Thursday after the holiday
    expect(isWorkingDay('2026-02-14', cal2026)).toBe(true);
    expect(isWorkingDay('2026-02-23', cal2026)).toBe(false); // Monday, last day of 春节
    expect(isWorkingDay('2026-09-20', NO_HOLIDAYS)).toBe(false);
    expect(isWorkingDay('2026-10-01', NO_HOLIDAYS)).toBe(true);
  });

  it('counts a 20-working-day limit across 中秋 and 国庆 from the day after acceptance', () => {
    // Accepted Fri 18 Sep. Not counted. Then:
    //  Sat 19 off; Sun 20 make-up #1; Mon 21–Thu 24 #2–#5; Fri 25–Sun 27 中秋 off;
    //  Mon 28–Wed 30 #6–#8; 1–7 Oct 国庆 off; Thu 8 #9, Fri 9 #10, Sat 10 make-up #11;
    //  Sun 11 off; Mon 12–Fri 16 #12–#16; Mon 19–Thu 22 #17–#20 → 22 October.
    expect(stepDeadline('2026-09-18', 20, cal2026)).toBe('2026-10-22');
    // Plain weeks would give Fri 16 Oct (four full weeks); 6 weekday holidays (25 Sep, 1, 2, 5, 6,
    // 7 Oct) minus 2 make-up days = 4 more working days: 19, 20, 21, 22 Oct. Same answer.
    expect(stepDeadline('2026-09-18', 20, NO_HOLIDAYS)).toBe('2026-10-16');
    expect(workingDaysBetween('2026-09-18', '2026-10-22', cal2026)).toBe(20);
    expect(workingDaysBetween('2026-09-18', '2026-10-21', cal2026)).toBe(19);
  });

  it('counts across 春节 with its two make-up Saturdays, into March', () => {
    // Accepted Thu 12 Feb: Fri 13 #1, Sat 14 make-up #2, 15–23 Feb off, Tue 24 #3, Wed 25 #4, Thu 26 #5.
    expect(addWorkingDays('2026-02-12', 5, cal2026)).toBe('2026-02-26');
    // Fri 27 #6, Sat 28 make-up #7: a limit can end on a Saturday.
    expect(addWorkingDays('2026-02-12', 7, cal2026)).toBe('2026-02-28');
    // Sun 1 Mar off, Mon 2 Mar #8.
    expect(addWorkingDays('2026-02-12', 8, cal2026)).toBe('2026-03-02');
    // 13 Feb through 2 Mar: weekdays 13, 16–20, 23–27, 2 Mar = 12; minus 6 weekday holidays
    // (16–20, 23 Feb) = 6; plus 2 make-up Saturdays = 8.
    expect(workingDaysBetween('2026-02-12', '2026-03-02', cal2026)).toBe(8);
  });

  it('crosses the year boundary into 元旦 and its make-up Sunday', () => {
    // Accepted Tue 30 Dec 2025: Wed 31 #1; 1–3 Jan off; Sun 4 Jan make-up #2; Mon 5 Jan #3.
    expect(addWorkingDays('2025-12-30', 3, cal2026)).toBe('2026-01-05');
    expect(workingDaysBetween('2025-12-30', '2026-01-05', cal2026)).toBe(3);
  });

  it('counts every working day of 2026', () => {
    // 365 days from Thursday 1 Jan = 52 weeks + 1 Thursday → 52 × 5 + 1 = 261 weekdays.
    // Weekday holidays: 1, 2 Jan (2); 16–20, 23 Feb (6); 6 Apr (1); 1, 4, 5 May (3); 19 Jun (1);
    // 25 Sep (1); 1, 2, 5, 6, 7 Oct (5) = 19. Make-up days: 6. 261 − 19 + 6 = 248.
    expect(workingDaysBetween('2025-12-31', '2026-12-31', cal2026)).toBe(248);
    expect(workingDaysBetween('2025-12-31', '2026-12-31', NO_HOLIDAYS)).toBe(261);
  });

  it('excludes the start, includes the end, and counts backwards with a minus sign', () => {
    expect(workingDaysBetween('2026-09-30', '2026-10-08', cal2026)).toBe(1); // only 8 Oct
    expect(workingDaysBetween('2026-10-08', '2026-09-30', cal2026)).toBe(-1);
    expect(workingDaysBetween('2026-10-08', '2026-10-08', cal2026)).toBe(0);
    // Start on a holiday: from 1 Oct, the first working day counted is Thu 8 Oct.
    expect(addWorkingDays('2026-10-01', 1, cal2026)).toBe('2026-10-08');
    // Zero days: the same day, even a holiday (same-day filing).
    expect(addWorkingDays('2026-10-01', 0, cal2026)).toBe('2026-10-01');
    // Back from Mon 12 Oct: Sun 11 off, Sat 10 make-up −1, Fri 9 −2.
    expect(addWorkingDays('2026-10-12', -2, cal2026)).toBe('2026-10-09');
    expect(addWorkingDays('2026-10-08', -1, cal2026)).toBe('2026-09-30');
    expect(workingDaysBetween('2026-10-12', '2026-10-09', cal2026)).toBe(-2);
    expect(() => addWorkingDays('2026-10-08', 1.5, cal2026)).toThrow(RangeError);
    expect(() => stepDeadline('2026-10-08', -1, cal2026)).toThrow(RangeError);
  });

  it('finds the first working day on or after a date', () => {
    expect(workingDayOnOrAfter('2026-10-01', cal2026)).toBe('2026-10-08');
    expect(workingDayOnOrAfter('2026-10-10', cal2026)).toBe('2026-10-10'); // make-up Saturday
    expect(workingDayOnOrAfter('2026-10-11', cal2026)).toBe('2026-10-12');
  });

  it('agrees with itself: the count of the n-th working day is n', () => {
    for (const start of ['2026-01-01', '2026-02-13', '2026-09-19', '2026-10-10', '2026-12-30']) {
      for (const n of [1, 2, 5, 10, 20, 60, 120]) {
        expect(workingDaysBetween(start, addWorkingDays(start, n, cal2026), cal2026)).toBe(n);
        // Backwards: t is a working day and t…the day before start holds exactly n working days.
        const t = addWorkingDays(start, -n, cal2026);
        expect(isWorkingDay(t, cal2026)).toBe(true);
        expect(workingDaysBetween(addDays(t, -1), addDays(start, -1), cal2026)).toBe(n);
      }
    }
  });
});

describe('leap year 2028', () => {
  it('counts 29 February as a working day in plain weeks', () => {
    // Fri 25 Feb 2028: Mon 28 #1, Tue 29 #2, Wed 1 Mar #3.
    expect(addWorkingDays('2028-02-25', 3, NO_HOLIDAYS)).toBe('2028-03-01');
    expect(workingDaysBetween('2028-02-25', '2028-03-01', NO_HOLIDAYS)).toBe(3);
    // 2027 has no 29 Feb: Fri 26 Feb 2027: Mon 1 Mar #1, Tue 2 Mar #2.
    expect(addWorkingDays('2027-02-26', 2, NO_HOLIDAYS)).toBe('2027-03-02');
  });

  it('honours a holiday on 29 February (an invented example calendar, not an official one)', () => {
    const example = workCalendar([{ date: '2028-02-29', kind: 'holiday' }]);
    // Fri 25 Feb: Mon 28 #1, Tue 29 off, Wed 1 Mar #2.
    expect(addWorkingDays('2028-02-25', 2, example)).toBe('2028-03-01');
    expect(workingDaysBetween('2028-02-25', '2028-03-01', example)).toBe(2);
  });
});

describe('calendar rows', () => {
  it('ships the 2026 arrangement as seed rows, the same as the list above', () => {
    const seeded = workCalendar(HOLIDAYS_2026);
    expect([...seeded.holidays].sort()).toEqual([...cal2026.holidays].sort());
    expect([...seeded.makeUpWorkdays].sort()).toEqual([...cal2026.makeUpWorkdays].sort());
    expect(HOLIDAYS_2026.length).toBe(33 + 6); // 3 + 9 + 3 + 5 + 3 + 3 + 7 days off, 6 days worked
    expect(calendarIssues(HOLIDAYS_2026)).toEqual([]);
  });

  it('rejects invalid dates when building', () => {
    expect(() => workCalendar([{ date: '2026-02-29', kind: 'holiday' }])).toThrow(RangeError);
  });

  it('tells the administrator what is wrong or pointless', () => {
    expect(calendarIssues(entries2026)).toEqual([]);
    expect(
      calendarIssues([
        { date: '2026-02-30', kind: 'holiday' },
        { date: '2026-10-09', kind: 'make_up_workday' }, // a Friday: already a working day
        { date: '2026-10-01', kind: 'holiday' },
        { date: '2026-10-01', kind: 'make_up_workday' },
      ]),
    ).toEqual([
      { date: '2026-02-30', code: 'date_invalid' },
      { date: '2026-10-09', code: 'make_up_on_weekday' },
      { date: '2026-10-01', code: 'date_listed_twice' },
      { date: '2026-10-01', code: 'make_up_on_weekday' },
    ]);
  });

  it('counts a date listed both ways as a working day, consistently', () => {
    const both = workCalendar([
      { date: '2026-10-10', kind: 'holiday' },
      { date: '2026-10-10', kind: 'make_up_workday' },
      { date: '2026-10-09', kind: 'holiday' },
      { date: '2026-10-09', kind: 'make_up_workday' },
    ]);
    expect(isWorkingDay('2026-10-10', both)).toBe(true);
    expect(isWorkingDay('2026-10-09', both)).toBe(true);
    // 8 Oct (Thu) → 12 Oct (Mon): 9 Fri, 10 Sat make-up, 12 Mon = 3.
    expect(workingDaysBetween('2026-10-08', '2026-10-12', both)).toBe(3);
  });
});
