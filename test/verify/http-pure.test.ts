// The checker's decisions as pure functions: statuses, errors, retry delays, routing.
import { errors } from 'undici';
import { describe, expect, it } from 'vitest';
import { BlockedAddressError } from '../../src/verify/agent.js';
import {
  botChallenge,
  errorOutcome,
  isRetryableStatus,
  retryDelay,
  statusOutcome,
} from '../../src/verify/http.js';
import { NetworkUnavailableError } from '../../src/verify/resolver.js';
import { routeLink } from '../../src/verify/route.js';

const policy = { retries: 2, backoffBase: 500, retryAfterCap: 60_000 };

describe('retryDelay', () => {
  it('honours Retry-After in seconds and as an HTTP date, capped', () => {
    const now = Date.parse('2026-06-30T12:00:00Z');
    expect(retryDelay(0, '3', policy, now, Math.random)).toBe(3000);
    expect(retryDelay(0, 'Tue, 30 Jun 2026 12:00:10 GMT', policy, now, Math.random)).toBe(10_000);
    expect(retryDelay(0, 'Tue, 30 Jun 2026 11:00:00 GMT', policy, now, Math.random)).toBe(0);
    expect(retryDelay(0, '3600', policy, now, Math.random)).toBe(60_000);
  });

  it('backs off exponentially with up to 50 % jitter when the server gives no hint', () => {
    expect(retryDelay(0, undefined, policy, 0, () => 0)).toBe(500);
    expect(retryDelay(1, undefined, policy, 0, () => 0)).toBe(1000);
    expect(retryDelay(2, undefined, policy, 0, () => 1)).toBe(3000);
    expect(retryDelay(0, 'soon', policy, 0, () => 0.5)).toBe(625);
    // Unreadable values (a negative count, an empty header) are no hint: they must not cancel the backoff.
    expect(retryDelay(0, '-5', policy, 0, () => 0)).toBe(500);
    expect(retryDelay(0, '', policy, 0, () => 0)).toBe(500);
  });
});

describe('statusOutcome', () => {
  it('only 404 and 410 are dead; 401/403/429/5xx are unverifiable and say which', () => {
    expect(statusOutcome(200, ['u']).verdict).toEqual({ status: 'alive' });
    expect(statusOutcome(404, ['u']).verdict).toMatchObject({ status: 'dead', httpStatus: 404 });
    expect(statusOutcome(410, ['u']).verdict).toMatchObject({ status: 'dead', httpStatus: 410 });
    expect(statusOutcome(401, ['u']).verdict).toMatchObject({ reason: 'HTTP 401 (login required)' });
    expect(statusOutcome(403, ['u']).verdict).toMatchObject({
      reason: 'HTTP 403 (access denied, possibly a bot wall)',
    });
    expect(statusOutcome(429, ['u'])).toMatchObject({
      verdict: { reason: 'HTTP 429 (rate limited)' },
      transient: true,
    });
    expect(statusOutcome(502, ['u'])).toMatchObject({
      verdict: { reason: 'HTTP 502 (server error)' },
      transient: true,
    });
    expect(statusOutcome(451, ['u']).verdict).toEqual({
      status: 'unverifiable',
      reason: 'HTTP 451',
      httpStatus: 451,
    });
  });

  it('retries 408, 429 and 5xx except 501', () => {
    expect([408, 429, 500, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 403, 404, 501].some(isRetryableStatus)).toBe(false);
  });

  it('recognises bot challenges', () => {
    expect(botChallenge({ 'cf-mitigated': 'challenge' })).toBe('bot challenge (Cloudflare)');
    expect(botChallenge({ 'x-amzn-waf-action': 'captcha' })).toBe('bot challenge (AWS WAF)');
    expect(botChallenge({ server: 'cloudflare' })).toBeUndefined();
  });
});

describe('errorOutcome', () => {
  const failure = (code: string) => Object.assign(new Error(code), { code });
  it('names the failure and says whether retrying may help', () => {
    expect(errorOutcome(failure('ENOTFOUND'), 'gone.test')).toEqual({
      verdict: { status: 'dead', reason: 'host name gone.test does not resolve' },
      unresolvedHost: 'gone.test',
    });
    expect(errorOutcome(failure('CERT_HAS_EXPIRED'), 'h')).toMatchObject({
      verdict: { reason: 'TLS error (CERT_HAS_EXPIRED)' },
      transient: false,
    });
    expect(errorOutcome(failure('ECONNREFUSED'), 'h')).toMatchObject({ transient: true });
    expect(errorOutcome(failure('UND_ERR_SOCKET'), 'h').verdict).toEqual({
      status: 'unverifiable',
      reason: 'connection reset',
    });
    // The lookup is remembered for the run: a retry would only get the same failure.
    expect(errorOutcome(failure('EAI_AGAIN'), 'h')).toMatchObject({ unresolvedHost: 'h', transient: false });
    expect(errorOutcome(new NetworkUnavailableError('h'), 'h')).toEqual({
      verdict: { status: 'unverifiable', reason: 'network unavailable' },
      unresolvedHost: 'h',
      transient: false,
    });
    expect(errorOutcome(new errors.HTTPParserError('Expected HTTP/'), 'h')).toEqual({
      verdict: { status: 'unverifiable', reason: 'invalid HTTP response' },
      transient: true,
    });
    const blocked = new BlockedAddressError('h', '10.0.0.1', 'private');
    expect(errorOutcome(Object.assign(new Error('wrapped'), { cause: blocked }), 'h')).toEqual({
      verdict: { status: 'unverifiable', reason: 'blocked private address 10.0.0.1 (private)' },
    });
  });
});

describe('routeLink', () => {
  it('routes registries away from the HTTP checker', () => {
    expect(routeLink('https://arxiv.org/pdf/2305.11700v2')).toEqual({ kind: 'arxiv' });
    expect(routeLink('https://export.arxiv.org/abs/2305.11700')).toEqual({ kind: 'arxiv' });
    expect(routeLink('https://doi.org/10.1145/3580305.3599519')).toEqual({
      kind: 'doi',
      doi: '10.1145/3580305.3599519',
    });
    expect(routeLink('http://dx.doi.org/10.1000%2FABC')).toEqual({ kind: 'doi', doi: '10.1000/abc' });
    expect(routeLink('https://github.com/owner/repo/tree/main')).toEqual({
      kind: 'github',
      repo: { owner: 'owner', repo: 'repo' },
    });
    expect(routeLink('https://github.com/topics/llm')).toEqual({
      kind: 'http',
      key: 'https://github.com/topics/llm',
    });
    expect(routeLink('https://example.com/a#b')).toEqual({ kind: 'http', key: 'https://example.com/a' });
    expect(routeLink('mailto:someone@example.com')).toEqual({ kind: 'skip' });
    expect(routeLink('./relative.md')).toEqual({ kind: 'skip' });
  });
});
