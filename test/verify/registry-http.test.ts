import { describe, expect, it } from 'vitest';
import { busyWait, retryAfterMs } from '../../src/verify/registry-http.js';

describe('retryAfterMs', () => {
  const now = Date.parse('2026-06-30T12:00:00Z');

  it('reads delay-seconds and HTTP dates', () => {
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
    expect(retryAfterMs('Tue, 30 Jun 2026 12:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Tue, 30 Jun 2026 11:00:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    expect(retryAfterMs(undefined, now)).toBeUndefined();
    expect(retryAfterMs('', now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs('-5', now)).toBeUndefined();
  });
});

describe('busyWait', () => {
  const policy = { base: 1000, retries: 2, maxWait: 30_000 };

  it('waits as asked, else doubles the base per attempt, until the retries are spent', () => {
    expect(busyWait({ 'retry-after': '7' }, 0, policy)).toBe(7000);
    expect(busyWait({}, 0, policy)).toBe(1000);
    expect(busyWait({}, 1, policy)).toBe(2000);
    expect(busyWait({}, 2, policy)).toBeUndefined();
  });

  it('gives up rather than wait longer than allowed', () => {
    expect(busyWait({ 'retry-after': '86400' }, 0, policy)).toBeUndefined();
    expect(busyWait({}, 1, { ...policy, maxWait: 1500 })).toBeUndefined();
  });
});
