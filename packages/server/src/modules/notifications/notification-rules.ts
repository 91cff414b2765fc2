// Pure rules of the notifications: when the outbox tries a message again, and which reminders a
// report that falls due gets.

export type RetryPolicy = {
  /** Attempts in all (the first send included); after the last failure the message is 'failed'. */
  maxAttempts: number;
  /** Wait after the first failure; doubled after each further one. */
  baseDelayMs: number;
  /** Longest wait between two attempts. */
  maxDelayMs: number;
};

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 30_000, maxDelayMs: 60 * 60_000 };

/**
 * After `attempts` failed attempts: null when the message has used them all, else how long to
 * wait before the next one (30 s, 1 min, 2 min, 4 min… with the defaults).
 */
export function retryDelayMs(attempts: number, policy: RetryPolicy = DEFAULT_RETRY): number | null {
  if (attempts >= policy.maxAttempts) return null;
  const factor = 2 ** Math.max(0, attempts - 1);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * factor);
}

/** Reminders start this many days before a report's due day. */
export const REMIND_DAYS_BEFORE = 3;

/**
 * The reminder a report gets when `daysLeft` days remain (negative when overdue): one as it
 * enters the last three days, one on the due day, then one a week while it stays overdue
 * (the first day after, then 8, 15… days after). Null when it is not yet time. Part of the
 * dedupe key, so a day's run and a second run on the same day give one reminder.
 */
export function reportDueBucket(daysLeft: number): string | null {
  if (daysLeft > REMIND_DAYS_BEFORE) return null;
  if (daysLeft > 0) return 'soon';
  if (daysLeft === 0) return 'today';
  return `late-w${Math.floor((-daysLeft - 1) / 7)}`;
}
