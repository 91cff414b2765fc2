// The time the app believes it is. Real time in production; in tests (TUIJIN_TEST_CLOCK=1 with
// NODE_ENV=test) a clock the browser journeys can move forward to see a due date pass.

export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** Real time plus an offset that tests set; moving it never stops time. */
export class TestClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  /** Makes now() read `at` (and keep running from there). */
  set(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }
  reset(): void {
    this.offsetMs = 0;
  }
}
