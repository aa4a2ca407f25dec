export interface Address {
    address: string;
    family: number;
}
/** Resolves a host name to all of its addresses (injectable so that tests never ask real DNS). */
export type Lookup = (hostname: string) => Promise<Address[]>;
/** Why an address is refused, or undefined when it may be connected to. */
export type AddressPolicy = (ip: string) => string | undefined;
/**
 * Link host names looked up at once before any name has resolved: when they fail, the others wait for the
 * network probe instead of each waiting for its own failed lookup.
 */
export declare const PROBED_NAMES = 5;
/**
 * Whether the network works, asked independently of the list (by default: do the registry APIs' names
 * resolve?): `true` yes, `false` no, `undefined` cannot tell. A list's own dead hosts never decide it.
 */
export type NetworkProbe = () => Promise<boolean | undefined>;
/** A host name that was not looked up because the run already knows that the network is unavailable. */
export declare class NetworkUnavailableError extends Error {
    readonly hostname: string;
    static readonly code = "PAPERLINT_NETWORK_UNAVAILABLE";
    readonly code = "PAPERLINT_NETWORK_UNAVAILABLE";
    constructor(hostname: string);
}
/** Error codes of a name that did not resolve, or was not looked up: the same for the rest of the run. */
export declare const UNRESOLVED_CODES: ReadonlySet<string>;
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
export declare function createRunResolver(options: ResolverOptions): RunResolver;
