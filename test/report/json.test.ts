import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { emptyReport, report } from './sample.js';

const options = { color: false, cwd: '/work/list' };

describe('json', () => {
  it('prints exactly one JSON document in the contract shape and key order', () => {
    const text = formatReport(report, 'json', options);
    expect(text.endsWith('}\n')).toBe(true);
    const document = JSON.parse(text);
    expect(Object.keys(document)).toEqual(['version', 'findings', 'summary']);
    expect(Object.keys(document.findings[0])).toEqual([
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'rule',
      'severity',
      'message',
      'url',
      'fix',
      'ruleUrl',
    ]);
    expect(document.findings[0].ruleUrl).toBe(
      'https://github.com/paperlint/paperlint/blob/main/docs/rules/arxiv-url.md',
    );
    expect(Object.keys(document.summary)).toEqual([
      'files',
      'entries',
      'errors',
      'warnings',
      'infos',
      'links',
    ]);
    expect(Object.keys(document.summary.links)).toEqual([
      'checked',
      'alive',
      'dead',
      'unverified',
      'excluded',
    ]);
  });

  it('keeps only the replacement of a fix and passes related locations through', () => {
    const document = JSON.parse(formatReport(report, 'json', options));
    expect(document.findings[0]).toEqual({
      file: 'README.md',
      line: 86,
      column: 60,
      endLine: 86,
      endColumn: 104,
      rule: 'arxiv-url',
      severity: 'error',
      message: "Malformed arXiv link: unknown path 'abd'",
      url: 'https://arxiv.org/abd/2304.03516',
      fix: { replacement: 'https://arxiv.org/abs/2304.03516' },
      ruleUrl: 'https://github.com/paperlint/paperlint/blob/main/docs/rules/arxiv-url.md',
    });
    expect(document.findings[1].related).toEqual([
      { file: 'README.md', line: 30, message: 'Duplicate entry: same arXiv id as line 12' },
    ]);
    expect(document.findings[1]).not.toHaveProperty('fix');
    expect(document.findings[1]).not.toHaveProperty('url');
  });

  it("names the file of every related location, the finding's own when the rule left it out", () => {
    const duplicate = { ...report.findings[1], related: [{ line: 30, column: 1 }] };
    const document = JSON.parse(formatReport({ ...report, findings: [duplicate] }, 'json', options));
    expect(document.findings[0].related).toEqual([{ file: 'README.md', line: 30, column: 1 }]);
    expect(Object.keys(document.findings[0].related[0])).toEqual(['file', 'line', 'column']);
  });

  it("gives each related location's own message after its place", () => {
    const related = [{ line: 30, column: 1, message: 'Duplicate entry: same arXiv id as line 12' }];
    const duplicate = { ...report.findings[1], related };
    const document = JSON.parse(formatReport({ ...report, findings: [duplicate] }, 'json', options));
    expect(Object.keys(document.findings[0].related[0])).toEqual(['file', 'line', 'column', 'message']);
    expect(document.findings[0].related[0].message).toBe('Duplicate entry: same arXiv id as line 12');
  });

  it('keeps the findings in the given order and the summary as given', () => {
    const document = JSON.parse(formatReport(report, 'json', options));
    expect(document.findings.map((f: { line: number }) => f.line)).toEqual([86, 12, 3]);
    expect(document.summary).toEqual(report.summary);
    expect(document.version).toBe('0.1.0');
  });

  it('prints an empty list, not nothing, when there are no findings', () => {
    expect(JSON.parse(formatReport(emptyReport, 'json', options)).findings).toEqual([]);
  });
});
