import { type LintedFile, type LintOptions, lintText } from './lint.js';
import { stripBom } from './text/bom.js';
import type { Finding, Fix } from './types.js';

/**
 * Applies fixes to a source text. Fixes that overlap an earlier one are left for a later pass (`skipped`), so
 * the result never depends on the order rules ran in. Returns the new text and how many fixes were applied.
 */
export function applyFixes(
  source: string,
  fixes: readonly Fix[],
): { output: string; applied: number; skipped: Fix[] } {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  let output = '';
  let cursor = 0;
  let applied = 0;
  const skipped: Fix[] = [];
  for (const fix of sorted) {
    if (fix.start < cursor || fix.end < fix.start || fix.end > source.length) {
      skipped.push(fix);
      continue;
    }
    if (source.slice(fix.start, fix.end) === fix.replacement) continue;
    output += source.slice(cursor, fix.start) + fix.replacement;
    cursor = fix.end;
    applied++;
  }
  return { output: output + source.slice(cursor), applied, skipped };
}

const MAX_PASSES = 10;

/**
 * Applies every safe offline fix to a document until none is left (later passes pick up fixes that
 * overlapped earlier ones). Keeps a byte-order mark and line endings; never removes an entry. `linted` is
 * the lint of the output, which the last pass made anyway.
 */
export function fixText(
  text: string,
  file: string,
  options: LintOptions = {},
): { output: string; applied: number; linted: LintedFile } {
  let source = stripBom(text);
  const bom = text.slice(0, text.length - source.length);
  let applied = 0;
  let linted = lintText(source, file, options);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = applyFixes(
      source,
      linted.findings.flatMap((finding) => (finding.fix ? [finding.fix] : [])),
    );
    if (result.applied === 0) break;
    source = result.output;
    applied += result.applied;
    linted = lintText(source, file, options);
  }
  return { output: bom + source, applied, linted };
}

/**
 * Applies the fixes an online run reported for a document already fixed offline (arXiv link proposals,
 * redirects: `findings` point into `linted`, the lint of `text`), then the offline fixes they lead to.
 */
export function fixTextOnline(
  text: string,
  linted: LintedFile,
  findings: readonly Finding[],
  options: LintOptions = {},
): { output: string; applied: number; linted: LintedFile } {
  const source = stripBom(text);
  const network = applyFixes(
    source,
    findings.flatMap((finding) => (finding.fix ? [finding.fix] : [])),
  );
  if (network.applied === 0) return { output: text, applied: 0, linted };
  const fixed = fixText(text.slice(0, text.length - source.length) + network.output, linted.file, options);
  return { ...fixed, applied: network.applied + fixed.applied };
}
