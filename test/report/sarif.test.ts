import { describe, expect, it } from 'vitest';
import { formatReport, SARIF_SCHEMA_URI } from '../../src/report/index.js';
import { emptyReport, report } from './sample.js';
import { ajv, validateSarif } from './sarif-schema.js';

const cwd = '/work/list';
type SarifResult = { relatedLocations: { message: { text: string } }[] };
const sarifOf = (r = report) => JSON.parse(formatReport(r, 'sarif', { color: false, cwd }));

describe('sarif', () => {
  it('validates against the official SARIF 2.1.0 schema', () => {
    const log = sarifOf();
    expect(validateSarif(log), ajv.errorsText(validateSarif.errors)).toBe(true);
    expect(validateSarif(sarifOf(emptyReport)), ajv.errorsText(validateSarif.errors)).toBe(true);
  });

  it('is checked by a validator that does reject broken logs', () => {
    const log = sarifOf();
    log.runs[0].results[0].level = 'info';
    expect(validateSarif(log)).toBe(false);
    const noMessage = sarifOf();
    delete noMessage.runs[0].results[0].message;
    expect(validateSarif(noMessage)).toBe(false);
    const badUri = sarifOf();
    badUri.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'has space.md';
    expect(validateSarif(badUri)).toBe(false);
  });

  it('describes the tool and only the rules that occur', () => {
    const log = sarifOf();
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0].tool;
    expect(driver.name).toBe('paperlint');
    expect(driver.version).toBe('0.1.0');
    expect(driver.informationUri).toBe('https://github.com/paperlint/paperlint');
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'arxiv-url',
      'dead-link',
      'duplicate-entry',
    ]);
    expect(driver.rules[0]).toEqual({
      id: 'arxiv-url',
      shortDescription: { text: 'Malformed or non-canonical arXiv links.' },
      fullDescription: {
        text: expect.stringMatching(/^Checks every link to arxiv\.org .* no month after today\.$/),
      },
      helpUri: 'https://github.com/paperlint/paperlint/blob/main/docs/rules/arxiv-url.md',
      help: {
        text: 'Malformed or non-canonical arXiv links. https://github.com/paperlint/paperlint/blob/main/docs/rules/arxiv-url.md',
        markdown: expect.stringContaining(
          '[Documentation](https://github.com/paperlint/paperlint/blob/main/docs/rules/arxiv-url.md)',
        ),
      },
    });
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/list/' } });
  });

  it('maps each finding to a result with level, region, fix and related locations', () => {
    const [error, warning, info] = sarifOf().runs[0].results;
    expect(error).toEqual({
      ruleId: 'arxiv-url',
      ruleIndex: 0,
      level: 'error',
      message: { text: "Malformed arXiv link: unknown path 'abd'" },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'README.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 86, startColumn: 60, endLine: 86, endColumn: 104 },
          },
        },
      ],
      fixes: [
        {
          description: { text: 'Replace with https://arxiv.org/abs/2304.03516' },
          artifactChanges: [
            {
              artifactLocation: { uri: 'README.md', uriBaseId: '%SRCROOT%' },
              replacements: [
                {
                  deletedRegion: { charOffset: 4012, charLength: 32 },
                  insertedContent: { text: 'https://arxiv.org/abs/2304.03516' },
                },
              ],
            },
          ],
        },
      ],
      properties: { url: 'https://arxiv.org/abd/2304.03516' },
    });
    expect(warning.level).toBe('warning');
    expect(warning.ruleIndex).toBe(2);
    expect(warning.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'README.md', uriBaseId: '%SRCROOT%' },
          region: { startLine: 30 },
        },
        message: { text: 'Duplicate entry: same arXiv id as line 12' },
      },
    ]);
    expect(info.level).toBe('note');
    expect(info.locations[0].physicalLocation.artifactLocation.uri).toBe('docs/more%20papers.md');
  });

  it('says what a related location is, in its own words when the rule gave some', () => {
    const [, duplicate] = report.findings;
    const unexplained = { ...duplicate, related: [{ line: 30 }] };
    const log = sarifOf({ ...report, findings: [duplicate, unexplained] });
    expect(validateSarif(log), ajv.errorsText(validateSarif.errors)).toBe(true);
    expect(log.runs[0].results.map((r: SarifResult) => r.relatedLocations[0].message.text)).toEqual([
      'Duplicate entry: same arXiv id as line 12',
      'Related entry',
    ]);
  });

  it('uses relative URIs with forward slashes for absolute paths under cwd', () => {
    const absolute = { ...report, findings: [{ ...report.findings[0], file: '/work/list/a b/c#1.md' }] };
    const log = sarifOf(absolute);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('a%20b/c%231.md');
    expect(validateSarif(log), ajv.errorsText(validateSarif.errors)).toBe(true);
  });
});
