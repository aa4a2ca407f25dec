import { countSeverities, plural } from '../report/counts.js';
import type { Finding, Summary } from '../types.js';
import type { FailOn } from './inputs.js';

/** The counts `fail-on` looks at: the whole list on scans, the added lines on pull requests. */
export type Counts = Pick<Summary, 'errors' | 'warnings' | 'infos'>;

export function countsOf(findings: Iterable<Finding>): Counts {
  const { error, warning, info } = countSeverities([...findings]);
  return { errors: error, warnings: warning, infos: info };
}

/** Why the step fails under `fail-on`, or undefined when it passes. */
export function failureMessage(counts: Counts, failOn: FailOn, where = ''): string | undefined {
  if (failOn === 'never') return undefined;
  if (counts.errors > 0) return `paperlint found ${plural(counts.errors, 'error')}${where}`;
  if (failOn === 'warning' && counts.warnings > 0)
    return `paperlint found ${plural(counts.warnings, 'warning')}${where}`;
  return undefined;
}

/** The check run's conclusion: red when the step fails, neutral when it passes with findings. */
export function checkConclusion(counts: Counts, failOn: FailOn): 'success' | 'neutral' | 'failure' {
  if (failureMessage(counts, failOn) !== undefined) return 'failure';
  return counts.errors + counts.warnings + counts.infos > 0 ? 'neutral' : 'success';
}

/** The check run's title, e.g. "2 errors, 1 warning on added lines" (`where` is empty on full runs). */
export function checkTitle(counts: Counts, where = ' on added lines'): string {
  if (counts.errors + counts.warnings + counts.infos === 0) return `No problems${where}`;
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.infos > 0) parts.push(plural(counts.infos, 'info'));
  return `${parts.join(', ')}${where}`;
}

/**
 * The `exit-code` output: what the CLI's would be for the counted findings, 1 when they fail the step under
 * `fail-on` (under `error` when `fail-on` is `never`, so that a step kept green still tells), else 0.
 */
export function exitCodeOf(counts: Counts, failOn: FailOn): 0 | 1 {
  return failureMessage(counts, failOn === 'never' ? 'error' : failOn) === undefined ? 0 : 1;
}
