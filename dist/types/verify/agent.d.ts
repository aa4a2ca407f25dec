import { Agent } from 'undici';
import { type AddressPolicy, type Lookup, type NetworkProbe, type RunResolver } from './resolver.js';
export type { AddressPolicy, Lookup } from './resolver.js';
/** No address is refused: `--allow-private-hosts`. */
export declare const allowAll: AddressPolicy;
export declare class BlockedAddressError extends Error {
    readonly hostname: string;
    readonly address: string;
    readonly reason: string;
    readonly code = "PAPERLINT_BLOCKED_ADDRESS";
    constructor(hostname: string, address: string, reason: string);
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
export declare function createGuardedAgent(options: GuardOptions): GuardedAgent;
