import { describe, expect, it } from 'vitest';
import { isoWeek, verdictCacheKey } from '../../src/action/cache-key.js';

describe('isoWeek', () => {
  it('follows ISO 8601 at year boundaries', () => {
    expect(isoWeek(new Date('2026-01-01T12:00:00Z'))).toBe('2026-W01');
    expect(isoWeek(new Date('2027-01-01T00:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2024-12-30T00:00:00Z'))).toBe('2025-W01');
    expect(isoWeek(new Date('2026-11-25T17:00:00Z'))).toBe('2026-W48');
  });

  it('keeps Monday to Sunday in one week', () => {
    expect(isoWeek(new Date('2026-11-23T00:00:00Z'))).toBe('2026-W48');
    expect(isoWeek(new Date('2026-11-29T23:59:59Z'))).toBe('2026-W48');
    expect(isoWeek(new Date('2026-11-30T00:00:00Z'))).toBe('2026-W49');
  });
});

describe('verdictCacheKey', () => {
  const a = { path: 'README.md', content: '- a' };
  const b = { path: 'docs/more.md', content: '- b' };

  it('depends on the week and the files, not on their order', () => {
    const key = verdictCacheKey('2026-W48', [a, b]);
    expect(key.key).toMatch(/^paperlint-verdicts-v1-2026-W48-[0-9a-f]{16}$/);
    expect(verdictCacheKey('2026-W48', [b, a])).toEqual(key);
    expect(verdictCacheKey('2026-W48', [a, { ...b, content: '- c' }]).key).not.toBe(key.key);
    expect(verdictCacheKey('2026-W49', [a, b]).key).not.toBe(key.key);
  });

  it('restores from the same week first, then any week', () => {
    expect(verdictCacheKey('2026-W48', [a]).restoreKeys).toEqual([
      'paperlint-verdicts-v1-2026-W48-',
      'paperlint-verdicts-v1-',
    ]);
  });
});
