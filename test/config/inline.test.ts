import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inlineDirectives, inlineSuppressions, RULE_IDS } from '../../src/config/index.js';
import { unknownRuleIds } from '../../src/config/inline.js';
import { lintText } from '../../src/lint.js';
import { parseMarkdown } from '../../src/parse/index.js';
import type { RuleId } from '../../src/types.js';
import { ON_TODAY } from '../helpers/list.js';

const suppressionsOf = (markdown: string) => inlineSuppressions(parseMarkdown(markdown));

/** The lines 1..last on which `rule` is silenced. */
function silencedLines(markdown: string, rule: RuleId, last = markdown.split('\n').length): number[] {
  const suppressed = suppressionsOf(markdown);
  return Array.from({ length: last }, (_, i) => i + 1).filter((line) => suppressed(rule, line));
}

describe('paperlint-disable-next-line', () => {
  const markdown = [
    '# Papers',
    '',
    '<!-- paperlint-disable-next-line arxiv-url -->',
    '- A, [[paper]](https://arxiv.org/abd/2304.03516)',
    '- B, [[paper]](https://arxiv.org/abd/2304.03517)',
  ].join('\n');

  it('silences the named rule on the line after the comment only', () => {
    expect(silencedLines(markdown, 'arxiv-url')).toEqual([4]);
    expect(silencedLines(markdown, 'entry-format')).toEqual([]);
  });

  it('silences every rule when it names none', () => {
    const all = markdown.replace(' arxiv-url -->', ' -->');
    for (const rule of RULE_IDS) expect(silencedLines(all, rule)).toEqual([4]);
  });

  it('works as an inline comment at the end of the previous entry', () => {
    const text = [
      '- A, [[paper]](https://arxiv.org/abs/2304.03516) <!-- paperlint-disable-next-line duplicate-entry -->',
      '- A, [[paper]](https://arxiv.org/abs/2304.03516)',
      '- A, [[paper]](https://arxiv.org/abs/2304.03516)',
    ].join('\n');
    expect(silencedLines(text, 'duplicate-entry')).toEqual([2]);
  });

  it('works between two items of one list, indented or not', () => {
    for (const indent of ['', '  ']) {
      const text = ['- A', `${indent}<!-- paperlint-disable-next-line arxiv-url -->`, '- B', '- C'].join(
        '\n',
      );
      expect(silencedLines(text, 'arxiv-url')).toEqual([3]);
    }
  });

  it('counts from the line where a multi-line comment ends (LF and CRLF)', () => {
    const lines = ['<!--', '  paperlint-disable-next-line arxiv-url', '-->', '- A', '- B'];
    expect(silencedLines(lines.join('\n'), 'arxiv-url')).toEqual([4]);
    expect(silencedLines(lines.join('\r\n'), 'arxiv-url', 5)).toEqual([4]);
  });

  it('takes several ids, separated by spaces or commas, and a "-- reason"', () => {
    const text =
      '<!-- paperlint-disable-next-line arxiv-url, dead-link redirect -- mirrors are fine -->\n- A\n';
    const suppressed = suppressionsOf(text);
    expect(
      ['arxiv-url', 'dead-link', 'redirect', 'entry-format'].map((r) => suppressed(r as RuleId, 2)),
    ).toEqual([true, true, true, false]);
  });
});

describe('paperlint-disable … paperlint-enable', () => {
  const markdown = [
    '# Papers', // 1
    '<!-- paperlint-disable dead-link redirect -->', // 2
    '- A', // 3
    '- B', // 4
    '<!-- paperlint-enable dead-link -->', // 5
    '- C', // 6
    '- D', // 7
  ].join('\n');

  it('silences the named rules between the comments', () => {
    expect(silencedLines(markdown, 'dead-link')).toEqual([2, 3, 4, 5]);
  });

  it('lasts to the end of the file without an enable', () => {
    expect(silencedLines(markdown, 'redirect', 1000)).toHaveLength(999);
    expect(suppressionsOf(markdown)('redirect', 1)).toBe(false);
  });

  it('leaves other rules alone', () => {
    expect(silencedLines(markdown, 'arxiv-url')).toEqual([]);
  });

  it('disables everything without ids, and an enable with ids re-enables just those', () => {
    const text = ['<!-- paperlint-disable -->', '- A', '<!-- paperlint-enable arxiv-url -->', '- B'].join(
      '\n',
    );
    expect(silencedLines(text, 'arxiv-url')).toEqual([1, 2, 3]);
    expect(silencedLines(text, 'entry-format')).toEqual([1, 2, 3, 4]);
  });

  it('re-enables everything with an enable without ids', () => {
    const text = [
      '<!-- paperlint-disable arxiv-url dead-link -->',
      '- A',
      '<!-- paperlint-enable -->',
      '- B',
    ].join('\n');
    expect(silencedLines(text, 'arxiv-url')).toEqual([1, 2, 3]);
    expect(silencedLines(text, 'dead-link')).toEqual([1, 2, 3]);
  });

  it('reads several comments in one HTML node, and comments inside list items', () => {
    const text = [
      '<!-- paperlint-disable arxiv-url --><!-- paperlint-disable dead-link -->',
      '- A',
      '- B <!-- paperlint-enable arxiv-url -->',
      '- C',
    ].join('\n');
    expect(silencedLines(text, 'arxiv-url')).toEqual([1, 2, 3]);
    expect(silencedLines(text, 'dead-link')).toEqual([1, 2, 3, 4]);
  });
});

describe('what is not a directive', () => {
  it('ignores comments in code, other comments and look-alike words', () => {
    const text = [
      '```md',
      '<!-- paperlint-disable -->',
      '```',
      '<!-- a note about paperlint-disable -->',
      '<!-- paperlint-disabled arxiv-url -->',
      '<!-- eslint-disable-next-line -->',
      '- A',
    ].join('\n');
    for (const rule of RULE_IDS) expect(silencedLines(text, rule)).toEqual([]);
    expect(inlineDirectives(parseMarkdown(text)).directives).toEqual([]);
  });

  it('ignores unknown rule ids and gives where they are; only-unknown ids silence nothing', () => {
    const text = [
      '<!-- paperlint-disable-next-line arxiv-urls -->',
      '- A',
      '<!-- paperlint-disable-next-line nope dead-link -->',
      '- B',
    ].join('\n');
    const { directives, unknownRules } = inlineDirectives(parseMarkdown(text));
    expect(unknownRules).toEqual([
      {
        rule: 'arxiv-urls',
        kind: 'disable-next-line',
        span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 48, offset: 47 } },
      },
      {
        rule: 'nope',
        kind: 'disable-next-line',
        span: { start: { line: 3, column: 1, offset: 52 }, end: { line: 3, column: 52, offset: 103 } },
      },
    ]);
    expect(directives).toEqual([{ kind: 'disable-next-line', rules: ['dead-link'], line: 3, endLine: 3 }]);
    for (const rule of RULE_IDS) expect(silencedLines(text, rule)).toEqual(rule === 'dead-link' ? [4] : []);
  });
});

describe("remark's lint comments", () => {
  it('lint disable … lint enable silences the rules they name in between, or every rule', () => {
    const text = [
      '<!--lint disable arxiv-url-->',
      '- A, [[paper]](https://arxiv.org/abd/2304.03516)',
      '<!--lint enable arxiv-url-->',
      '- B, [[paper]](https://arxiv.org/abd/2304.03517)',
    ].join('\n');
    expect(silencedLines(text, 'arxiv-url')).toEqual([1, 2, 3]);
    expect(silencedLines(text, 'entry-format')).toEqual([]);
    const all = text.replaceAll(' arxiv-url-->', '-->');
    for (const rule of RULE_IDS) expect(silencedLines(all, rule)).toEqual([1, 2, 3]);
  });

  it('lint ignore silences the node after it: a whole list, a paragraph', () => {
    const text = [
      '<!-- lint ignore duplicate-entry -->',
      '- A, [[paper]](https://arxiv.org/abs/2304.03516)',
      '- A, [[paper]](https://arxiv.org/abs/2304.03516)',
      '',
      'After the list.',
    ].join('\n');
    expect(silencedLines(text, 'duplicate-entry')).toEqual([2, 3]);
    expect(silencedLines(text, 'arxiv-url')).toEqual([]);
  });

  it("remark-lint's own rule ids silence nothing here, and are no unknown rule", () => {
    const text = [
      '<!--lint disable no-html first-heading-level-->',
      '- A, [[paper]](https://arxiv.org/abd/1)',
    ].join('\n');
    for (const rule of RULE_IDS) expect(silencedLines(text, rule)).toEqual([]);
    expect(inlineDirectives(parseMarkdown(text))).toEqual({ directives: [], unknownRules: [] });
  });
});

describe('through lintText on the shipped example', () => {
  const example = readFileSync(
    path.resolve(fileURLToPath(import.meta.url), '../../../examples/papers.md'),
    'utf8',
  );
  const keyed = (text: string) =>
    lintText(text, 'papers.md', ON_TODAY).findings.map((f) => `${f.line} ${f.rule}`);

  it('drops exactly the silenced findings', () => {
    const before = keyed(example);
    const first = lintText(example, 'papers.md', ON_TODAY).findings[0];
    const lines = example.split('\n');
    lines.splice(first.line - 1, 0, `<!-- paperlint-disable-next-line ${first.rule} -->`);
    // Every finding after the inserted comment moves down one line; the silenced one disappears.
    const shifted = before
      .filter((key) => key !== `${first.line} ${first.rule}`)
      .map((key) => {
        const [line, rule] = key.split(' ');
        return Number(line) >= first.line ? `${Number(line) + 1} ${rule}` : key;
      });
    expect(keyed(lines.join('\n'))).toEqual(shifted);
  });

  it('silences everything after a bare disable', () => {
    expect(keyed(`<!-- paperlint-disable -->\n${example}`)).toEqual([]);
  });
});

describe('unknownRuleIds', () => {
  it('finds an id inside a multi-line comment on its own line and column, and none in code', () => {
    const text = [
      'Intro <!-- x -->',
      '',
      '<div>',
      '<!-- paperlint-disable',
      '  arxiv-ulr -->',
      '</div>',
      '',
      '`<!-- paperlint-disable nope -->`',
    ].join('\n');
    const found = unknownRuleIds(parseMarkdown(text), text);
    expect(
      found.map(
        ({ rule, span }) =>
          `${rule} ${span.start.line}:${span.start.column}-${span.end.line}:${span.end.column}`,
      ),
    ).toEqual(['arxiv-ulr 4:1-5:16']);
    expect(text.slice(found[0].span.start.offset, found[0].span.end.offset)).toBe(
      '<!-- paperlint-disable\n  arxiv-ulr -->',
    );
  });
});
