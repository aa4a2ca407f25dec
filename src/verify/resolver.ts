import { lookup as dnsLookup } from 'node:dns/promises';
import { blockedReason } from './address.js';

export interface Address {
  address: string;
  family: number;
}

/** Resolves a host name to all of its addresses (injectable so that tests never ask real DNS). */
export type Lookup = (hostname: string) => Promise<Address[]>;

/** Why an address is refused, or undefined when it may be connected to. */
export type AddressPolicy = (ip: string) => string | undefined;

const systemLookup: Lookup = (hostname) => dnsLookup(hostname, { all: true });

/**
 * Link host names looked up at once before any name has resolved: when they fail, the others wait for the
 * network probe instead of each waiting for its own failed lookup.
 */
export const PROBED_NAMES = 5;

/**
 * Whether the network works, asked independently of the list (by default: do the registry APIs' names
 * resolve?): `true` yes, `false` no, `undefined` cannot tell. A list's own dead hosts never decide it.
 */
export type NetworkProbe = () => Promise<boolean | undefined>;

/** A host name that was not looked up because the run already knows that the network is unavailable. */
export class NetworkUnavailableError extends Error {
  static readonly code = 'PAPERLINT_NETWORK_UNAVAILABLE';
  readonly code = NetworkUnavailableError.code;
  constructor(readonly hostname: string) {
    super(`network unavailable: ${hostname} not looked up`);
  }
}

/** Error codes of a name that did not resolve, or was not looked up: the same for the rest of the run. */
export const UNRESOLVED_CODES: ReadonlySet<string> = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  NetworkUnavailableError.code,
]);

export interface ResolverOptions {
  lookup?: Lookup;
  /** Longest wait for one lookup, in ms. */
  timeout: number;
  /**
   * Which addresses are on the public internet (default `blockedReason`): a registry name resolving to a
   * private one (a GitHub Enterprise server on an internal network) says nothing about the public network.
   */
  publicAddress?: AddressPolicy;
  /** The names the default probe looks up: the registry APIs' (IP literals need no lookup and say nothing). */
  probeNames?: readonly string[];
  /** Replaces the default probe (tests answer it themselves). */
  probe?: NetworkProbe;
  /** Called once, when the run decides that the network is unavailable, with why. */
  onUnavailable?: (why: string) => void;
}

/** The host names of one run: each looked up once, and what their lookups say about the network. */
export interface RunResolver {
  /**
   * The addresses of a name, looked up once per run (a failure is remembered too). `registry`: the name of a
   * registry API the run relies on, always looked up; a link's name waits while the first names are probed
   * and is not looked up at all once the network is known to be unavailable.
   */
  resolve(hostname: string, registry: boolean): Promise<Address[]>;
  /** Whether the name was looked up and failed. */
  failed(hostname: string): boolean;
  /** Why the network is unavailable, or undefined when it is not known to be. */
  unavailable(): string | undefined;
  /** At the end of a run: when names failed and none resolved, the probe's answer decides (once). */
  settle(): Promise<string | undefined>;
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

const NO_NETWORK = 'no host name resolves';

/** A promise and the function that settles it. */
function signal(): { promise: Promise<void>; wake: () => void } {
  let wake = () => {};
  const promise = new Promise<void>((resolve) => {
    wake = resolve;
  });
  return { promise, wake };
}

export function createRunResolver(options: ResolverOptions): RunResolver {
  const lookup = options.lookup ?? systemLookup;
  const isPublic = (address: string) => (options.publicAddress ?? blockedReason)(address) === undefined;
  const known = new Map<string, Promise<Address[]>>();
  const failures = new Set<string>();
  // Evidence that the network works: a link's name resolved, a registry's name to a public address, or the probe.
  let networkUp = false;
  let unavailable: string | undefined;
  // The probe could not tell: link names are looked up one by one, as with a working network.
  let undecidable = false;
  let probes = 0;
  let probing: Promise<void> | undefined;
  // Link names waiting for the probes are woken whenever a lookup or the probe ends: it may have decided.
  let decided = signal();
  const wake = () => {
    decided.wake();
    decided = signal();
  };

  function decide(why: string): void {
    if (unavailable !== undefined || networkUp) return;
    unavailable = why;
    options.onUnavailable?.(why);
  }

  /** Resolves the registry names: up when one resolves to a public address, down when all fail. */
  const registryProbe: NetworkProbe = async () => {
    const names = options.probeNames ?? [];
    if (names.length === 0) return undefined;
    const answers = await Promise.allSettled(names.map((name) => resolve(name, true)));
    if (
      answers.some(
        (answer) => answer.status === 'fulfilled' && answer.value.some(({ address }) => isPublic(address)),
      )
    )
      return true;
    return answers.every((answer) => answer.status === 'rejected') ? false : undefined;
  };

  /** Asks the probe once, after a link's name failed while no name had resolved. */
  function probeNetwork(): Promise<void> {
    probing ??= (options.probe ?? registryProbe)()
      .catch(() => undefined)
      .then((up) => {
        if (up === true) networkUp = true;
        else if (up === false) decide(NO_NETWORK);
        else undecidable = true;
        wake();
      });
    return probing;
  }

  async function lookUp(hostname: string, registry: boolean): Promise<Address[]> {
    try {
      const addresses = await withTimeout(lookup(hostname), options.timeout, hostname);
      if (!registry || addresses.some(({ address }) => isPublic(address))) networkUp = true;
      return addresses;
    } catch (error) {
      failures.add(hostname);
      if (registry) decide(`${hostname} does not resolve`);
      else if (!networkUp) void probeNetwork();
      throw error;
    } finally {
      wake();
    }
  }

  async function probeOrWait(hostname: string): Promise<Address[]> {
    for (;;) {
      // Once said, it holds: a probe that resolves late does not bring back a lookup per name.
      if (unavailable !== undefined) throw new NetworkUnavailableError(hostname);
      if (networkUp || undecidable) return lookUp(hostname, false);
      if (probes < PROBED_NAMES) {
        probes += 1;
        return lookUp(hostname, false);
      }
      await decided.promise;
    }
  }

  function resolve(hostname: string, registry: boolean): Promise<Address[]> {
    let addresses = known.get(hostname);
    if (!addresses) {
      addresses = registry ? lookUp(hostname, true) : probeOrWait(hostname);
      known.set(hostname, addresses);
    }
    return addresses;
  }

  return {
    resolve,
    failed: (hostname) => failures.has(hostname),
    unavailable: () => unavailable,
    async settle() {
      if (failures.size > 0 && !networkUp) await probeNetwork();
      return unavailable;
    },
  };
}
