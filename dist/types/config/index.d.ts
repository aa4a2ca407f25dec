export { ConfigError } from './error.js';
export { type DirectiveKind, type InlineDirective, inlineDirectives, inlineSuppressions, type UnknownRuleInComment, } from './inline.js';
export { CONFIG_FILES, type Config, configFromText, loadConfig } from './load.js';
export { isRuleId, type MissingRuleIds, RULE_IDS } from './rule-ids.js';
export { type ResolvedRuleSetting, resolveRuleSettings } from './rules.js';
export { type ConfigFile, type HostSettings, type RuleSetting, type RuleSeverity, validateConfig, } from './validate.js';
