import type { Finding, Report } from '../../src/types.js';

/** A fixed report with every optional field and every severity, shared by the reporter tests. */
export const findings: Finding[] = [
  {
    file: 'README.md',
    line: 86,
    column: 60,
    endLine: 86,
    endColumn: 104,
    rule: 'arxiv-url',
    severity: 'error',
    message: "Malformed arXiv link: unknown path 'abd'",
    url: 'https://arxiv.org/abd/2304.03516',
    fix: { start: 4012, end: 4044, replacement: 'https://arxiv.org/abs/2304.03516' },
  },
  {
    file: 'README.md',
    line: 12,
    column: 1,
    endLine: 13,
    endColumn: 20,
    rule: 'duplicate-entry',
    severity: 'warning',
    message: 'Duplicate entry: same arXiv id as line 30',
    related: [{ file: 'README.md', line: 30, message: 'Duplicate entry: same arXiv id as line 12' }],
  },
  {
    file: 'docs/more papers.md',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 40,
    rule: 'dead-link',
    severity: 'info',
    message: 'Link answered 404 Not Found',
    url: 'https://example.org/gone',
  },
];

export const report: Report = {
  version: '0.1.0',
  findings,
  summary: {
    files: 2,
    entries: 180,
    errors: 1,
    warnings: 1,
    infos: 1,
    links: { checked: 10, alive: 8, dead: 1, unverified: 1, excluded: 0 },
  },
};

export const emptyReport: Report = {
  version: '0.1.0',
  findings: [],
  summary: {
    files: 1,
    entries: 1,
    errors: 0,
    warnings: 0,
    infos: 0,
    links: { checked: 0, alive: 0, dead: 0, unverified: 0, excluded: 0 },
  },
};

/** The report with one finding whose message and file are replaced. */
export function reportWith(message: string, file = 'README.md'): Report {
  return { ...report, findings: [{ ...findings[0], message, file }] };
}
