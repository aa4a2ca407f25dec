import { isIP } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { blockedReason } from './address.js';
import {
  type Address,
  type AddressPolicy,
  createRunResolver,
  type Lookup,
  type NetworkProbe,
  type RunResolver,
} from './resolver.js';

export type { AddressPolicy, Lookup } from './resolver.js';

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
  /**
   * Origins the user configured (registry APIs, e.g. a GitHub Enterprise server): exempt from the policy, and
   * their names are the ones the run relies on (see `RunResolver`).
   */
  trustedOrigins?: Set<string>;
  /** Which addresses are public (default `blockedReason`), whatever `policy` refuses. */
  publicAddress?: AddressPolicy;
  /** Called once, when the run decides that the network is unavailable, with why. */
  onUnavailable?: (why: string) => void;
  /** Replaces the network probe, which by default looks up the trusted origins' names. */
  probe?: NetworkProbe;
}

export interface GuardedAgent {
  dispatcher: Agent;
  /** Every host name of the run, resolved once; tells "this name is gone" from "there is no network". */
  names: RunResolver;
}

/**
 * One pooled keep-alive Agent whose connector resolves the host itself, checks every address against
 * the policy and connects to a checked address, so DNS rebinding between check and connect is impossible.
 */
export function createGuardedAgent(options: GuardOptions): GuardedAgent {
  const policy = options.policy ?? blockedReason;
  const probeNames = [...(options.trustedOrigins ?? [])]
    .map((origin) => new URL(origin).hostname)
    .filter((hostname) => !isIP(hostname.replace(/^\[|\]$/g, '')));
  const names = createRunResolver({ ...options, probeNames });
  const connectTo = buildConnector({ timeout: options.timeout });

  async function checkedAddress(hostname: string, trusted: boolean): Promise<string> {
    const addresses: Address[] = isIP(hostname)
      ? [{ address: hostname, family: isIP(hostname) }]
      : await names.resolve(hostname, trusted);
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
  return { dispatcher, names };
}
