// One definition of each count, the same in every format (issue #16): what the summary counts is what stylish,
// Markdown and the one line about unchecked links say, whatever a format lists line by line.
import { describe, expect, it } from 'vitest';
import { lintText, reportWith } from '../../src/lint.js';
import { formatReport } from '../../src/report/index.js';
import { NETWORK_UNAVAILABLE } from '../../src/verify/types.js';
import { resultsOf } from '../rules/registry-results.js';

const offline = { status: 'unverifiable', reason: NETWORK_UNAVAILABLE } as const;
const options = { color: false, cwd: '/list' };

/** A run without network over one paper listed twice, once as abs and once as pdf, and two other papers. */
function runWithoutNetwork() {
  const text = [
    '## Surveys',
    '- A Survey of Large Language Models, [[paper]](https://arxiv.org/abs/2303.18223)',
    '## Again',
    '- A Survey of Large Language Models, [[pdf]](https://arxiv.org/pdf/2303.18223)',
    '- Attention Is All You Need, [[paper]](https://arxiv.org/abs/1706.03762) [[code]](https://example.org/t2t)',
    '- Deep Residual Learning for Image Recognition, [[paper]](https://arxiv.org/abs/1512.03385)',
    '',
  ].join('\n');
  const options = { verify: {} };
  const linted = lintText(text, 'README.md', options);
  const results = resultsOf({
    arxiv: { '2303.18223': offline, '1706.03762': offline, '1512.03385': offline },
    links: { 'https://example.org/t2t': offline },
  });
  return reportWith([linted], options, results);
}

describe('counts', () => {
  it("an id linked as abs and as pdf is one link the run could not check, as the summary's link counts say", () => {
    const report = runWithoutNetwork();
    expect(report.summary.links).toEqual({ checked: 4, alive: 0, dead: 0, unverified: 4, excluded: 0 });
    const stylish = formatReport(report, 'stylish', options);
    expect(stylish).toContain('Could not verify 4 links: network unavailable.');
    expect(stylish).toContain('Links: 4 checked, 0 alive, 0 dead, 4 unverified');
    expect(formatReport(report, 'markdown', options)).toContain(
      'Could not verify 4 links: network unavailable.',
    );
    expect(formatReport(report, 'github', options)).toContain(
      'Could not verify 4 links: network unavailable',
    );
  });

  it('stylish and Markdown print the counts JSON has, also for the infos they do not list one by one', () => {
    const report = runWithoutNetwork();
    const json = JSON.parse(formatReport(report, 'json', options));
    const { errors, warnings, infos } = json.summary;
    expect(infos).toBe(json.findings.filter((f: { severity: string }) => f.severity === 'info').length);
    expect(infos).toBeGreaterThanOrEqual(5);
    const problems = `${errors + warnings + infos} problems (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} infos)`;
    expect(formatReport(report, 'stylish', options)).toContain(`\u2716 ${problems}`);
    expect(formatReport(report, 'markdown', options)).toContain(`found ${problems}`);
  });
});
