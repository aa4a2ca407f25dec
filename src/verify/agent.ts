import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { blockedReason } from './address.js';

/** Resolves a host name to all of its addresses (injectable so that tests never ask real DNS). */
export type Lookup = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

/** Why an address is refused, or undefined when it may be connected to. */
export type AddressPolicy = (ip: string) => string | undefined;

const systemLookup: Lookup = (hostname) => dnsLookup(hostname, { all: true });

/** No address is refused: `--allow-private-hosts`. */
export const allowAll: AddressPolicy = () => undefined;

export class BlockedAddressError extends Error {
  readonly code = 'PAPERLINT_BLOCKED_ADDRESS';
  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly reason: string,
  ) {
    super(`blocked private address ${address} (${reason}) for ${hostname}`);
  }
}

export interface GuardOptions {
  /** Connect (and name resolution) timeout in ms. */
  timeout: number;
  lookup?: Lookup;
  policy?: AddressPolicy;
  /** Origins the user configured (registry APIs, e.g. a GitHub Enterprise server): exempt from the policy. */
  trustedOrigins?: Set<string>;
}

/** Which host names resolved during the run: tells "this name is gone" from "there is no network". */
export interface DnsRecord {
  resolved: Set<string>;
  unresolved: Set<string>;
}

export interface GuardedAgent {
  dispatcher: Agent;
  dns: DnsRecord;
}

function withTimeout<T>(promise: Promise<T>, ms: number, hostname: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`DNS lookup of ${hostname} timed out`), { code: 'EAI_AGAIN' })),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One pooled keep-alive Agent whose connector resolves the host itself, checks every address against
 * the policy and connects to a checked address, so DNS rebinding between check and connect is impossible.
 */
export function createGuardedAgent(options: GuardOptions): GuardedAgent {
  const lookup = options.lookup ?? systemLookup;
  const policy = options.policy ?? blockedReason;
  const dns: DnsRecord = { resolved: new Set(), unresolved: new Set() };
  const connectTo = buildConnector({ timeout: options.timeout });

  async function checkedAddress(hostname: string, trusted: boolean): Promise<string> {
    let addresses: Array<{ address: string; family: number }>;
    if (isIP(hostname)) {
      addresses = [{ address: hostname, family: isIP(hostname) }];
    } else {
      try {
        addresses = await withTimeout(lookup(hostname), options.timeout, hostname);
      } catch (error) {
        dns.unresolved.add(hostname);
        throw error;
      }
      dns.resolved.add(hostname);
    }
    // One refused address refuses the name: a host mixing public and private answers is probing us.
    for (const { address } of trusted ? [] : addresses) {
      const reason = policy(address);
      if (reason) throw new BlockedAddressError(hostname, address, reason);
    }
    // IPv4 first: many CI runners resolve AAAA records but cannot route IPv6.
    const chosen = addresses.find((entry) => entry.family === 4) ?? addresses[0];
    if (!chosen) throw Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' });
    return chosen.address;
  }

  const dispatcher = new Agent({
    keepAliveTimeout: 10_000,
    connect: (connectOptions, callback) => {
      const origin = new URL(`${connectOptions.protocol}//${connectOptions.host}`).origin;
      checkedAddress(connectOptions.hostname, options.trustedOrigins?.has(origin) ?? false).then(
        (address) => connectTo({ ...connectOptions, hostname: address }, callback),
        (error: Error) => callback(error, null),
      );
    },
  });
  return { dispatcher, dns };
}
