export { ConfigError } from './error.js';
export { inlineDirectives, inlineSuppressions } from './inline.js';
export { type Config, type ConfigFinder, configFinder, loadConfig } from './load.js';
export { type MissingRuleIds, RULE_IDS } from './rule-ids.js';
export { resolveRuleSettings, withRuleOverrides } from './rules.js';
