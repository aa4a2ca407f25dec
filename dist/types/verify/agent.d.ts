import { Agent } from 'undici';
/** Resolves a host name to all of its addresses (injectable so that tests never ask real DNS). */
export type Lookup = (hostname: string) => Promise<Array<{
    address: string;
    family: number;
}>>;
/** Why an address is refused, or undefined when it may be connected to. */
export type AddressPolicy = (ip: string) => string | undefined;
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
/**
 * One pooled keep-alive Agent whose connector resolves the host itself, checks every address against
 * the policy and connects to a checked address, so DNS rebinding between check and connect is impossible.
 */
export declare function createGuardedAgent(options: GuardOptions): GuardedAgent;
