import { Ajv, type ErrorObject } from 'ajv';
import schema from '../../schema/paperlintrc.schema.json' with { type: 'json' };
import { parseSize } from '../safe-fs.js';
import type { RuleId, Severity } from '../types.js';
import { didYouMean } from './did-you-mean.js';
import { ConfigError } from './error.js';
import { compileExclusion, quotedPattern } from './exclude.js';
import { RULE_IDS } from './rule-ids.js';

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

const SEVERITIES = ['off', 'info', 'warning', 'error'];
const TOP_LEVEL_KEYS = Object.keys(schema.properties).filter((key) => key !== '$schema');

let compiled: ReturnType<Ajv['compile']> | undefined;

// Compiled on first use: most runs without a config file never need it.
function validator() {
  // strictTuples off: `[severity, options?]` is a tuple whose second item is optional on purpose.
  compiled ??= new Ajv({ allErrors: false, strict: true, strictTuples: false, verbose: true }).compile(
    schema,
  );
  return compiled;
}

/** "a, b or c". */
function alternatives(values: readonly string[]): string {
  return values.length === 1 ? values[0] : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/** `/rules/arxiv-url/0` → `rules.arxiv-url[0]`, under `prefix` (e.g. `paperlint` in package.json). */
function dottedPath(instancePath: string, prefix: string): string {
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  let out = prefix;
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

const show = (value: unknown): string => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value));

/** ESLint's numeric severities, which users bring along: `2` means `'error'`. */
const ESLINT_SEVERITY: Record<string, string> = { 0: 'off', 1: 'warning', 2: 'error' };

/** The suggestion for a value outside `allowed`: the closest name, or ESLint's meaning of a number. */
function suggestion(value: unknown, allowed: readonly string[]): string {
  const eslint = ESLINT_SEVERITY[String(value)];
  if (eslint && allowed.includes(eslint)) return ` (did you mean '${eslint}'?)`;
  return typeof value === 'string' ? didYouMean(value, allowed) : '';
}

/** `'a', 'b' or 'c'` for an option's allowed values, `true or false` for a switch. */
function allowedValues(error: ErrorObject): string {
  if (error.keyword === 'enum') return alternatives((error.params.allowedValues as unknown[]).map(show));
  return error.params.type === 'boolean' ? 'true or false' : article(String(error.params.type));
}

const article = (type: string) => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;

/**
 * A rule's options (`/rules/<id>/1`, `/rules/<id>/1/<option>`) in the words of the rule and the option, or
 * undefined for another place of the configuration.
 */
function describeRuleOption(error: ErrorObject, prefix: string): string | undefined {
  const match = /^\/rules\/([^/]+)\/1(?:\/([^/]+))?$/.exec(error.instancePath);
  if (!match) return undefined;
  const [, rule, option] = match;
  const at = `${dottedPath(`/rules/${rule}`, prefix)}: `;
  if (option === undefined && error.keyword === 'additionalProperties') {
    const key = String(error.params.additionalProperty);
    const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
    if (known.length === 0) return `${at}takes no options, got '${key}'`;
    const guess = known.length > 1 ? didYouMean(key, known) : '';
    return `${at}unknown option '${key}' (expected ${alternatives(known.map(show))})${guess}`;
  }
  if (option === undefined && error.keyword === 'type')
    return `${at}options must be an object, got ${show(error.data)}`;
  if (option === undefined || !(error.keyword === 'enum' || error.keyword === 'type')) return undefined;
  const name = option.replace(/~1/g, '/').replace(/~0/g, '~');
  const allowed = error.keyword === 'enum' ? (error.params.allowedValues as unknown[]).map(String) : [];
  return `${at}option '${name}' expects ${allowedValues(error)}, got ${show(error.data)}${suggestion(error.data, allowed)}`;
}

/** One readable sentence for the first schema violation. */
function describe(error: ErrorObject, prefix: string): string {
  const ruleOption = describeRuleOption(error, prefix);
  if (ruleOption) return ruleOption;
  const where = dottedPath(error.instancePath, prefix);
  const at = where ? `${where}: ` : '';
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      if (error.instancePath === '/rules') return `${at}unknown rule '${key}'${didYouMean(key, RULE_IDS)}`;
      if (error.instancePath === '')
        return `${at}unknown key '${key}' (expected ${alternatives(TOP_LEVEL_KEYS)})${didYouMean(key, TOP_LEVEL_KEYS)}`;
      return `${at}unknown key '${key}'`;
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const isSeverity = allowed.join() === SEVERITIES.join();
      return `${at}unknown ${isSeverity ? 'severity' : 'value'} ${show(error.data)} (expected ${alternatives(allowed)})${suggestion(error.data, allowed)}`;
    }
    case 'type':
      return `${at}expected ${article(String(error.params.type))}, got ${show(error.data)}`;
    case 'minimum':
      return `${at}expected at least ${error.params.limit}, got ${show(error.data)}`;
    case 'minLength':
      return `${at}must not be empty`;
    case 'minItems':
    case 'maxItems':
      return `${at}expected [severity] or [severity, options]`;
    default:
      return `${at}${error.message ?? 'invalid'}`;
  }
}

/**
 * Checks a parsed configuration against the schema; throws a one-line `ConfigError` naming `file`.
 * `prefix` names where the configuration sits inside the file (`paperlint` for package.json).
 */
export function validateConfig(value: unknown, file: string, prefix = ''): ConfigFile {
  const validate = validator();
  if (validate(value)) {
    const config = value as ConfigFile;
    const size = (value as { maxFileSize?: unknown }).maxFileSize;
    if (typeof size === 'string') {
      config.maxFileSize = parseSize(size);
      if (config.maxFileSize === undefined)
        throw new ConfigError(
          file,
          `${dottedPath('/maxFileSize', prefix)}: expected a size of at least 1 byte, got '${size}'`,
        );
    }
    for (const [index, source] of (config.links?.exclude ?? []).entries()) {
      const compiled = compileExclusion(source);
      if ('invalid' in compiled) {
        const where = dottedPath(`/links/exclude/${index}`, prefix);
        throw new ConfigError(
          file,
          `${where}: invalid regular expression ${quotedPattern(source)} (${compiled.invalid})`,
        );
      }
    }
    return config;
  }
  // `if` only repeats that the `then`/`else` branch failed; the branch's own error says why.
  const error = validate.errors?.find((e) => e.keyword !== 'if');
  throw new ConfigError(file, error ? describe(error, prefix) : 'invalid configuration');
}
