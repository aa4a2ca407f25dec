/** Why connecting to this IP address is refused, or undefined when it is a public address. */
export declare function blockedReason(ip: string): string | undefined;
