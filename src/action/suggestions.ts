/**
 * Suggested changes on a pull request: the fixes of findings on added lines as whole corrected lines,
 * rendered as review comments holding GitHub suggestion blocks (or as diff blocks for the job summary),
 * each recognisable by a hidden marker so that a repeated run never posts it twice.
 */

import { createHash } from 'node:crypto';
import { applyFixes } from '../fix.js';
import { createLocator } from '../parse/source.js';
import { plural } from '../report/counts.js';
import { escapeMarkdown } from '../report/index.js';
import type { Finding, Fix } from '../types.js';
import type { AddedLines } from './patch.js';

/** Lines `startLine`..`endLine` of `file` (all added by the pull request) replaced by `corrected`. */
export interface SuggestedChange {
  file: string;
  startLine: number;
  endLine: number;
  /** The lines as the pull request adds them, joined by `\n` (no line endings). */
  original: string;
  /** The same lines with every fix on them applied, joined by `\n`. */
  corrected: string;
  /** The findings whose fixes it applies, in source order. */
  findings: Finding[];
}

/** A review comment as `POST /repos/{owner}/{repo}/pulls/{number}/reviews` takes it. */
export interface SuggestionComment {
  path: string;
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
  body: string;
}

/** A review comment already on the pull request; `line` is null once the line it was on has changed. */
export interface PostedComment {
  path: string;
  line?: number | null;
  start_line?: number | null;
  body: string;
}

/** GitHub takes at most 50 comments in one review; the rest go to the job summary. */
export const MAX_REVIEW_COMMENTS = 50;

interface PlacedFix {
  finding: Finding;
  fix: Fix;
  startLine: number;
  endLine: number;
}

/** Fixes sharing lines, in source order; `endLine` and `end` are the furthest any of them reaches. */
interface FixGroup {
  fixes: PlacedFix[];
  endLine: number;
  end: number;
}

/**
 * The suggested changes of a pull request: per file, the fixes whose lines the pull request adds, those
 * sharing a line merged into one change of the whole lines (a fix spanning lines gives a multi-line change).
 * A fix reaching a line the pull request does not add is left to the annotations: a suggestion may only
 * replace lines of the diff. `sources` holds each file's text as linted (no byte-order mark).
 */
export function suggestedChanges(
  findings: readonly Finding[],
  sources: ReadonlyMap<string, string>,
  added: AddedLines,
): SuggestedChange[] {
  const changes: SuggestedChange[] = [];
  for (const [file, source] of sources) {
    const lines = added.get(file);
    // A file without a patch (diff too large to show) has no lines a review comment can sit on.
    if (lines === undefined || lines === 'all') continue;
    const locator = createLocator(source);
    const placed: PlacedFix[] = findings
      .flatMap((finding) => (finding.file === file && finding.fix ? [{ finding, fix: finding.fix }] : []))
      .map(({ finding, fix }) => ({
        finding,
        fix,
        startLine: locator.pointAt(fix.start).line,
        endLine: locator.pointAt(Math.max(fix.start, fix.end)).line,
      }))
      .sort((a, b) => a.startLine - b.startLine || a.fix.start - b.fix.start);
    const groups: FixGroup[] = [];
    for (const fix of placed) {
      const group = groups.at(-1);
      if (group && fix.startLine <= group.endLine) {
        group.fixes.push(fix);
        group.endLine = Math.max(group.endLine, fix.endLine);
        group.end = Math.max(group.end, fix.fix.end);
      } else groups.push({ fixes: [fix], endLine: fix.endLine, end: fix.fix.end });
    }
    for (const group of groups) {
      const change = changeOf(file, source, group);
      if (!change) continue;
      let everyLineAdded = true;
      for (let line = change.startLine; line <= change.endLine; line++) everyLineAdded &&= lines.has(line);
      if (everyLineAdded) changes.push(change);
    }
  }
  return changes;
}

/** The whole lines a group of fixes touches, before and after; undefined when the fixes change nothing. */
function changeOf(file: string, source: string, group: FixGroup): SuggestedChange | undefined {
  // The fixes are in source order: the first starts earliest.
  const [first] = group.fixes;
  const start = source.lastIndexOf('\n', first.fix.start - 1) + 1;
  const newline = source.indexOf('\n', group.end);
  let end = newline === -1 ? source.length : newline;
  if (end > group.end && source[end - 1] === '\r') end--;
  const block = source.slice(start, end);
  const shifted = group.fixes.map(({ fix }) => ({ ...fix, start: fix.start - start, end: fix.end - start }));
  const { output, applied, skipped } = applyFixes(block, shifted);
  const original = withoutCarriageReturns(block);
  const corrected = withoutCarriageReturns(output);
  if (applied === 0 || corrected === original) return undefined;
  return {
    file,
    startLine: first.startLine,
    endLine: group.endLine,
    original,
    corrected,
    // A fix overlapping another waits for a later run: its finding is not what this change fixes.
    findings: group.fixes.filter((_, i) => !skipped.includes(shifted[i])).map((g) => g.finding),
  };
}

function withoutCarriageReturns(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

/** A fence longer than any run of backticks in `text`, so that no line of it can close the block. */
export function fenceFor(text: string): string {
  // A loop, not Math.max(...runs): a line of thousands of backtick runs would overflow the call stack.
  let longest = 0;
  for (const [run] of text.matchAll(/`+/g)) longest = Math.max(longest, run.length);
  return '`'.repeat(Math.max(3, longest + 1));
}

function fenced(info: string, lines: string): string {
  const fence = fenceFor(lines);
  return `${fence}${info}\n${lines === '' ? '' : `${lines}\n`}${fence}`;
}

/** The hidden marker of a change: its file, lines and both texts, so a changed line gets a new comment. */
export function suggestionMarker(change: SuggestedChange): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([change.file, change.original, change.corrected]))
    .digest('hex')
    .slice(0, 16);
  return `<!-- paperlint:suggestion ${hash} -->`;
}

/** Where a change sits, as `README.md:6` or `README.md:6-7`. */
export function changePlace(change: SuggestedChange): string {
  const lines =
    change.startLine === change.endLine ? `${change.endLine}` : `${change.startLine}-${change.endLine}`;
  return `${change.file}:${lines}`;
}

/** The review comment of a change: the marker, what each finding says, then the corrected lines. */
export function suggestionComment(change: SuggestedChange): SuggestionComment {
  const said = change.findings.map(
    (finding) => `**paperlint** \`${finding.rule}\`: ${escapeMarkdown(finding.message)}`,
  );
  return {
    path: change.file,
    line: change.endLine,
    side: 'RIGHT',
    ...(change.startLine !== change.endLine && {
      start_line: change.startLine,
      start_side: 'RIGHT' as const,
    }),
    body: `${suggestionMarker(change)}\n${said.join('\n\n')}\n\n${fenced('suggestion', change.corrected)}\n`,
  };
}

/** A change as the job summary shows it: its place and rules, then a diff of the lines. */
export function suggestionDiff(change: SuggestedChange): string {
  const rules = [...new Set(change.findings.map((finding) => `\`${finding.rule}\``))].join(', ');
  const diff = [
    ...change.original.split('\n').map((line) => `-${line}`),
    ...(change.corrected === '' ? [] : change.corrected.split('\n').map((line) => `+${line}`)),
  ].join('\n');
  return `**${escapeMarkdown(changePlace(change))}** (${rules})\n\n${fenced('diff', diff)}\n`;
}

/**
 * The changes not yet on the pull request: a paperlint comment with the same marker on the same lines
 * means an earlier run of this head posted it. GitHub clears `line` of a comment whose line has changed,
 * so a changed line is suggested afresh.
 */
export function unpostedChanges(
  changes: readonly SuggestedChange[],
  posted: readonly PostedComment[],
): { fresh: SuggestedChange[]; alreadyPosted: number } {
  const fresh = changes.filter((change) => {
    const marker = suggestionMarker(change);
    return !posted.some(
      (comment) =>
        comment.path === change.file &&
        comment.line === change.endLine &&
        (comment.start_line ?? comment.line) === change.startLine &&
        comment.body.startsWith(marker),
    );
  });
  return { fresh, alreadyPosted: changes.length - fresh.length };
}

/** The review's own text: how many suggestions it holds, and where the rest and all findings are. */
export function reviewBody(count: number, inSummary: number, runUrl?: string): string {
  const summary = runUrl ? `the [job summary](${runUrl})` : "the workflow run's job summary";
  const where =
    inSummary > 0
      ? `A review holds at most ${MAX_REVIEW_COMMENTS} comments: ${plural(inSummary, 'more suggested change')} and every finding are in ${summary}.`
      : `Every finding is in ${summary}.`;
  return `**paperlint** suggests ${plural(count, 'change')} to lines this pull request adds, each fixing a finding; *Commit suggestion* applies one. ${where}\n`;
}
