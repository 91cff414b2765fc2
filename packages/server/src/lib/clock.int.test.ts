import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createTestApp } from '../test/harness.js';

describe('the test clock', () => {
  it('is refused outside NODE_ENV=test and absent unless asked for', async () => {
    expect(() => loadConfig({ TUIJIN_TEST_CLOCK: '1' })).toThrow(/TUIJIN_TEST_CLOCK/);
    const plain = await createTestApp();
    expect((await plain.app.inject({ method: 'GET', url: '/api/test/clock' })).statusCode).toBe(404);
    expect(plain.app.clock.now().getTime()).toBeCloseTo(Date.now(), -3);
  });

  it('moves the app’s time forward and back', async () => {
    const { app } = await createTestApp({ TUIJIN_TEST_CLOCK: '1' });
    const set = await app.inject({
      method: 'PUT',
      url: '/api/test/clock',
      payload: { at: '2027-03-01T00:00:00+08:00' },
    });
    expect(set.statusCode, set.body).toBe(200);
    // It keeps running from the time set: within a few seconds of it.
    const moved = app.clock.now().getTime() - Date.parse('2027-02-28T16:00:00Z');
    expect(moved).toBeGreaterThanOrEqual(0);
    expect(moved).toBeLessThan(5_000);
    await app.inject({ method: 'PUT', url: '/api/test/clock', payload: { at: null } });
    expect(Math.abs(app.clock.now().getTime() - Date.now())).toBeLessThan(1_000);
    const bad = await app.inject({ method: 'PUT', url: '/api/test/clock', payload: { at: 'tomorrow' } });
    expect(bad.statusCode).toBe(400);
  });
});
