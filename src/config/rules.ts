import type { RuleId } from '../types.js';
import { RULE_IDS } from './rule-ids.js';
import type { ConfigFile, RuleSeverity } from './validate.js';

export interface ResolvedRuleSetting {
  /** Absent when the configuration leaves the rule's own severity. */
  severity?: RuleSeverity;
  /** Absent when the configuration gives no options; merged over the rule's defaults by the caller. */
  options?: Record<string, unknown>;
}

/** Every rule id mapped to what the configuration says about it (`{}` when it says nothing). */
export function resolveRuleSettings(config: ConfigFile): Map<RuleId, ResolvedRuleSetting> {
  const settings = new Map<RuleId, ResolvedRuleSetting>();
  for (const id of RULE_IDS) {
    const setting = config.rules?.[id];
    if (setting === undefined) settings.set(id, {});
    else if (typeof setting === 'string') settings.set(id, { severity: setting });
    else settings.set(id, { severity: setting[0], ...(setting[1] !== undefined && { options: setting[1] }) });
  }
  return settings;
}

/** `--rule id:severity` over a configuration: the severity replaces the configured one, its options stay. */
export function withRuleOverrides<C extends ConfigFile>(
  config: C,
  overrides: Partial<Record<RuleId, RuleSeverity>>,
): C {
  const entries = Object.entries(overrides) as Array<[RuleId, RuleSeverity]>;
  if (entries.length === 0) return config;
  const rules = { ...config.rules };
  for (const [id, severity] of entries) {
    const options = Array.isArray(rules[id]) ? rules[id][1] : undefined;
    rules[id] = options === undefined ? severity : [severity, options];
  }
  return { ...config, rules };
}
