import type { RuleId, Severity } from '../types.js';
export type RuleSeverity = Severity | 'off';
export type RuleSetting = RuleSeverity | [RuleSeverity] | [RuleSeverity, Record<string, unknown>];
export interface HostSettings {
    headers?: Record<string, string>;
    /** Minimum gap in ms between request starts to the host (instead of `--host-interval`). */
    interval?: number;
    /** Requests in flight to the host (instead of `--host-concurrency`). */
    concurrency?: number;
}
/** The configuration file's shape (schema/paperlintrc.schema.json). */
export interface ConfigFile {
    $schema?: string;
    rules?: Partial<Record<RuleId, RuleSetting>>;
    /** Largest list file read, in bytes (the file may give a size such as `"50M"`; validation turns it into bytes). */
    maxFileSize?: number;
    ignore?: string[];
    hosts?: Record<string, HostSettings>;
    links?: {
        /** Regular expressions: links whose URL matches one are not verified (with `--exclude`'s own). */
        exclude?: string[];
    };
}
/**
 * Checks a parsed configuration against the schema; throws a one-line `ConfigError` naming `file`.
 * `prefix` names where the configuration sits inside the file (`paperlint` for package.json).
 */
export declare function validateConfig(value: unknown, file: string, prefix?: string): ConfigFile;
