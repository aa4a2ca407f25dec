// Links excluded on purpose (`--exclude`, `links.exclude`) are counted apart from the checked ones in every
// format that speaks of links.
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import type { Report } from '../../src/types.js';
import { emptyReport, report } from './sample.js';
import { ajv, validateSarif } from './sarif-schema.js';

const options = { color: false, cwd: '/work/list' };
const links = { checked: 10, alive: 8, dead: 1, unverified: 1, excluded: 12 };
const excluding: Report = { ...report, summary: { ...report.summary, links } };
/** Every link of the run excluded: nothing checked, yet the count is news. */
const allExcluded: Report = {
  ...report,
  summary: { ...report.summary, links: { checked: 0, alive: 0, dead: 0, unverified: 0, excluded: 3 } },
};

describe('excluded links in reports', () => {
  it('JSON gives summary.links.excluded', () => {
    expect(JSON.parse(formatReport(excluding, 'json', options)).summary.links).toEqual(links);
    expect(JSON.parse(formatReport(emptyReport, 'json', options)).summary.links.excluded).toBe(0);
  });

  it('stylish and Markdown add "12 excluded" to the link line, and show it when every link was excluded', () => {
    const line = 'Links: 10 checked, 8 alive, 1 dead, 1 unverified, 12 excluded';
    expect(formatReport(excluding, 'stylish', options)).toContain(`\n${line}\n`);
    expect(formatReport(excluding, 'markdown', options)).toContain(`\n\n${line}.\n`);
    expect(formatReport(allExcluded, 'stylish', options)).toContain(
      '\nLinks: 0 checked, 0 alive, 0 dead, 0 unverified, 3 excluded\n',
    );
  });

  it('say nothing of exclusions when there were none', () => {
    expect(formatReport(report, 'stylish', options)).not.toContain('excluded');
    expect(formatReport(report, 'markdown', options)).not.toContain('excluded');
  });

  it('SARIF carries the link counts in the run property bag, and stays valid', () => {
    const log = JSON.parse(formatReport(excluding, 'sarif', options));
    expect(log.runs[0].properties).toEqual({ links });
    expect(validateSarif(log), ajv.errorsText(validateSarif.errors)).toBe(true);
    const offline = JSON.parse(formatReport({ ...report, summary: emptyReport.summary }, 'sarif', options));
    expect(offline.runs[0].properties).toBeUndefined();
  });
});
