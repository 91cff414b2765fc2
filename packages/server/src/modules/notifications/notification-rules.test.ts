import { describe, expect, it } from 'vitest';
import { reportDueBucket, retryDelayMs } from './notification-rules.js';

describe('retry back-off', () => {
  it('doubles from the base after each failure, up to the cap, until the attempts are used', () => {
    const policy = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 5000 };
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, policy))).toEqual([1000, 2000, 4000, 5000]);
    expect(retryDelayMs(5, policy)).toBeNull();
    expect(retryDelayMs(9, policy)).toBeNull();
  });

  it('defaults: 30 s, 1 min, 2 min, 4 min, 8 min, then failed after the sixth attempt', () => {
    expect([1, 2, 3, 4, 5].map((a) => retryDelayMs(a))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(6)).toBeNull();
  });
});

describe('report due reminders', () => {
  it('one as the last three days start, one on the day, one a week while overdue', () => {
    expect(reportDueBucket(4)).toBeNull();
    expect([3, 2, 1].map(reportDueBucket)).toEqual(['soon', 'soon', 'soon']);
    expect(reportDueBucket(0)).toBe('today');
    expect([-1, -7].map(reportDueBucket)).toEqual(['late-w0', 'late-w0']);
    expect([-8, -14].map(reportDueBucket)).toEqual(['late-w1', 'late-w1']);
    expect(reportDueBucket(-15)).toBe('late-w2');
  });
});
