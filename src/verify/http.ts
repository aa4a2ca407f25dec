import { type Dispatcher, errors, request } from 'undici';
import { BlockedAddressError } from './agent.js';
import { headerValue, type ResponseHeaders, retryAfterMs, sleep } from './registry-http.js';
import { NetworkUnavailableError, UNRESOLVED_CODES } from './resolver.js';
import type { Schedule } from './scheduler.js';
import { isSoftNotFound } from './soft-404.js';
import { type LinkVerdict, NETWORK_UNAVAILABLE, SOFT_NOT_FOUND } from './types.js';

const MAX_REDIRECTS = 10;

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** First backoff delay in ms; doubles per retry, with up to 50 % jitter. */
  backoffBase: number;
  /** Longest wait a `Retry-After` header can impose, in ms. */
  retryAfterCap: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 2, backoffBase: 500, retryAfterCap: 60_000 };

export interface CheckOptions {
  dispatcher: Dispatcher;
  schedule: Schedule;
  userAgent: string;
  /** Deadline of one request (resolve, connect, headers) in ms. */
  timeout: number;
  /**
   * The most time one link may take in all, in ms: every redirect hop, retry, back-off wait and the final
   * pass together (time spent waiting for a free connection slot does not count).
   */
  linkBudget: number;
  retry: RetryPolicy;
  /** Extra request headers per host name. */
  hostHeaders?: Record<string, Record<string, string>>;
  /**
   * Hosts that refused HEAD (405/501) or broke the connection around one (a body after a HEAD response):
   * later links there go straight to GET.
   */
  headRefused: Set<string>;
  /** Consecutive connection failures per host: a host that is down fails its other links fast. */
  hostFailures: Map<string, { count: number; attempt: Attempt }>;
  onRequest: () => void;
}

/** A verdict plus what the orchestrator needs to finish it: retry later, or tell DNS from network failure. */
export interface CheckOutcome {
  verdict: LinkVerdict;
  /** Of the link's budget, the milliseconds its requests and waits have taken so far. */
  spent?: number;
  /** A failure that a slower pass may cure (timeouts, resets, 5xx, 429). */
  transient?: boolean;
  /** The host name that did not resolve, when that is why the check failed. */
  unresolvedHost?: string;
}

/** After this many connection failures in a row, a host's remaining links are not requested. */
export const HOST_DOWN_AFTER = 3;
const CONNECTION_FAILURES = new Set(['ETIMEDOUT', 'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH']);

export type Attempt =
  | { kind: 'response'; status: number; headers: ResponseHeaders }
  | { kind: 'error'; error: unknown };

/** Retryable statuses: the server may answer differently in a moment. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501);
}

/** Delay before retry number `attempt` (0-based): `Retry-After` when given (capped), else backoff with jitter. */
export function retryDelay(
  attempt: number,
  retryAfter: string | undefined,
  policy: RetryPolicy,
  now: number,
  random: () => number,
): number {
  const asked = retryAfterMs(retryAfter, now);
  if (asked !== undefined) return Math.min(asked, policy.retryAfterCap);
  const base = policy.backoffBase * 2 ** attempt;
  return base + base * 0.5 * random();
}

/** A bot wall answers instead of the page: that says nothing about the link. */
export function botChallenge(headers: ResponseHeaders): string | undefined {
  if (headerValue(headers, 'cf-mitigated') === 'challenge') return 'bot challenge (Cloudflare)';
  const waf = headerValue(headers, 'x-amzn-waf-action');
  if (waf === 'challenge' || waf === 'captcha') return 'bot challenge (AWS WAF)';
  return undefined;
}

/** The verdict of a final (non-redirect) status. */
export function statusOutcome(status: number, chain: string[]): CheckOutcome {
  if (status >= 200 && status < 400) {
    return {
      verdict: chain.length > 1 ? { status: 'alive', finalUrl: chain.at(-1), chain } : { status: 'alive' },
    };
  }
  if (status === 404 || status === 410) {
    return { verdict: { status: 'dead', reason: `HTTP ${status}`, httpStatus: status, chain } };
  }
  const meaning: Record<number, string> = {
    401: 'login required',
    403: 'access denied, possibly a bot wall',
    408: 'request timeout',
    429: 'rate limited',
  };
  const why = meaning[status] ?? (status >= 500 ? 'server error' : undefined);
  const reason = why ? `HTTP ${status} (${why})` : `HTTP ${status}`;
  return {
    verdict: { status: 'unverifiable', reason, httpStatus: status },
    transient: isRetryableStatus(status),
  };
}

const TLS_CODE = /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH)/;

function codeOf(error: unknown): string | undefined {
  const seen = error as { code?: string; cause?: { code?: string } } | undefined;
  return seen?.code ?? seen?.cause?.code;
}

/** The verdict of a failed request; `transient` says whether retrying may help. */
export function errorOutcome(error: unknown, hostname: string): CheckOutcome {
  const blocked = error instanceof BlockedAddressError ? error : (error as { cause?: unknown })?.cause;
  if (blocked instanceof BlockedAddressError) {
    return {
      verdict: {
        status: 'unverifiable',
        reason: `blocked private address ${blocked.address} (${blocked.reason})`,
      },
    };
  }
  const code = codeOf(error) ?? 'unknown';
  const unverifiable = (reason: string, transient: boolean): CheckOutcome => ({
    verdict: { status: 'unverifiable', reason },
    transient,
  });
  if (code === 'ENOTFOUND') {
    return {
      verdict: { status: 'dead', reason: `host name ${hostname} does not resolve` },
      unresolvedHost: hostname,
    };
  }
  // A failed lookup is remembered for the run: trying again, now or in the final pass, would get it again.
  if (code === 'EAI_AGAIN') {
    return { ...unverifiable(`DNS lookup of ${hostname} failed`, false), unresolvedHost: hostname };
  }
  if (code === NetworkUnavailableError.code) {
    return { ...unverifiable(NETWORK_UNAVAILABLE, false), unresolvedHost: hostname };
  }
  if (code === BUDGET_SPENT) return unverifiable('timed out', false);
  if (TLS_CODE.test(code)) return unverifiable(`TLS error (${code})`, false);
  // Usually a body sent after a HEAD response, read as the next response on the kept connection.
  if (error instanceof errors.HTTPParserError) return unverifiable('invalid HTTP response', true);
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'ETIMEDOUT') {
    return unverifiable('timed out', true);
  }
  if (code === 'ECONNREFUSED') return unverifiable('connection refused', true);
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET') {
    return unverifiable('connection reset', true);
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return unverifiable('host unreachable', true);
  return unverifiable(`request failed (${code})`, false);
}

/** Sends one request and reads only the headers: a body larger than a few KiB is never downloaded. */
async function send(
  method: 'HEAD' | 'GET',
  url: URL,
  options: CheckOptions,
  timeout: number,
): Promise<Attempt> {
  options.onRequest();
  // One deadline for name resolution, connect and headers; undici's own header timer is only second-precise.
  const deadline = AbortSignal.timeout(timeout);
  try {
    const response = await request(url, {
      method,
      // undici closes the connection after every HEAD unless told otherwise (undici#258); keep it.
      reset: false,
      dispatcher: options.dispatcher,
      signal: deadline,
      headers: {
        'user-agent': options.userAgent,
        accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8',
        ...options.hostHeaders?.[url.hostname],
      },
    });
    // Small bodies are drained to keep the connection alive; larger ones abort it.
    await response.body.dump({ limit: 16 * 1024 }).catch(() => undefined);
    return { kind: 'response', status: response.statusCode, headers: response.headers };
  } catch (error) {
    if (deadline.aborted)
      return { kind: 'error', error: Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' }) };
    return { kind: 'error', error };
  }
}

/** What is left of one link's time: requests and waits draw on it. */
class Budget {
  constructor(
    readonly total: number,
    public spent: number,
  ) {}
  get left(): number {
    return this.total - this.spent;
  }
  /** Runs `work`, counting its time as spent. */
  async spend<T>(work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.spent += performance.now() - started;
    }
  }
}

/** Why a link stopped: its whole budget is spent. */
const BUDGET_SPENT = 'PAPERLINT_LINK_BUDGET';

/** One URL, retried on transient failures; HEAD first, GET when HEAD is refused or fails. */
async function fetchHeaders(url: URL, options: CheckOptions, budget: Budget): Promise<Attempt> {
  let method: 'HEAD' | 'GET' = options.headRefused.has(url.host) ? 'GET' : 'HEAD';
  let retry = 0;
  // A host that failed to connect several times in a row is down: its links get that failure, unrequested.
  let hostDown = false;
  const downAttempt = () => {
    const down = options.hostFailures.get(url.host);
    hostDown = down !== undefined && down.count >= HOST_DOWN_AFTER;
    return hostDown ? down?.attempt : undefined;
  };
  const spent = (): Attempt => ({
    kind: 'error',
    error: Object.assign(new Error('budget spent'), { code: BUDGET_SPENT }),
  });
  for (;;) {
    // A request with less than a tenth of its timeout left would only time out.
    if (budget.left < options.timeout / 10) return spent();
    const attempt = await options.schedule(
      url.host,
      () => budget.spend(() => send(method, url, options, Math.ceil(Math.min(options.timeout, budget.left)))),
      downAttempt,
    );
    // Retrying would only get the same answer again, after a back-off.
    if (hostDown) return attempt;
    noteHealth(url.host, attempt, options.hostFailures);
    const canRetry = retry < options.retry.retries;
    if (attempt.kind === 'response') {
      const { status, headers } = attempt;
      if (method === 'HEAD' && status >= 400) {
        if (status === 405 || status === 501) options.headRefused.add(url.host);
        method = 'GET';
        // A refused HEAD is not a failure: ask again at once with GET, without spending a retry.
        if (!isRetryableStatus(status)) continue;
      }
      if (!isRetryableStatus(status) || !canRetry || botChallenge(headers)) return attempt;
      const delay = retryDelay(
        retry,
        headerValue(headers, 'retry-after'),
        options.retry,
        Date.now(),
        Math.random,
      );
      // A wait the budget cannot afford would only end in a request it cannot afford either.
      if (delay >= budget.left) return attempt;
      await budget.spend(() => sleep(delay));
    } else {
      if (attempt.error instanceof errors.HTTPParserError) {
        options.headRefused.add(url.host);
        method = 'GET';
      }
      if (!errorOutcome(attempt.error, url.hostname).transient || !canRetry) return attempt;
      const delay = retryDelay(retry, undefined, options.retry, Date.now(), Math.random);
      if (delay >= budget.left) return attempt;
      await budget.spend(() => sleep(delay));
    }
    retry += 1;
  }
}

function noteHealth(host: string, attempt: Attempt, failures: CheckOptions['hostFailures']): void {
  const code = attempt.kind === 'error' ? codeOf(attempt.error) : undefined;
  // A name that did not resolve stays unresolved for the run: its other links need no turn and no gap.
  if (code && UNRESOLVED_CODES.has(code)) {
    failures.set(host, { count: HOST_DOWN_AFTER, attempt });
  } else if (code && CONNECTION_FAILURES.has(code)) {
    failures.set(host, { count: (failures.get(host)?.count ?? 0) + 1, attempt });
  } else {
    failures.delete(host);
  }
}

const isPermanent = (status: number) => status === 301 || status === 308;

/**
 * Checks one http(s) URL: redirects are followed by hand (each hop guarded and scheduled), keeping the chain.
 * `spent`: what earlier passes over the link took of its budget.
 */
export async function checkUrl(link: string, options: CheckOptions, spent = 0): Promise<CheckOutcome> {
  const budget = new Budget(options.linkBudget, spent);
  const outcome = await followLink(link, options, budget);
  return { ...outcome, spent: budget.spent };
}

async function followLink(link: string, options: CheckOptions, budget: Budget): Promise<CheckOutcome> {
  let current = new URL(link);
  current.hash = '';
  const chain = [current.href];
  let permanentTo: string | undefined;
  let permanentStatus = 0;
  let leadingPermanent = true;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const attempt = await fetchHeaders(current, options, budget);
    if (attempt.kind === 'error') return errorOutcome(attempt.error, current.hostname);
    const { status, headers } = attempt;
    const challenge = botChallenge(headers);
    if (challenge) return { verdict: { status: 'unverifiable', reason: challenge, httpStatus: status } };
    const location = headerValue(headers, 'location');
    if (status >= 300 && status < 400 && location) {
      const next = URL.parse(location, current.href);
      if (!next)
        return {
          verdict: { status: 'unverifiable', reason: 'redirect to an invalid URL', httpStatus: status },
        };
      next.hash = '';
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        return {
          verdict: { status: 'unverifiable', reason: `redirect to unsupported scheme ${next.protocol}` },
        };
      }
      if (chain.includes(next.href)) {
        return {
          verdict: {
            status: 'dead',
            reason: 'redirect loop',
            httpStatus: status,
            chain: [...chain, next.href],
          },
        };
      }
      // Only the leading run of permanent hops is stable enough to rewrite the link to.
      if (leadingPermanent && isPermanent(status)) {
        permanentTo = next.href;
        permanentStatus ||= status;
      } else {
        leadingPermanent = false;
      }
      chain.push(next.href);
      current = next;
      continue;
    }
    const outcome = statusOutcome(status, chain);
    // 200 from a site's home page or a generic landing page is not the page the link named.
    if (outcome.verdict.status === 'alive' && isSoftNotFound(chain)) {
      return { verdict: { status: 'dead', reason: SOFT_NOT_FOUND, httpStatus: status, chain } };
    }
    if (outcome.verdict.status === 'alive' && permanentTo) {
      return {
        verdict: {
          status: 'redirect',
          to: permanentTo,
          httpStatus: permanentStatus,
          chain,
        },
      };
    }
    return outcome;
  }
  return { verdict: { status: 'dead', reason: `more than ${MAX_REDIRECTS} redirects`, chain } };
}
