/**
 * The one way the registry clients (arXiv, DOI, GitHub) talk HTTP: undici, a timeout, bodies always drained;
 * plus the header, `Retry-After` and wait helpers that the link checker and the scheduler share with them.
 */
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
export declare class TransportError extends Error {
    readonly timedOut: boolean;
    /** The API's host name did not resolve: the failure is remembered for the run, so asking again cannot help. */
    readonly unresolved: boolean;
    constructor(message: string, timedOut: boolean, 
    /** The API's host name did not resolve: the failure is remembered for the run, so asking again cannot help. */
    unresolved?: boolean);
}
/**
 * The largest registry answer read (an arXiv answer for 100 ids is about 300 KB): a server that sends an
 * endless body is cut off here instead of filling memory until the timeout.
 */
export declare const MAX_REGISTRY_BODY: number;
/** Sends one request; throws `TransportError` when no answer came, or one too large to read. */
export declare function sendRegistryRequest(url: string, init: RegistryRequest, options: ClientOptions): Promise<RegistryResponse>;
/** First value of a header that may repeat. */
export declare function headerValue(headers: ResponseHeaders, name: string): string | undefined;
/** Milliseconds a `Retry-After` header asks to wait (seconds or an HTTP date); undefined when absent or unreadable. */
export declare function retryAfterMs(value: string | undefined, now: number): number | undefined;
/**
 * How long to wait before asking a registry that answered 429 or 503 again: its `Retry-After`, else
 * `base` doubled per attempt (0-based); undefined when the retries are spent or the wait is too long.
 */
export declare function busyWait(headers: ResponseHeaders, attempt: number, policy: {
    base: number;
    retries: number;
    maxWait: number;
}): number | undefined;
/** Waits `ms` (at least one timer turn, so that undici can return a finished socket to its pool first). */
export declare function sleep(ms: number): Promise<void>;
export interface SpacedSessionOptions extends ClientOptions {
    /** Minimum gap in ms between the end of one request and the start of the next. */
    interval: number;
    /** Retries of one request answered 429/503 (default 3). */
    retries?: number;
    /** Longest Retry-After honoured in ms (default 60 000); a longer ask leaves the request unanswered. */
    maxRetryWait?: number;
}
export type SpacedOutcome = {
    kind: 'response';
    response: RegistryResponse;
}
/** No answer: busy past the retries, or out of reach (`transport`: the next requests would fail the same way). */
 | {
    kind: 'unavailable';
    reason: string;
    transport: boolean;
};
/**
 * One polite client of a registry that asks for spacing (arXiv: one request every 3 s; DBLP: one a second):
 * requests go one after another, each at least `interval` ms after the previous ended; 429 and 503 wait for
 * Retry-After (else twice the interval, doubling); a dropped connection is tried once more.
 */
export declare class SpacedSession {
    /** How reasons name the registry: `arXiv API busy (HTTP 429)`. */
    private readonly name;
    private readonly options;
    requests: number;
    private lastEnd;
    constructor(
    /** How reasons name the registry: `arXiv API busy (HTTP 429)`. */
    name: string, options: SpacedSessionOptions);
    send(url: string, init: RegistryRequest): Promise<SpacedOutcome>;
}
/**
 * Looks each distinct key up once, `concurrency` at a time (a later item under the same key replaces an
 * earlier one); `lookup` calls `count` for every request it sends.
 */
export declare function lookupEach<T, R>(items: Iterable<readonly [string, T]>, concurrency: number, lookup: (item: T, count: () => void) => Promise<R>): Promise<{
    results: Map<string, R>;
    requests: number;
}>;
