import type { Finding } from '../types.js';
/**
 * What the human formats list: every finding except the infos of checks that the network's absence left
 * undone, which one line counts instead (a check raised to warning or error in the config is listed as usual;
 * JSON and SARIF keep every one).
 */
export declare function listedFindings(findings: readonly Finding[]): {
    listed: Finding[];
    unchecked: number;
};
/** "Could not verify 16 links: network unavailable", or undefined when every check ran. */
export declare function uncheckedText(unchecked: number): string | undefined;
