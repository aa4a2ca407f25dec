import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { escapeData, escapeProperty, formatReport } from '../../src/report/index.js';
import { emptyReport, report, reportWith } from './sample.js';

const options = { color: false, cwd: '/work/list' };

/** What @actions/core itself writes for a notice with these properties (captured from its stdout). */
function actionsCoreNotice(message: string, properties: core.AnnotationProperties): string {
  let written = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written += String(chunk);
    return true;
  });
  try {
    core.notice(message, properties);
  } finally {
    vi.restoreAllMocks();
  }
  return written.trimEnd();
}

describe('github', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints one workflow command per finding; info becomes a notice', () => {
    expect(formatReport(report, 'github', options)).toBe(
      [
        "::error file=README.md,line=86,col=60,endLine=86,endColumn=104,title=paperlint(arxiv-url)::Malformed arXiv link: unknown path 'abd'",
        '::warning file=README.md,line=12,col=1,endLine=13,endColumn=20,title=paperlint(duplicate-entry)::Duplicate entry: same arXiv id as line 30',
        '::notice file=docs/more papers.md,line=3,col=5,endLine=3,endColumn=40,title=paperlint(dead-link)::Link answered 404 Not Found',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing when there are no findings', () => {
    expect(formatReport(emptyReport, 'github', options)).toBe('');
  });

  it('escapes messages and properties', () => {
    const text = formatReport(reportWith('100% broken\r\nsee: a,b', 'odd%dir/a,b:c.md'), 'github', options);
    expect(text).toBe(
      '::error file=odd%25dir/a%2Cb%3Ac.md,line=86,col=60,endLine=86,endColumn=104,title=paperlint(arxiv-url)::100%25 broken%0D%0Asee: a,b\n',
    );
    expect(text.split('\n')).toHaveLength(2);
  });

  it('escapes exactly like @actions/core', () => {
    const samples = [
      'plain',
      '100%',
      'a\r\nb\nc\rd',
      'key: value, more',
      '%0A literal',
      '::error::injected',
      '',
    ];
    for (const sample of samples) {
      const expected = actionsCoreNotice(sample, { title: sample, file: 'x' });
      const title = sample === '' ? '' : `title=${escapeProperty(sample)},`;
      expect(`::notice ${title}file=x::${escapeData(sample)}`).toBe(expected);
    }
  });

  it('cannot be tricked into a second command by a message', () => {
    const text = formatReport(reportWith('x\n::error file=evil.md::pwned'), 'github', options);
    expect(text.trimEnd().split('\n')).toHaveLength(1);
  });
});
