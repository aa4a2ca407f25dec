import { describe, expect, it } from 'vitest';
import { formatReport, shouldUseColor } from '../../src/report/index.js';
import { visibleWidth, wrap } from '../../src/report/stylish.js';
import { emptyReport, report } from './sample.js';

const cwd = '/work/list';
const stripAnsi = (text: string) => text.replace(/\u001b\[\d+m/g, '');

describe('stylish', () => {
  it('groups by file, sorts by position, aligns the columns and marks what --fix fixes', () => {
    expect(formatReport(report, 'stylish', { color: false, cwd })).toBe(
      [
        '',
        'README.md',
        '  12:1   warning  Duplicate entry: same arXiv id as line 30  duplicate-entry',
        "  86:60  error    Malformed arXiv link: unknown path 'abd'   arxiv-url        fixable",
        '',
        'docs/more papers.md',
        '  3:5  info  Link answered 404 Not Found  dead-link',
        '',
        '\u2716 3 problems (1 error, 1 warning, 1 info)',
        '  1 problem fixable with the `--fix` option.',
        'Links: 10 checked, 8 alive, 1 dead, 1 unverified',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing at all when there are no findings', () => {
    expect(formatReport(emptyReport, 'stylish', { color: true, cwd })).toBe('');
  });

  it('leaves out the link line when no link was checked, and pluralises', () => {
    const one = {
      ...emptyReport,
      findings: [report.findings[1]],
      summary: { ...emptyReport.summary, warnings: 1 },
    };
    const text = formatReport(one, 'stylish', { color: false, cwd });
    expect(text.endsWith('\n\u2716 1 problem (0 errors, 1 warning, 0 infos)\n')).toBe(true);
    expect(text).not.toContain('Links:');
  });

  it('shows absolute paths relative to cwd', () => {
    const absolute = { ...report, findings: [{ ...report.findings[0], file: '/work/list/sub/README.md' }] };
    expect(formatReport(absolute, 'stylish', { color: false, cwd }).split('\n')[1]).toBe('sub/README.md');
  });

  it('keeps a multi-line message on its row', () => {
    const multi = { ...report, findings: [{ ...report.findings[0], message: 'first\nsecond' }] };
    expect(formatReport(multi, 'stylish', { color: false, cwd })).toContain(
      '86:60  error  first second  arxiv-url',
    );
  });

  it('colours severities without moving the columns', () => {
    const coloured = formatReport(report, 'stylish', { color: true, cwd });
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured).toContain('\u001b[34minfo\u001b[39m');
    expect(coloured).toContain('\u001b[4mREADME.md\u001b[24m');
    expect(stripAnsi(coloured)).toBe(formatReport(report, 'stylish', { color: false, cwd }));
  });
});

describe('stylish on a terminal', () => {
  const long =
    "Conflicting link: arXiv id 2401.00001 is also the link of line 12, a different title ('Attention Is All You Need for Everything')";
  const withLong = {
    ...report,
    findings: [...report.findings, { ...report.findings[1], line: 200, message: long, fix: undefined }],
  };

  it('wraps long messages to the width under their column, the rule id on the first line', () => {
    const text = formatReport(withLong, 'stylish', { color: false, cwd, width: 80 });
    const block = text.split('\n\n')[0].trim().split('\n');
    expect(block).toEqual([
      'README.md',
      '   12:1   warning  Duplicate entry: same arXiv id as    duplicate-entry',
      '                   line 30',
      '   86:60  error    Malformed arXiv link: unknown path   arxiv-url        fixable',
      "                   'abd'",
      '  200:1   warning  Conflicting link: arXiv id           duplicate-entry',
      '                   2401.00001 is also the link of line',
      "                   12, a different title ('Attention",
      "                   Is All You Need for Everything')",
    ]);
    for (const line of block) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('without a width (a pipe, a file) keeps each message on its line and pads no message past 80 columns', () => {
    const lines = formatReport(withLong, 'stylish', { color: false, cwd }).split('\n');
    expect(lines[2]).toBe(
      `   12:1   warning  ${'Duplicate entry: same arXiv id as line 30'.padEnd(80)}  duplicate-entry`,
    );
    expect(lines[4]).toBe(`  200:1   warning  ${long}  duplicate-entry`);
  });

  it('counts wide characters as two columns and cuts a word longer than the line', () => {
    expect(visibleWidth('推荐系统 LLM')).toBe(12);
    expect(wrap('大型语言模型推荐系统综述 survey', 10)).toEqual([
      '大型语言模',
      '型推荐系统',
      '综述',
      'survey',
    ]);
    expect(wrap(`see https://example.org/${'a'.repeat(30)}`, 20)).toEqual([
      'see',
      'https://example.org/',
      'a'.repeat(20),
      'a'.repeat(10),
    ]);
  });
});

describe('shouldUseColor', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  it.each([
    ['a TTY without variables', tty, {}, true],
    ['a pipe without variables', pipe, {}, false],
    ['a stream that does not say', {}, {}, false],
    ['NO_COLOR on a TTY', tty, { NO_COLOR: '1' }, false],
    ['an empty NO_COLOR on a TTY', tty, { NO_COLOR: '' }, true],
    ['NO_COLOR over FORCE_COLOR', tty, { NO_COLOR: '1', FORCE_COLOR: '1' }, false],
    ['FORCE_COLOR=0 on a TTY', tty, { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR=false on a TTY', tty, { FORCE_COLOR: 'false' }, false],
    ['FORCE_COLOR=1 on a pipe', pipe, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=3 on a pipe', pipe, { FORCE_COLOR: '3' }, true],
    ['an empty FORCE_COLOR on a pipe', pipe, { FORCE_COLOR: '' }, true],
  ])('%s', (_name, stream, env, expected) => {
    expect(shouldUseColor(stream, env)).toBe(expected);
  });
});
