import type { NetworkRule } from './network-rule.js';
import type { Rule } from './rule.js';
/** The rules that need no network, in the order they run. */
export declare const offlineRules: Rule<any>[];
/** The rules that read verification results; they run after `verify()`. */
export declare const networkRules: NetworkRule<any>[];
