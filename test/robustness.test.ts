// Bad input is linted, never crashes or hangs: pathological Markdown and random Markdown (property test).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixText } from '../src/fix.js';
import { lintText } from '../src/lint.js';
import { limitNesting, MAX_NESTING } from '../src/parse/nesting.js';
import { ON_TODAY } from './helpers/list.js';

const SLOW = 180_000;

describe('limitNesting', () => {
  it('keeps lengths and shallow lines, and turns only the over-deep prefix into text', () => {
    const shallow = '- a\n  - b\n    - c [x](https://e.org)\n\n```\n' + ' '.repeat(20) + 'code\n```\n';
    expect(limitNesting(shallow)).toBe(shallow);
    const deep = `${'  '.repeat(MAX_NESTING + 5)}- deep\n${'> '.repeat(MAX_NESTING + 5)}quote\n${'- '.repeat(MAX_NESTING + 5)}x`;
    const limited = limitNesting(deep);
    expect(limited).toHaveLength(deep.length);
    expect(limited.split('\n').map((line) => line.indexOf('\u00a0'))).toEqual([
      2 * MAX_NESTING,
      2 * MAX_NESTING,
      2 * MAX_NESTING,
    ]);
  });
});

describe('pathological input', () => {
  it('invalid UTF-8 decoded with replacement characters', async () => {
    const { writeFileSync } = await import('node:fs');
    const { cli, tempDir } = await import('./helpers/cli.js');
    const dir = tempDir();
    writeFileSync(
      `${dir}/README.md`,
      Buffer.concat([
        Buffer.from('- Caf'),
        Buffer.from([0xc3, 0x28, 0xff]),
        Buffer.from(' paper, [[paper]](https://arxiv.org/abd/2304.10149)\n'),
      ]),
    );
    const run = await cli(['--offline', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const findings: Array<{ rule: string; line: number }> = JSON.parse(run.stdout).findings;
    expect(findings.find((f) => f.rule === 'arxiv-url')).toMatchObject({ line: 1 });
  });
  it(
    'a 5 MB single line',
    () => {
      const line = `- ${'word '.repeat(1_000_000)}[[paper]](https://arxiv.org/abs/2304.10149)\n`;
      expect(line.length).toBeGreaterThan(5_000_000);
      expect(() => lintText(line, 'big.md', ON_TODAY)).not.toThrow();
    },
    SLOW,
  );
  it(
    '3,000-deep nested lists',
    () => {
      const text = Array.from(
        { length: 3000 },
        (_, depth) => `${'  '.repeat(depth)}- level ${depth} [x](https://e.org/${depth})`,
      ).join('\n');
      const { list } = lintText(text, 'deep.md', ON_TODAY);
      expect(list.entries.length).toBeGreaterThan(0);
    },
    SLOW,
  );
  it(
    '200,000 [ characters',
    () => {
      expect(() => lintText(`- ${'['.repeat(200_000)}\n`, 'brackets.md', ON_TODAY)).not.toThrow();
    },
    SLOW,
  );
  // The venue-and-date pattern once split such a word in cubically many ways: 200 letters took 8 s.
  it('a 2,000-letter word after a comma, a bold title or a linked name, within the default timeout', () => {
    const word = 'a'.repeat(2000);
    const text = [
      `- Title, ${word} [paper](https://arxiv.org/abs/2306.05284)`,
      `- Name **Some Bold Title** ${word} [paper](https://arxiv.org/abs/2306.05285)`,
      '',
      '| Name | Links |',
      '|---|---|',
      `| [ViLT](https://arxiv.org/abs/2102.03334) ${word} | x |`,
    ].join('\n');
    expect(lintText(text, 'long-word.md', ON_TODAY).list.entries).toHaveLength(3);
  });
});

const fragment = fc.constantFrom(
  '- ',
  '* ',
  '+ ',
  '1. ',
  '  ',
  '\n',
  '\r\n',
  '# ',
  '## ',
  '| a | b |\n|---|---|\n',
  '| ',
  ' |',
  '**',
  '_',
  '`',
  '[',
  ']',
  '(',
  ')',
  '[[paper]]',
  '(https://arxiv.org/abs/2305.11700)',
  'https://arxiv.org/abd/2304.03516',
  '(https://arxiv.org/pdf/2305.11700v2.pdf)',
  'arXiv:2305.11700',
  'arxiv 2023/05',
  '[2023/10]',
  'NeurIPS 2022',
  ', ',
  '，',
  'Title',
  'MicroLens: A Dataset',
  '<!-- paperlint-disable-next-line -->',
  '<!-- paperlint-disable arxiv-url -->',
  'https://doi.org/10.1145/3580305.3599519',
  '\uFEFF',
  '>',
  '<',
  '&',
  '\t',
  '\\',
  '![badge](https://img.shields.io/x)',
);

describe('property: random Markdown never makes the linter or --fix throw', () => {
  it('lintText and fixText survive random documents', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string({ maxLength: 8 })), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const { findings } = lintText(text, 'random.md', ON_TODAY);
        for (const finding of findings) {
          expect(finding.line).toBeGreaterThanOrEqual(1);
          expect(finding.column).toBeGreaterThanOrEqual(1);
        }
        const fixed = fixText(text, 'random.md', ON_TODAY);
        expect(fixText(fixed.output, 'random.md', ON_TODAY).applied).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
