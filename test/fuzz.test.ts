/**
 * Fuzzing (issue #19): random and hostile Markdown through the linter, `fixText` and the CLI's `--fix`, with a
 * fixed seed so that CI runs the same cases every time (and a failure names its counterexample). Checked on
 * every document: no crash, positions inside the document, each fix on exactly the span its finding
 * reports, lines no fix touches left as they were, `--fix` idempotent, and on disk only the fixes' bytes
 * changed (a file that is not valid UTF-8 not at all). No hang: the cases run within the test's timeout.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixText } from '../src/fix.js';
import { lintText } from '../src/lint.js';
import { createLocator } from '../src/parse/source.js';
import { stripBom } from '../src/text/bom.js';
import { cli, tempDir } from './helpers/cli.js';
import { ON_TODAY } from './helpers/list.js';

const SEED = 19;

/** Pieces of real paper lists, the Markdown that breaks parsers, and text that breaks decoders. */
const hostile = fc.constantFrom(
  '- ',
  '* ',
  '1. ',
  '   ',
  '\n',
  '\r\n',
  '\r',
  '# ',
  '### ',
  '| Name | Paper |\n|---|---|\n',
  '| ',
  ' |',
  '**',
  '*',
  '_',
  '`',
  '```\n',
  '[',
  ']',
  '(',
  ')',
  '![',
  '<!-- ',
  ' -->',
  '<!-- paperlint-disable-next-line -->',
  '<!-- paperlint-disable arxiv-url -->',
  '<details><summary>x</summary>',
  '<a href="https://arxiv.org/abs/2305.11700">',
  '[[paper]]',
  '[[code]]',
  '(https://arxiv.org/abs/2305.11700)',
  '(http://arxiv.org/abs/2305.11700v2)',
  '(https://arxiv.org/abd/2304.03516)',
  '(https://arxiv.org/abs/2403.08206f)',
  '(https://arxiv.org/pdf/2305.11700v2.pdf)',
  '(arxiv.org/abs/2305.11700)',
  '(https://doi.org/10.1145/3580305.3599519)',
  '(https://github.com/o/r)',
  '(https://example.org/a_(b))',
  '(<https://example.org/a b>)',
  'arXiv:2305.11700',
  'https://arxiv.org/abs/2305.11700',
  'arxiv 2023/05',
  ', NeurIPS 2022, ',
  "(ICLR'24)",
  '，',
  '、',
  'Title: A Study',
  'MicroLens: A Content-Driven Micro-Video Recommendation Dataset',
  '\uFEFF',
  '\uFFFD',
  '\uD800',
  '\u200B',
  '\u202E',
  '\u0000',
  '\t',
  '\\',
  '&amp;',
  '>',
  '<',
  '[^1]',
  '[x]: https://arxiv.org/abs/2305.11700',
  'x'.repeat(3000),
  '['.repeat(500),
  '*a'.repeat(300),
);

const document = fc
  .array(
    fc.oneof({ weight: 4, arbitrary: hostile }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }),
    {
      maxLength: 80,
    },
  )
  .map((parts) => parts.join(''));

/** The lines of a text with their endings (CommonMark's: LF, CRLF, lone CR). */
const linesOf = (text: string) => text.match(/[^\r\n]*(?:\r\n?|\n)|[^\r\n]+$/g) ?? [];

describe('fuzz: random and hostile Markdown (fixed seed)', () => {
  it('lint: no crash, positions inside the document, each fix exactly on its finding’s span', () => {
    fc.assert(
      fc.property(document, (text) => {
        const source = stripBom(text);
        const lines = linesOf(source).length || 1;
        const locator = createLocator(source);
        for (const finding of lintText(text, 'fuzz.md', ON_TODAY).findings) {
          expect(finding.line).toBeGreaterThanOrEqual(1);
          expect(finding.endLine).toBeLessThanOrEqual(lines + 1);
          expect(finding.column).toBeGreaterThanOrEqual(1);
          if (!finding.fix) continue;
          const { start, end } = finding.fix;
          expect(0 <= start && start <= end && end <= source.length).toBe(true);
          const span = locator.spanOf(start, end);
          expect([span.start.line, span.start.column, span.end.line, span.end.column]).toEqual([
            finding.line,
            finding.column,
            finding.endLine,
            finding.endColumn,
          ]);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('fix: lines no fix touches stay as they were, and fixing twice changes nothing the second time', () => {
    fc.assert(
      fc.property(document, (text) => {
        const source = stripBom(text);
        const fixes = lintText(text, 'fuzz.md', ON_TODAY).findings.flatMap((f) => (f.fix ? [f.fix] : []));
        const { output, skipped } = applyFixes(source, fixes);
        const applied = fixes.filter((fix) => !skipped.includes(fix));
        let from = 0;
        const untouched = linesOf(source).filter((line) => {
          const to = from + line.length;
          const touched = applied.some((fix) => fix.start < to && fix.end >= from);
          from = to;
          return !touched;
        });
        const outputLines = linesOf(output);
        for (const line of untouched) expect(outputLines).toContain(line);

        const fixed = fixText(text, 'fuzz.md', ON_TODAY);
        expect(fixed.output.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
        const again = fixText(fixed.output, 'fuzz.md', ON_TODAY);
        expect(again.applied).toBe(0);
        expect(again.output).toBe(fixed.output);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('--fix on disk: the file holds exactly the fixed text, invalid UTF-8 is left byte for byte', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'README.md');
    await fc.assert(
      fc.asyncProperty(document, fc.boolean(), async (text, latin1) => {
        // Half the files carry a Latin-1 byte, which makes them invalid UTF-8.
        const bytes = Buffer.concat([Buffer.from(text), latin1 ? Buffer.from([0xe4]) : Buffer.alloc(0)]);
        if (bytes.subarray(0, 8192).includes(0)) return; // A NUL byte is a binary file, refused.
        writeFileSync(file, bytes);
        const run = await cli(['--offline', '--fix', '--format', 'json'], dir);
        expect(run.stderr).not.toMatch(/internal error/);
        expect([0, 1]).toContain(run.code);
        const written = readFileSync(file);
        if (latin1) expect(written.equals(bytes)).toBe(true);
        else expect(written.toString()).toBe(fixText(bytes.toString(), 'README.md').output);
        // Idempotent on disk too.
        await cli(['--offline', '--fix'], dir);
        expect(readFileSync(file).equals(written)).toBe(true);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});
