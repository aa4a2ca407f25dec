export { ConfigError } from './error.js';
export { inlineDirectives, inlineSuppressions } from './inline.js';
export { type Config, loadConfig } from './load.js';
export { type MissingRuleIds, RULE_IDS } from './rule-ids.js';
export { resolveRuleSettings } from './rules.js';
