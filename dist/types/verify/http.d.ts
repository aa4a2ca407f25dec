import { type Dispatcher } from 'undici';
import { type ResponseHeaders } from './registry-http.js';
import type { Schedule } from './scheduler.js';
import { type LinkVerdict } from './types.js';
export interface RetryPolicy {
    /** Retries after the first attempt. */
    retries: number;
    /** First backoff delay in ms; doubles per retry, with up to 50 % jitter. */
    backoffBase: number;
    /** Longest wait a `Retry-After` header can impose, in ms. */
    retryAfterCap: number;
}
export declare const DEFAULT_RETRY: RetryPolicy;
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
    hostFailures: Map<string, {
        count: number;
        attempt: Attempt;
    }>;
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
export declare const HOST_DOWN_AFTER = 3;
export type Attempt = {
    kind: 'response';
    status: number;
    headers: ResponseHeaders;
} | {
    kind: 'error';
    error: unknown;
};
/** Retryable statuses: the server may answer differently in a moment. */
export declare function isRetryableStatus(status: number): boolean;
/** Delay before retry number `attempt` (0-based): `Retry-After` when given (capped), else backoff with jitter. */
export declare function retryDelay(attempt: number, retryAfter: string | undefined, policy: RetryPolicy, now: number, random: () => number): number;
/** A bot wall answers instead of the page: that says nothing about the link. */
export declare function botChallenge(headers: ResponseHeaders): string | undefined;
/** The verdict of a final (non-redirect) status. */
export declare function statusOutcome(status: number, chain: string[]): CheckOutcome;
/** The verdict of a failed request; `transient` says whether retrying may help. */
export declare function errorOutcome(error: unknown, hostname: string): CheckOutcome;
/**
 * Checks one http(s) URL: redirects are followed by hand (each hop guarded and scheduled), keeping the chain.
 * `spent`: what earlier passes over the link took of its budget.
 */
export declare function checkUrl(link: string, options: CheckOptions, spent?: number): Promise<CheckOutcome>;
