import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../src/verify/registry-http.js';

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
