import type { RuleId } from '../types.js';
import type { ConfigFile, RuleSeverity } from './validate.js';
export interface ResolvedRuleSetting {
    /** Absent when the configuration leaves the rule's own severity. */
    severity?: RuleSeverity;
    /** Absent when the configuration gives no options; merged over the rule's defaults by the caller. */
    options?: Record<string, unknown>;
}
/** Every rule id mapped to what the configuration says about it (`{}` when it says nothing). */
export declare function resolveRuleSettings(config: ConfigFile): Map<RuleId, ResolvedRuleSetting>;
/** `--rule id:severity` over a configuration: the severity replaces the configured one, its options stay. */
export declare function withRuleOverrides<C extends ConfigFile>(config: C, overrides: Partial<Record<RuleId, RuleSeverity>>): C;
