// Line numbers agree with remark's whatever ends the lines: `\n`, `\r\n` or a lone `\r` (CommonMark's three
// line endings). A lone CR used to put every finding found inside text on line 1 (issue #19, item 15).
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { createLocator } from '../../src/parse/source.js';
import { ON_TODAY } from '../helpers/list.js';

const LINES = [
  '# Papers',
  '',
  '- Is ChatGPT a Good Recommender?, arxiv 2023/04, [[paper]](https://arxiv.org/abs/2304.10149)',
  '- MicroLens: A Content-Driven Micro-Video Recommendation Dataset, arxiv 2023/09, [[paper]](https://arxiv.org/abd/2309.15379)',
  '- Is ChatGPT a Good Recommender?, arxiv 2023/04, [[paper]](https://arxiv.org/abs/2304.10149)',
  '',
];

describe('line endings', () => {
  for (const [name, ending] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ] as const) {
    it(`${name}: findings sit on the lines remark gives`, () => {
      const { findings } = lintText(LINES.join(ending), 'list.md', ON_TODAY);
      const places = findings.map((finding) => [finding.rule, finding.line, finding.column]);
      expect(places).toEqual(
        expect.arrayContaining([
          ['arxiv-url', 4, expect.any(Number)],
          ['duplicate-entry', 5, 1],
        ]),
      );
      expect(findings.every((finding) => finding.line > 1 && finding.column < 130)).toBe(true);
    });
  }

  it('the locator counts a lone CR, CRLF and LF as one line ending each', () => {
    const locator = createLocator('a\rb\r\nc\nd');
    expect(
      ['a', 'b', 'c', 'd'].map((letter) => locator.pointAt('a\rb\r\nc\nd'.indexOf(letter)).line),
    ).toEqual([1, 2, 3, 4]);
    expect(locator.pointAt(5)).toEqual({ line: 3, column: 1, offset: 5 });
  });
});
