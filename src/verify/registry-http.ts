/**
 * The one way the registry clients (arXiv, DOI, GitHub) talk HTTP: undici, a timeout, bodies always drained;
 * plus the header, `Retry-After` and wait helpers that the link checker and the scheduler share with them.
 */

import pLimit from 'p-limit';
import { UNRESOLVED_CODES } from './resolver.js';
import type { ClientOptions } from './types.js';

/** Response headers as undici gives them: lower-case names, repeated ones as arrays. */
export type ResponseHeaders = Record<string, string | string[] | undefined>;

export interface RegistryResponse {
  status: number;
  headers: ResponseHeaders;
  body: string;
}

export interface RegistryRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/** Why a request got no HTTP answer, worded for a finding; never includes request headers. */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly timedOut: boolean,
    /** The API's host name did not resolve: the failure is remembered for the run, so asking again cannot help. */
    readonly unresolved = false,
  ) {
    super(message);
  }
}

/**
 * The largest registry answer read (an arXiv answer for 100 ids is about 300 KB): a server that sends an
 * endless body is cut off here instead of filling memory until the timeout.
 */
export const MAX_REGISTRY_BODY = 8 * 1024 * 1024;

const tooLarge = () =>
  new TransportError(`answer larger than ${MAX_REGISTRY_BODY / (1024 * 1024)} MB`, false);

/** A response body as text, read only up to `MAX_REGISTRY_BODY` bytes. */
async function cappedText(body: AsyncIterable<Buffer> & { destroy(): unknown }): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > MAX_REGISTRY_BODY) {
      body.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Sends one request; throws `TransportError` when no answer came, or one too large to read. */
export async function sendRegistryRequest(
  url: string,
  init: RegistryRequest,
  options: ClientOptions,
): Promise<RegistryResponse> {
  // undici loads with the first request: offline runs import this module for the rules' keys, never to ask.
  // From its default export: a split bundle's chunk of a CommonJS package has no named ones.
  const { request } = (await import('undici')).default;
  const timeout = AbortSignal.timeout(options.timeout);
  try {
    const response = await request(url, {
      method: init.method ?? 'GET',
      headers: { 'user-agent': options.userAgent, ...init.headers },
      body: init.body,
      dispatcher: options.dispatcher,
      signal: timeout,
    });
    if (Number(headerValue(response.headers, 'content-length')) > MAX_REGISTRY_BODY) {
      response.body.destroy();
      throw tooLarge();
    }
    return { status: response.statusCode, headers: response.headers, body: await cappedText(response.body) };
  } catch (error) {
    if (error instanceof TransportError) throw error;
    if (timeout.aborted) throw new TransportError(`no answer within ${options.timeout} ms`, true);
    const code = (error as { code?: string }).code;
    if (code && UNRESOLVED_CODES.has(code)) {
      throw new TransportError(`host name ${new URL(url).hostname} does not resolve`, false, true);
    }
    throw new TransportError(code ? `connection failed (${code})` : 'connection failed', false);
  }
}

/** First value of a header that may repeat. */
export function headerValue(headers: ResponseHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Milliseconds a `Retry-After` header asks to wait (seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its weekday and month; Date.parse alone would also take `-5` as a year.
  const date = /[a-z]{3}/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * How long to wait before asking a registry that answered 429 or 503 again: its `Retry-After`, else
 * `base` doubled per attempt (0-based); undefined when the retries are spent or the wait is too long.
 */
export function busyWait(
  headers: ResponseHeaders,
  attempt: number,
  policy: { base: number; retries: number; maxWait: number },
): number | undefined {
  const wait = retryAfterMs(headerValue(headers, 'retry-after'), Date.now()) ?? policy.base * 2 ** attempt;
  return attempt >= policy.retries || wait > policy.maxWait ? undefined : wait;
}

/** Waits `ms` (at least one timer turn, so that undici can return a finished socket to its pool first). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(ms, 0)));
}

export interface SpacedSessionOptions extends ClientOptions {
  /** Minimum gap in ms between the end of one request and the start of the next. */
  interval: number;
  /** Retries of one request answered 429/503 (default 3). */
  retries?: number;
  /** Longest Retry-After honoured in ms (default 60 000); a longer ask leaves the request unanswered. */
  maxRetryWait?: number;
}

export type SpacedOutcome =
  | { kind: 'response'; response: RegistryResponse }
  /** No answer: busy past the retries, or out of reach (`transport`: the next requests would fail the same way). */
  | { kind: 'unavailable'; reason: string; transport: boolean };

/**
 * One polite client of a registry that asks for spacing (arXiv: one request every 3 s; DBLP: one a second):
 * requests go one after another, each at least `interval` ms after the previous ended; 429 and 503 wait for
 * Retry-After (else twice the interval, doubling); a dropped connection is tried once more.
 */
export class SpacedSession {
  requests = 0;
  private lastEnd = Number.NEGATIVE_INFINITY;

  constructor(
    /** How reasons name the registry: `arXiv API busy (HTTP 429)`. */
    private readonly name: string,
    private readonly options: SpacedSessionOptions,
  ) {}

  async send(url: string, init: RegistryRequest): Promise<SpacedOutcome> {
    const { interval, retries = 3, maxRetryWait = 60_000 } = this.options;
    let wait = 0;
    let transportFailures = 0;
    for (let attempt = 0; ; attempt++) {
      await sleep(Math.max(this.lastEnd + Math.max(interval, wait) - Date.now(), 0));
      this.requests++;
      let response: RegistryResponse;
      try {
        response = await sendRegistryRequest(url, init, this.options);
      } catch (error) {
        this.lastEnd = Date.now();
        if (!(error instanceof TransportError)) throw error;
        // One more try on a dropped connection (not on a name that did not resolve); a second failure means
        // the registry is out of reach.
        if (!error.timedOut && !error.unresolved && ++transportFailures < 2) continue;
        return { kind: 'unavailable', reason: `${this.name}: ${error.message}`, transport: !error.timedOut };
      }
      this.lastEnd = Date.now();
      const { status } = response;
      if (status === 429 || status === 503) {
        const busy = busyWait(response.headers, attempt, {
          base: 2 * interval,
          retries,
          maxWait: maxRetryWait,
        });
        if (busy === undefined) {
          return { kind: 'unavailable', reason: `${this.name} busy (HTTP ${status})`, transport: false };
        }
        wait = busy;
        continue;
      }
      return { kind: 'response', response };
    }
  }
}

/**
 * Looks each distinct key up once, `concurrency` at a time (a later item under the same key replaces an
 * earlier one); `lookup` calls `count` for every request it sends.
 */
export async function lookupEach<T, R>(
  items: Iterable<readonly [string, T]>,
  concurrency: number,
  lookup: (item: T, count: () => void) => Promise<R>,
): Promise<{ results: Map<string, R>; requests: number }> {
  const limit = pLimit(Math.max(1, concurrency));
  let requests = 0;
  const count = () => {
    requests++;
  };
  const settled = await Promise.all(
    [...new Map(items)].map(([key, item]) => limit(async () => [key, await lookup(item, count)] as const)),
  );
  return { results: new Map(settled), requests };
}
