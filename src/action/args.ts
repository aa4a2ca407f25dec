/**
 * The `args` input: extra command-line flags for the run (`--exclude`, `--timeout`, …), read by the CLI's own
 * parser so that a flag means in the Action exactly what it means on the command line.
 */

import { type CliArguments, checkExclusions, parseCliArguments } from '../cli/args.js';
import { InputError, type LintOptions } from '../lint.js';

/** Splits text into words as a POSIX shell does for plain words: blanks separate, quotes group, `\` escapes. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else word += char;
    } else if (char === '\\' && i + 1 < text.length && (quote === undefined || /["\\$`]/.test(text[i + 1]))) {
      word = (word ?? '') + text[++i];
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      word ??= '';
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + char;
    }
  }
  if (quote !== undefined) throw new InputError(`input 'args': unclosed ${quote} quote`);
  if (word !== undefined) words.push(word);
  return words;
}

/** The flags `args` may carry: the network settings, and `--offline` (the same as `links: false`). */
const NETWORK_FLAGS = [
  'concurrency',
  'hostConcurrency',
  'hostInterval',
  'timeout',
  'arxivApi',
  'arxivInterval',
  'maxSearches',
  'doiApi',
  'githubApi',
  'allowPrivateHosts',
  'exclude',
] as const satisfies ReadonlyArray<keyof CliArguments & keyof NonNullable<LintOptions['verify']>>;

/** Why a flag that has an input of its own, or no meaning in the Action, is refused. */
const INSTEAD: Partial<Record<keyof CliArguments, string>> = {
  files: "name the lists in the 'files' input",
  config: "use the 'config' input",
  cache: "use the 'cache' input (the Action keeps the cache with the Actions cache service)",
  format: "the Action writes its own reports: the 'report' and 'markdown-report' outputs",
  fix: 'the Action never changes the list: fixes become suggested changes on pull requests',
  quiet: "use 'fail-on' to choose what fails the step",
  maxWarnings: "use 'fail-on: warning'",
};

function flagOf(key: string): string {
  return `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

export interface ExtraArguments {
  /** `--offline`: no network checks, whatever `links` says. */
  offline: boolean;
  /** The network settings the flags give (every one, with the CLI's defaults for those not given). */
  verify: NonNullable<LintOptions['verify']>;
}

/**
 * Reads the `args` input's words with the CLI's parser. A flag the Action has an input for, or that means
 * nothing in the Action (`--fix`, `--format`, files), is an input error naming what to use instead.
 */
export async function extraArguments(
  words: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<ExtraArguments> {
  const parse = (argv: string[]) => {
    try {
      return parseCliArguments(argv, env);
    } catch (error) {
      throw new InputError(`input 'args': ${(error as Error).message}`);
    }
  };
  const given = parse([...words]);
  const defaults = parse([]);
  const allowed = new Set<string>([...NETWORK_FLAGS, 'offline']);
  for (const key of Object.keys(given) as Array<keyof CliArguments>) {
    if (allowed.has(key) || JSON.stringify(given[key]) === JSON.stringify(defaults[key])) continue;
    const what =
      key === 'files'
        ? `file arguments (${given.files.join(' ')}) are not Action flags`
        : `${flagOf(key)} is not an Action flag`;
    throw new InputError(`input 'args': ${what}: ${INSTEAD[key] ?? 'it has no effect in the Action'}`);
  }
  await checkExclusions(given.exclude).catch((error: Error) => {
    throw new InputError(`input 'args': ${error.message}`);
  });
  const verify: ExtraArguments['verify'] = {};
  for (const key of NETWORK_FLAGS) Object.assign(verify, { [key]: given[key] });
  return { offline: given.offline, verify };
}
