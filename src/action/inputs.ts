import { InputError } from '../lint.js';
import { splitWords } from './args.js';

export type LinksMode = 'auto' | 'all' | 'off';
export type FailOn = 'error' | 'warning' | 'never';
/**
 * `check` lints and publishes in one run; the fork pattern splits that: `report` (on `pull_request`) saves the
 * report as an artifact, `publish` (on `workflow_run`) posts it with the write token.
 */
export type ActionMode = 'check' | 'report' | 'publish';

/** The Action's inputs (action.yml), validated. */
export interface ActionInputs {
  /** Globs, one per line. */
  files: string[];
  links: LinksMode;
  token: string;
  failOn: FailOn;
  trackingIssue: boolean;
  cache: boolean;
  /** On pull requests, post fixes of added lines as suggested changes in one review. */
  suggestions: boolean;
  /** On `issues` events: add the papers the issue names in a pull request. */
  addFromIssue: boolean;
  config?: string;
  /** The `args` input split into words (extra CLI flags). */
  args: string[];
  /** Where `files` and `config` are found, relative to the workspace. */
  workingDirectory: string;
  /** Write the job summary. */
  jobSummary: boolean;
  mode: ActionMode;
}

// The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function booleanInput(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new InputError(`input '${name}' must be true or false (got '${value}')`);
}

function choiceInput<T extends string>(name: string, value: string, choices: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  const lower = value.toLowerCase();
  const choice = choices.find((c) => c === lower);
  if (choice === undefined)
    throw new InputError(`input '${name}' must be ${choices.join(', ')} (got '${value}')`);
  return choice;
}

/** Reads and validates the inputs; `get` returns an input's trimmed value, `` when unset. */
export function parseInputs(get: (name: string) => string): ActionInputs {
  const files = get('files')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const links = choiceInput('links', get('links'), ['auto', 'true', 'false'], 'auto');
  const config = get('config');
  return {
    files: files.length > 0 ? files : ['README.md'],
    links: links === 'auto' ? 'auto' : links === 'true' ? 'all' : 'off',
    token: get('github-token'),
    failOn: choiceInput('fail-on', get('fail-on'), ['error', 'warning', 'never'], 'error'),
    trackingIssue: booleanInput('tracking-issue', get('tracking-issue'), true),
    cache: booleanInput('cache', get('cache'), true),
    suggestions: booleanInput('suggestions', get('suggestions'), true),
    addFromIssue: booleanInput('add-from-issue', get('add-from-issue'), false),
    ...(config !== '' && { config }),
    args: splitWords(get('args')),
    workingDirectory: get('working-directory') || '.',
    jobSummary: booleanInput('job-summary', get('job-summary'), true),
    mode: choiceInput('mode', get('mode'), ['check', 'report', 'publish'], 'check'),
  };
}
