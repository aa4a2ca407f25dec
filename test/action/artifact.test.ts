import { describe, expect, it } from 'vitest';
import {
  type ArtifactDocument,
  artifactText,
  bindArtifact,
  MAX_ARTIFACT_BYTES,
  parseArtifact,
  RefusedArtifact,
} from '../../src/action/artifact.js';
import { type AddedLines, addedLinesOfPullRequest } from '../../src/action/patch.js';
import type { SuggestedChange } from '../../src/action/suggestions.js';
import type { Finding, Report } from '../../src/types.js';
import { finding } from './findings.js';

const HEAD = 'a'.repeat(40);

function reportOf(findings: Finding[]): Report {
  return {
    version: '1.2.3',
    findings,
    summary: {
      files: 1,
      entries: 9,
      errors: findings.length,
      warnings: 0,
      infos: 0,
      links: { checked: 0, alive: 0, dead: 0, unverified: 0, excluded: 0 },
    },
  };
}

/** A pull request adding lines 5 and 6 of README.md (1–4 and 7 are context) and the whole of NEW.md. */
const added: AddedLines = addedLinesOfPullRequest([
  { filename: 'README.md', status: 'modified', patch: '@@ -1,5 +1,7 @@\n 1\n 2\n 3\n 4\n+5\n+6\n 7' },
  { filename: 'NEW.md', status: 'added' },
]);

const onAdded = finding({ line: 5, fix: { start: 40, end: 43, replacement: 'abs' } });
const elsewhere = finding({ line: 2, rule: 'entry-format', severity: 'warning', message: 'Missing date' });
const change: SuggestedChange = {
  file: 'README.md',
  startLine: 5,
  endLine: 5,
  original: '- A, [[paper]](https://arxiv.org/abd/1)',
  corrected: '- A, [[paper]](https://arxiv.org/abs/1)',
  findings: [onAdded],
};

const saved = (findings: Finding[], changes: SuggestedChange[] = [change]) =>
  artifactText({ report: reportOf(findings), pullRequest: 7, headSha: HEAD, added, changes });

const documentOf = (text: string) => JSON.parse(text) as ArtifactDocument;
const bytesOf = (document: object) => Buffer.from(JSON.stringify(document));

function refusal(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(RefusedArtifact);
    return (error as Error).message;
  }
  throw new Error('the artifact was accepted');
}

describe('the report artifact', () => {
  it('round-trips: what the report run saves, the publisher parses and binds unchanged (fix offsets aside)', () => {
    const text = saved([onAdded, elsewhere]);
    const published = bindArtifact(parseArtifact(Buffer.from(text)), HEAD, added);
    const { fix: _offsets, ...withoutFix } = onAdded;
    expect(published.report.findings).toEqual([withoutFix, elsewhere]);
    expect(published.report.summary).toEqual(reportOf([onAdded, elsewhere]).summary);
    expect(published.leftOut).toBe(0);
    expect(published.changes).toEqual([{ ...change, findings: [withoutFix] }]);
  });

  it('leaves out the findings elsewhere in the list when the whole report would not fit, and counts them', () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      finding({ line: 100 + i, message: `Something long about entry ${i}: ${'x'.repeat(200)}` }),
    );
    const text = saved([onAdded, ...many]);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_ARTIFACT_BYTES);
    const document = parseArtifact(Buffer.from(text));
    expect(document.report.findings.map((f) => f.line)).toEqual([5]);
    expect(document.leftOut).toBe(20_000);
    expect(document.report.summary.errors).toBe(20_001);
    expect(bindArtifact(document, HEAD, added).changes[0].findings[0].line).toBe(5);
  });

  it('refuses what is too large, not JSON, or not its schema', () => {
    expect(refusal(() => parseArtifact(Buffer.alloc(MAX_ARTIFACT_BYTES + 1, 32)))).toBe(
      `it is ${MAX_ARTIFACT_BYTES + 1} bytes, more than ${MAX_ARTIFACT_BYTES}`,
    );
    expect(refusal(() => parseArtifact(Buffer.from('{"paperlintArtifact": 1,')))).toBe('it is not JSON');
    const good = documentOf(saved([onAdded]));
    expect(refusal(() => parseArtifact(bytesOf({ ...good, paperlintArtifact: 2 })))).toBe(
      '/paperlintArtifact must be equal to constant',
    );
    expect(refusal(() => parseArtifact(bytesOf({ ...good, extra: '<script>' })))).toBe(
      'the document must NOT have additional properties',
    );
    const withLine = (line: unknown) => ({
      ...good,
      report: { ...good.report, findings: [{ ...good.report.findings[0], line }] },
    });
    expect(refusal(() => parseArtifact(bytesOf(withLine(0))))).toBe('/report/findings/0/line must be >= 1');
    expect(refusal(() => parseArtifact(bytesOf(withLine('5'))))).toBe(
      '/report/findings/0/line must be integer',
    );
  });

  it('refuses every path that could leave the repository, in findings, related places and suggestions', () => {
    const good = documentOf(saved([onAdded]));
    const withFile = (file: string) => ({
      ...good,
      report: { ...good.report, findings: [{ ...good.report.findings[0], file }] },
    });
    for (const file of [
      '../secrets',
      'docs/../../x',
      '/etc/passwd',
      'a//b',
      './README.md',
      'a\\..\\b',
      'a\u0000b',
    ]) {
      expect(refusal(() => parseArtifact(bytesOf(withFile(file))))).toBe(
        `finding 0 names '${file}', a path outside the repository`,
      );
    }
    const related = {
      ...good,
      report: {
        ...good.report,
        findings: [{ ...good.report.findings[0], related: [{ file: '../other/README.md', line: 1 }] }],
      },
    };
    expect(refusal(() => parseArtifact(bytesOf(related)))).toMatch(
      /'\.\.\/other\/README\.md', a path outside/,
    );
    const suggestion = {
      ...good,
      suggestions: [{ ...good.suggestions[0], file: '../../.github/workflows/ci.yml' }],
    };
    expect(refusal(() => parseArtifact(bytesOf(suggestion)))).toMatch(/^suggestion 0 names/);
  });

  it('refuses suggestions that do not hold their lines or name findings the report lacks', () => {
    const good = documentOf(saved([onAdded]));
    const suggestion = (fields: object) => ({
      ...good,
      suggestions: [{ ...good.suggestions[0], ...fields }],
    });
    expect(refusal(() => parseArtifact(bytesOf(suggestion({ endLine: 6 }))))).toBe(
      'suggestion 0 does not hold the lines it replaces',
    );
    expect(refusal(() => parseArtifact(bytesOf(suggestion({ startLine: 6 }))))).toBe(
      'suggestion 0 ends before it starts',
    );
    expect(refusal(() => parseArtifact(bytesOf(suggestion({ findings: [1] }))))).toBe(
      'suggestion 0 names a finding the report does not have',
    );
  });

  it('binds to the pull request: its head commit, and suggestions on added lines only', () => {
    const document = parseArtifact(Buffer.from(saved([onAdded])));
    expect(refusal(() => bindArtifact(document, 'b'.repeat(40), added))).toBe(
      `it is for commit ${HEAD}, not the run's ${'b'.repeat(40)}`,
    );
    const moved = { ...document, suggestions: [{ ...document.suggestions[0], startLine: 4, endLine: 4 }] };
    expect(refusal(() => bindArtifact(moved, HEAD, added))).toBe(
      'suggestion 0 changes README.md:4, a line the pull request does not add',
    );
    // A file GitHub shows no diff for has no line a review comment can sit on.
    const wholeFile = { ...document, suggestions: [{ ...document.suggestions[0], file: 'NEW.md' }] };
    expect(refusal(() => bindArtifact(wholeFile, HEAD, added))).toMatch(/NEW\.md:5, a line the pull request/);
    const untouched = { ...document, suggestions: [{ ...document.suggestions[0], file: 'OTHER.md' }] };
    expect(refusal(() => bindArtifact(untouched, HEAD, added))).toMatch(/OTHER\.md:5/);
  });
});
