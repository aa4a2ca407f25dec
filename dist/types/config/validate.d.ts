import type { RuleId, Severity } from '../types.js';
export type RuleSeverity = Severity | 'off';
export type RuleSetting = RuleSeverity | [RuleSeverity] | [RuleSeverity, Record<string, unknown>];
export interface HostSettings {
    headers?: Record<string, string>;
}
/** The configuration file's shape (schema/paperlintrc.schema.json). */
export interface ConfigFile {
    $schema?: string;
    rules?: Partial<Record<RuleId, RuleSetting>>;
    ignore?: string[];
    hosts?: Record<string, HostSettings>;
}
/**
 * Checks a parsed configuration against the schema; throws a one-line `ConfigError` naming `file`.
 * `prefix` names where the configuration sits inside the file (`paperlint` for package.json).
 */
export declare function validateConfig(value: unknown, file: string, prefix?: string): ConfigFile;
