import { describe, expect, it } from 'vitest';
import { addedLinesOfPullRequest } from '../../src/action/patch.js';
import {
  fenceFor,
  reviewBody,
  type SuggestedChange,
  suggestedChanges,
  suggestionComment,
  suggestionDiff,
  suggestionMarker,
  unpostedChanges,
} from '../../src/action/suggestions.js';
import { lintText } from '../../src/lint.js';
import type { Finding } from '../../src/types.js';
import { finding } from './findings.js';

const ABD = '- Generative Agents, arxiv 2023/04, [[paper]](https://arxiv.org/abd/2304.03516)';
const JUNK = '- Some Paper, arxiv 2024/03, [[paper]](https://arxiv.org/abs/2403.08206f)';

/** Every line of `source` added (a new file), or only `lines`. */
function addedOf(source: string, lines?: number[], file = 'README.md') {
  const count = source.split('\n').length;
  const added = new Set(lines ?? Array.from({ length: count }, (_, i) => i + 1));
  const patch = `@@ -0,0 +1,${count} @@\n${source
    .split('\n')
    .map((line, i) => (added.has(i + 1) ? `+${line}` : ` ${line}`))
    .join('\n')}`;
  return addedLinesOfPullRequest([{ filename: file, status: 'modified', patch }]);
}

/** A finding that replaces the first `from` of `source` with `to`. */
function fixing(source: string, from: string, to: string, fields: Partial<Finding> = {}): Finding {
  const start = source.indexOf(from);
  const line = source.slice(0, start).split('\n').length;
  return finding({ line, fix: { start, end: start + from.length, replacement: to }, ...fields });
}

describe('suggestedChanges', () => {
  it('gives the whole corrected line of each fix linted on added lines', () => {
    const source = `# Papers\n\n${ABD}\n${JUNK}\n`;
    const { findings } = lintText(source, 'README.md');
    const changes = suggestedChanges(findings, new Map([['README.md', source]]), addedOf(source, [3, 4]));
    expect(
      changes.map(({ file, startLine, endLine, original, corrected }) => ({
        file,
        startLine,
        endLine,
        original,
        corrected,
      })),
    ).toEqual([
      { file: 'README.md', startLine: 3, endLine: 3, original: ABD, corrected: ABD.replace('abd', 'abs') },
      { file: 'README.md', startLine: 4, endLine: 4, original: JUNK, corrected: JUNK.replace('206f', '206') },
    ]);
    expect(changes.flatMap((c) => c.findings.map((f) => f.rule))).toEqual(['arxiv-url', 'arxiv-url']);
  });

  it('names only the findings whose fixes it applies when two fixes of a line overlap', () => {
    const source = `# Papers\n\n${JUNK}\n`;
    const findings = [
      fixing(source, 'https://arxiv.org/abs/2403.08206f', 'https://arxiv.org/abs/2403.08206', {
        message: 'junk suffix',
      }),
      fixing(source, '2403.08206f', '2403.08206', { rule: 'arxiv-not-found', message: 'overlapping' }),
    ];
    const [change] = suggestedChanges(findings, new Map([['README.md', source]]), addedOf(source));
    expect(change.corrected).toBe(JUNK.replace('206f', '206'));
    expect(change.findings.map((f) => f.message)).toEqual(['junk suffix']);
  });

  it('applies every fix of one line together, insertions included', () => {
    const source = `# Papers\n\n- A  B, arxiv 2023/04,[[paper]](x)\n`;
    const findings = [
      fixing(source, '  ', ' ', { rule: 'entry-format', message: 'Double space' }),
      finding({
        line: 3,
        rule: 'entry-format',
        fix: { start: source.indexOf(',[') + 1, end: source.indexOf(',[') + 1, replacement: ' ' },
      }),
      finding({ line: 3, rule: 'dead-link' }),
    ];
    const [change] = suggestedChanges(findings, new Map([['README.md', source]]), addedOf(source));
    expect(change).toMatchObject({
      startLine: 3,
      endLine: 3,
      corrected: '- A B, arxiv 2023/04, [[paper]](x)',
    });
    expect(change.findings).toHaveLength(2);
  });

  it('spans the lines of a fix that crosses a line break, and merges the fixes sharing them', () => {
    const source = '# Papers\n\n- Title one\n  continued, [[paper]](https://arxiv.org/abd/1)\n- Next\n';
    const findings = [fixing(source, 'one\n  continued', 'one continued'), fixing(source, 'abd', 'abs')];
    const changes = suggestedChanges(findings, new Map([['README.md', source]]), addedOf(source));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      startLine: 3,
      endLine: 4,
      original: '- Title one\n  continued, [[paper]](https://arxiv.org/abd/1)',
      corrected: '- Title one continued, [[paper]](https://arxiv.org/abs/1)',
    });
    expect(suggestionComment(changes[0])).toMatchObject({ start_line: 3, start_side: 'RIGHT', line: 4 });
  });

  it('leaves out fixes on lines the pull request keeps, fixes reaching one, and files without a patch', () => {
    const source = `# Papers\n\n${ABD}\n${JUNK}\n`;
    const findings = [
      fixing(source, 'abd', 'abs'),
      fixing(source, '206f', '206'),
      fixing(source, 'abd/2304.03516)\n- Some', 'abs/2304.03516)\n- Some'),
    ];
    expect(
      suggestedChanges(findings.slice(0, 2), new Map([['README.md', source]]), addedOf(source, [4])).map(
        (c) => c.startLine,
      ),
    ).toEqual([4]);
    // The third fix joins lines 3 and 4 into one change, which line 3 (not added) rules out.
    expect(suggestedChanges(findings, new Map([['README.md', source]]), addedOf(source, [4]))).toEqual([]);
    const whole = addedLinesOfPullRequest([{ filename: 'README.md', status: 'modified' }]);
    expect(suggestedChanges(findings, new Map([['README.md', source]]), whole)).toEqual([]);
    expect(
      suggestedChanges(findings, new Map([['README.md', source]]), addedOf(source, undefined, 'other.md')),
    ).toEqual([]);
  });

  it('keeps CRLF out of the lines and skips a fix that changes nothing', () => {
    const source = `# Papers\r\n\r\n${ABD}\r\n`;
    const changes = suggestedChanges(
      [fixing(source, 'abd', 'abs'), finding({ line: 1, fix: { start: 2, end: 8, replacement: 'Papers' } })],
      new Map([['README.md', source]]),
      addedOf(source),
    );
    expect(changes.map((c) => [c.startLine, c.original, c.corrected])).toEqual([
      [3, ABD, ABD.replace('abd', 'abs')],
    ]);
  });
});

const change = (fields: Partial<SuggestedChange> = {}): SuggestedChange => ({
  file: 'README.md',
  startLine: 6,
  endLine: 6,
  original: ABD,
  corrected: ABD.replace('abd', 'abs'),
  findings: [finding({ line: 6, message: "Malformed arXiv link: unknown path 'abd'" })],
  ...fields,
});

describe('suggestionComment', () => {
  it('holds the hidden marker, the escaped message and the corrected line in a suggestion block', () => {
    const comment = suggestionComment(change());
    expect(comment).toEqual({
      path: 'README.md',
      line: 6,
      side: 'RIGHT',
      body: `${suggestionMarker(change())}\n**paperlint** \`arxiv-url\`: Malformed arXiv link: unknown path 'abd'\n\n\`\`\`suggestion\n${ABD.replace('abd', 'abs')}\n\`\`\`\n`,
    });
    expect(suggestionMarker(change())).toMatch(/^<!-- paperlint:suggestion [0-9a-f]{16} -->$/);
  });

  it('fences a line holding backticks with a longer fence, and keeps list text inert', () => {
    const line = '- Title ``` <img src=x> @octocat, [[paper]](https://arxiv.org/abs/1)';
    const body = suggestionComment(
      change({
        original: line,
        corrected: line,
        findings: [finding({ line: 6, message: 'Title @octocat <b>x</b>' })],
      }),
    ).body;
    expect(body).toContain(`\`\`\`\`suggestion\n${line}\n\`\`\`\`\n`);
    expect(body).toContain('Title @\u200doctocat &lt;b&gt;x&lt;/b&gt;');
    expect(fenceFor('a ````` b ``')).toBe('``````');
    expect(fenceFor('plain')).toBe('```');
    expect(fenceFor('` '.repeat(300_000))).toBe('```');
  });

  it('suggests deleting the lines when the fix empties them', () => {
    expect(suggestionComment(change({ corrected: '' })).body).toContain('\n```suggestion\n```\n');
  });
});

describe('suggestionDiff', () => {
  it('shows the place, the rules and the lines as a diff', () => {
    const text = suggestionDiff(change({ startLine: 5, original: `x\n${ABD}`, corrected: ABD }));
    expect(text).toBe(`**README.md:5-6** (\`arxiv-url\`)\n\n\`\`\`diff\n-x\n-${ABD}\n+${ABD}\n\`\`\`\n`);
  });
});

describe('unpostedChanges', () => {
  const posted = (c: SuggestedChange, fields: object = {}) => ({ ...suggestionComment(c), ...fields });

  it('skips a change already posted on the same lines, and posts again when the line changed', () => {
    const one = change();
    const two = change({ startLine: 9, endLine: 9, original: 'y', corrected: 'z' });
    expect(unpostedChanges([one, two], [posted(one, { start_line: null })])).toEqual({
      fresh: [two],
      alreadyPosted: 1,
    });
    // GitHub clears `line` on a comment whose line has changed since: outdated.
    expect(unpostedChanges([one], [posted(one, { line: null })]).fresh).toEqual([one]);
    // The same place with another line of text, or someone else's comment quoting the text.
    const edited = change({ original: ABD.replace('abd', 'abx') });
    expect(unpostedChanges([edited], [posted(one)]).fresh).toEqual([edited]);
    expect(unpostedChanges([one], [{ path: 'README.md', line: 6, body: `Quote: ${ABD}` }]).fresh).toEqual([
      one,
    ]);
  });

  it('matches multi-line changes by their first line too', () => {
    const multi = change({ startLine: 5, original: `x\n${ABD}` });
    expect(unpostedChanges([multi], [posted(multi)]).alreadyPosted).toBe(1);
    expect(unpostedChanges([multi], [posted(multi, { start_line: 4 })]).alreadyPosted).toBe(0);
  });
});

describe('reviewBody', () => {
  it('counts the suggestions and links the job summary, naming the cap when it cut some', () => {
    expect(reviewBody(2, 0, 'https://github.com/o/r/actions/runs/1')).toBe(
      '**paperlint** suggests 2 changes to lines this pull request adds, each fixing a finding; *Commit suggestion* applies one. Every finding is in the [job summary](https://github.com/o/r/actions/runs/1).\n',
    );
    expect(reviewBody(50, 3)).toContain(
      "applies one. A review holds at most 50 comments: 3 more suggested changes and every finding are in the workflow run's job summary.\n",
    );
  });
});
