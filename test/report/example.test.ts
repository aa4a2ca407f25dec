import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { formatReport } from '../../src/report/index.js';
import { TODAY } from '../helpers/list.js';
import { validateSarif } from './sarif-schema.js';

const repoRoot = path.resolve(fileURLToPath(import.meta.url), '../../..');

describe('the shipped example list in every format', async () => {
  const report = await lint(['examples/papers.md'], { cwd: repoRoot, today: TODAY });
  const options = { color: false, cwd: repoRoot };

  it('has findings to show', () => {
    expect(report.findings.length).toBeGreaterThan(5);
  });

  it('gives valid SARIF with one result per finding', () => {
    const log = JSON.parse(formatReport(report, 'sarif', options));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(log.runs[0].results).toHaveLength(report.findings.length);
  });

  it('gives one JSON document, one workflow command per finding and one table row per finding', () => {
    expect(JSON.parse(formatReport(report, 'json', options)).findings).toHaveLength(report.findings.length);
    const commands = formatReport(report, 'github', options).trimEnd().split('\n');
    expect(commands).toHaveLength(report.findings.length);
    expect(
      commands.every((line) => /^::(error|warning|notice) file=examples\/papers\.md,line=\d+,/.test(line)),
    ).toBe(true);
    const rows = formatReport(report, 'markdown', options)
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Severity') && !line.startsWith('| ---'));
    expect(rows).toHaveLength(report.findings.length);
  });

  it('gives stylish rows for every finding under the file name', () => {
    const lines = formatReport(report, 'stylish', options).split('\n');
    expect(lines[1]).toBe('examples/papers.md');
    expect(lines.filter((line) => /^ {2}\s*\d+:\d+ /.test(line))).toHaveLength(report.findings.length);
  });
});
