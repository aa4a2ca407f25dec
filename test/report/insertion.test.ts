// A fix on an empty span inserts text (an arXiv link proposed for an entry without one): every format shows
// it at the insertion point, and JSON and SARIF carry what a consumer needs to apply it.
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import type { Report } from '../../src/types.js';
import { report } from './sample.js';
import { ajv, validateSarif } from './sarif-schema.js';

const cwd = '/work/list';
const insertion: Report = {
  ...report,
  findings: [
    {
      file: 'README.md',
      line: 6,
      column: 91,
      endLine: 6,
      endColumn: 91,
      rule: 'entry-format',
      severity: 'warning',
      message: 'Expected a link, as most entries have; arXiv has this title as 2306.01234 (no-link)',
      fix: { start: 700, end: 700, replacement: ', [[paper]](https://arxiv.org/abs/2306.01234)' },
    },
  ],
};
const format = (name: 'json' | 'sarif' | 'github' | 'stylish') =>
  formatReport(insertion, name, { color: false, cwd });

describe('a fix that inserts', () => {
  it('is an empty span in JSON, with the text to insert', () => {
    const [finding] = JSON.parse(format('json')).findings;
    expect(finding).toMatchObject({ line: 6, column: 91, endLine: 6, endColumn: 91 });
    expect(finding.fix).toEqual({ replacement: ', [[paper]](https://arxiv.org/abs/2306.01234)' });
  });

  it('is an insertion point in SARIF: an empty region and an empty deleted region, described as an insertion', () => {
    const log = JSON.parse(format('sarif'));
    expect(validateSarif(log), ajv.errorsText(validateSarif.errors)).toBe(true);
    const [result] = log.runs[0].results;
    expect(result.locations[0].physicalLocation.region).toEqual({
      startLine: 6,
      startColumn: 91,
      endLine: 6,
      endColumn: 91,
    });
    const [fix] = result.fixes;
    expect(fix.description.text).toBe('Insert , [[paper]](https://arxiv.org/abs/2306.01234)');
    expect(fix.artifactChanges[0].replacements[0].deletedRegion).toEqual({ charOffset: 700, charLength: 0 });
  });

  it('is annotated at the insertion point on GitHub and in the stylish list', () => {
    expect(format('github')).toContain('line=6,col=91,endLine=6,endColumn=91');
    expect(format('stylish')).toMatch(/\b6:91\b/);
  });
});
