import { Agent } from 'undici';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { doiResultOf, handleUrl, lookupDois } from '../../src/verify/doi.js';
import { type FakeDoi, startFakeDoi } from '../helpers/fake-doi.js';
import { json } from '../helpers/fake-registry.js';

const dispatcher = new Agent();
let fake: FakeDoi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
afterAll(() => dispatcher.close());

const options = (api: string, extra: Record<string, unknown> = {}) => ({
  api,
  concurrency: 4,
  dispatcher,
  userAgent: 'paperlint-test',
  timeout: 2000,
  ...extra,
});

const SICI = '10.1002/(sici)1097-4636(199706)35:4<441::aid-jbm5>3.0.co;2-l';

describe('lookupDois', () => {
  it('finds known DOIs, reports unknown ones, keyed lower-case and asked once', async () => {
    fake = await startFakeDoi({ known: ['10.1145/3580305.3599519', SICI] });
    const { results, requests } = await lookupDois(
      ['10.1145/3580305.3599519', '10.1145/3580305.3599519'.toUpperCase(), '10.1145/0000000.0000000', SICI],
      options(fake.api),
    );
    expect(requests).toBe(3);
    expect(Object.fromEntries(results)).toEqual({
      '10.1145/3580305.3599519': { status: 'found' },
      '10.1145/0000000.0000000': { status: 'not-found' },
      [SICI]: { status: 'found' },
    });
    expect(fake.asked()).toContain(SICI);
    expect(fake.requests.every((request) => request.method === 'GET')).toBe(true);
  });

  it('keeps to the concurrency it is given', async () => {
    const dois = Array.from({ length: 12 }, (_, n) => `10.5555/test.${n}`);
    fake = await startFakeDoi({ known: dois, latency: 30 });
    const { results } = await lookupDois(dois, options(fake.api, { concurrency: 3 }));
    expect(results.size).toBe(12);
    expect(fake.maxConcurrentRequests).toBe(3);
  });

  it('matches the response code exactly: anything but 1 and 100 leaves the DOI unverified', async () => {
    fake = await startFakeDoi({
      known: [],
      answers: {
        '10.5555/error': [json(500, { responseCode: 2, handle: '10.5555/error' })],
        '10.5555/novalues': [json(200, { responseCode: 200, handle: '10.5555/novalues' })],
        '10.5555/html': [{ status: 200, body: '<html>captcha</html>' }],
      },
    });
    const { results } = await lookupDois(
      ['10.5555/error', '10.5555/novalues', '10.5555/html'],
      options(fake.api),
    );
    expect(Object.fromEntries(results)).toEqual({
      '10.5555/error': { status: 'unverifiable', reason: 'DOI API answered HTTP 500, responseCode 2' },
      '10.5555/novalues': { status: 'unverifiable', reason: 'DOI API answered HTTP 200, responseCode 200' },
      '10.5555/html': { status: 'unverifiable', reason: 'DOI API answered HTTP 200 without JSON' },
    });
  });

  it('retries after a 429 with Retry-After', async () => {
    fake = await startFakeDoi({
      known: ['10.5555/busy'],
      answers: { '10.5555/busy': [{ status: 429, headers: { 'retry-after': '0' } }] },
    });
    const { results, requests } = await lookupDois(['10.5555/busy'], options(fake.api));
    expect(requests).toBe(2);
    expect(results.get('10.5555/busy')).toEqual({ status: 'found' });
  });

  it('reports an unreachable API as unverifiable', async () => {
    const closed = await startFakeDoi({ known: [] });
    await closed.close();
    const { results } = await lookupDois(['10.5555/x'], options(closed.api));
    expect(results.get('10.5555/x')).toEqual({
      status: 'unverifiable',
      reason: 'DOI API: connection failed (ECONNREFUSED)',
    });
  });
});

describe('pure helpers', () => {
  it('escapes each path segment of the DOI', () => {
    expect(handleUrl('https://doi.org/api/handles/', '10.1000/a#b?c d')).toBe(
      'https://doi.org/api/handles/10.1000/a%23b%3Fc%20d',
    );
    expect(handleUrl('https://doi.org/api/handles', '10.1000/x/y')).toBe(
      'https://doi.org/api/handles/10.1000/x/y',
    );
  });

  it('reads the verdict from the body, not the HTTP status', () => {
    expect(doiResultOf(404, '{"responseCode":100,"handle":"10.1/x"}')).toEqual({ status: 'not-found' });
    expect(doiResultOf(200, '{"responseCode":1}')).toEqual({ status: 'found' });
    expect(doiResultOf(200, '{"responseCode":"1"}').status).toBe('unverifiable');
  });
});
