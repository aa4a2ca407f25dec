// Shared test settings: names resolve from a table (never real DNS), delays are short, loopback only.

import { blockedReason } from '../../src/verify/address.js';
import type { AddressPolicy, Lookup } from '../../src/verify/agent.js';
import type { VerifyTuning } from '../../src/verify/index.js';
import type { VerifyOptions } from '../../src/verify/types.js';

/** Resolves `*.test` names from the table; every other name fails like a missing DNS record. */
export function tableLookup(table: Record<string, string>): Lookup {
  return async (hostname) => {
    const address = table[hostname];
    if (!address) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return [{ address, family: 4 }];
  };
}

/** The production policy, except for the loopback addresses a test declares to be "public". */
export function allowListPolicy(publicAddresses: string[]): AddressPolicy {
  return (ip) => (publicAddresses.includes(ip) ? undefined : blockedReason(ip));
}

/**
 * Registry endpoints on a loopback port nothing listens on: these tests send no registry request. The timeout is
 * patient: most tests count requests or read verdicts, and a loaded machine that answers a loopback request after
 * a short timeout adds a retry or turns a verdict unverifiable. Tests of timeouts ask for a short one.
 */
export function testOptions(overrides: Partial<VerifyOptions> = {}): VerifyOptions {
  return {
    concurrency: 8,
    hostConcurrency: 4,
    hostInterval: 0,
    timeout: 5000,
    arxivApi: 'http://127.0.0.1:9/arxiv',
    arxivInterval: 0,
    doiApi: 'http://127.0.0.1:9/doi',
    githubApi: 'http://127.0.0.1:9/github',
    allowPrivateHosts: false,
    userAgent: 'paperlint/0.0.0-test (+https://github.com/paperlint/paperlint)',
    ...overrides,
  };
}

export function testTuning(overrides: VerifyTuning = {}): VerifyTuning {
  return {
    retry: { retries: 2, backoffBase: 5, retryAfterCap: 300 },
    finalPassInterval: 0,
    // Twice a short timeout would cut retries short on a loaded machine; the budget's own test asks for the
    // default.
    linkBudget: 10_000,
    ...overrides,
  };
}
