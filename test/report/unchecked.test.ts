// A run without network: the human formats count the links it could not check in one line; JSON and SARIF
// keep every finding with its reason.
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import type { Finding, Report } from '../../src/types.js';
import { report } from './sample.js';

const cwd = '/work/list';
const options = { color: false, cwd };

const unverified: Finding[] = Array.from({ length: 16 }, (_, i) => ({
  file: 'README.md',
  line: 20 + i,
  column: 9,
  endLine: 20 + i,
  endColumn: 50,
  rule: 'unverified-link',
  severity: 'info',
  message: `Could not verify arXiv id 2401.${String(i).padStart(5, '0')}: network unavailable`,
  networkUnavailable: `arXiv 2401.${String(i).padStart(5, '0')}`,
}));

const offline: Report = {
  ...report,
  findings: [report.findings[0], ...unverified],
  summary: {
    ...report.summary,
    errors: 1,
    warnings: 0,
    infos: 16,
    links: { checked: 16, alive: 0, dead: 0, unverified: 16, excluded: 0 },
  },
};

describe('the links a run without network could not check', () => {
  it('stylish: one line with their count under the problems the list has, which the summary counts', () => {
    expect(formatReport(offline, 'stylish', options)).toBe(
      [
        '',
        'README.md',
        "  86:60  error  Malformed arXiv link: unknown path 'abd'  arxiv-url  fixable",
        '',
        '\u2716 17 problems (1 error, 0 warnings, 16 infos)',
        '  1 problem fixable with the `--fix` option.',
        'Could not verify 16 links: network unavailable.',
        'Links: 16 checked, 0 alive, 0 dead, 16 unverified',
        '',
      ].join('\n'),
    );
  });

  it('stylish: only that line under the counts when the list has nothing else to report', () => {
    const only = { ...offline, findings: unverified, summary: { ...offline.summary, errors: 0 } };
    expect(formatReport(only, 'stylish', options)).toBe(
      [
        '',
        '\u2716 16 problems (0 errors, 0 warnings, 16 infos)',
        'Could not verify 16 links: network unavailable.',
        'Links: 16 checked, 0 alive, 0 dead, 16 unverified',
        '',
      ].join('\n'),
    );
  });

  it('GitHub: one notice with the count instead of one per link', () => {
    const lines = formatReport(offline, 'github', options).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=README\.md,line=86,/);
    expect(lines[1]).toBe('::notice title=paperlint::Could not verify 16 links: network unavailable');
  });

  it('Markdown: one sentence with the count and no row for them', () => {
    const text = formatReport(offline, 'markdown', options);
    expect(text).toContain('found 17 problems (1 error, 0 warnings, 16 infos)');
    expect(text).toContain('\n\nCould not verify 16 links: network unavailable.\n');
    expect(text.split('\n').filter((line) => line.startsWith('| \u2139'))).toEqual([]);
  });

  it('JSON and SARIF keep every finding with its reason', () => {
    const json = JSON.parse(formatReport(offline, 'json', options));
    expect(json.findings).toHaveLength(17);
    expect(json.findings[1].message).toBe('Could not verify arXiv id 2401.00000: network unavailable');
    expect(json.findings[1]).not.toHaveProperty('networkUnavailable');
    const sarif = JSON.parse(formatReport(offline, 'sarif', options));
    expect(sarif.runs[0].results).toHaveLength(17);
  });

  it('counts an id linked in several places (abs, pdf) once, as the links line does', () => {
    const places = unverified.map((finding, i) => ({
      ...finding,
      url: `https://arxiv.org/${i % 2 ? 'pdf' : 'abs'}/2401.00001`,
      networkUnavailable: i < 3 ? 'arXiv 2401.00001' : finding.networkUnavailable,
    }));
    expect(formatReport({ ...offline, findings: places }, 'stylish', options)).toContain(
      'Could not verify 14 links: network unavailable.',
    );
  });

  it('lists them as usual when the config raised them above info', () => {
    const raised = { ...offline, findings: unverified.map((f) => ({ ...f, severity: 'warning' as const })) };
    expect(formatReport(raised, 'github', options).trimEnd().split('\n')).toHaveLength(16);
    expect(formatReport(raised, 'stylish', options)).not.toContain('Could not verify 16 links');
  });
});
