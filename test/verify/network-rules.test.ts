// The network rules map each link of each entry to its verdict: pure, no network.
import { describe, expect, it } from 'vitest';
import deadLink from '../../src/rules/dead-link.js';
import redirect from '../../src/rules/redirect.js';
import unverifiedLink from '../../src/rules/unverified-link.js';
import { type LinkVerdict, NETWORK_UNAVAILABLE } from '../../src/verify/types.js';
import { listOf } from '../helpers/list.js';
import { resultsOf } from '../rules/registry-results.js';

const source = [
  '# Papers',
  '',
  '- Some Paper, arxiv 2023/05, [[code]](http://example.com/old#x), <https://example.com/gone>',
  '- Another Paper: A Title, 2023, [[paper]](https://example.com/walled), [[arXiv]](https://arxiv.org/abs/2305.11700)',
  '- Third Paper, 2024, [[site]](https://example.com/loop)',
  '',
].join('\n');
const list = listOf(source);

const results = (links: Record<string, LinkVerdict>) => resultsOf({ links });

const verdicts = results({
  'http://example.com/old#x': {
    status: 'redirect',
    to: 'https://example.com/new#x',
    httpStatus: 301,
    chain: ['http://example.com/old', 'https://example.com/new'],
  },
  'https://example.com/gone': {
    status: 'dead',
    reason: 'HTTP 404',
    httpStatus: 404,
    chain: ['https://example.com/gone'],
  },
  'https://example.com/walled': {
    status: 'unverifiable',
    reason: 'HTTP 403 (access denied, possibly a bot wall)',
    httpStatus: 403,
  },
  'https://example.com/loop': { status: 'dead', reason: 'redirect loop', chain: ['a', 'b', 'a'] },
});

const at = (finding: { span: { start: { line: number; column: number } } }) =>
  `${finding.span.start.line}:${finding.span.start.column}`;

describe('network rules', () => {
  it('dead-link reports dead links as errors on the link', () => {
    const findings = deadLink.check(list, verdicts);
    expect(findings.map((f) => [at(f), f.severity, f.message, f.url])).toEqual([
      ['3:66', 'error', 'Dead link: HTTP 404', 'https://example.com/gone'],
      ['5:22', 'error', 'Dead link: redirect loop', 'https://example.com/loop'],
    ]);
  });

  it('dead-link names where a redirect chain ended', () => {
    const chained = results({
      'https://example.com/gone': {
        status: 'dead',
        reason: 'HTTP 404',
        httpStatus: 404,
        chain: ['https://example.com/gone', 'https://example.com/moved-away'],
      },
    });
    expect(deadLink.check(list, chained).map((f) => f.message)).toEqual([
      'Dead link: HTTP 404 after redirect to https://example.com/moved-away',
    ]);
  });

  it('redirect reports permanent redirects with a fix that rewrites only the URL', () => {
    const findings = redirect.check(list, verdicts);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect([at(finding), finding.severity, finding.message]).toEqual([
      '3:30',
      'warning',
      'Permanent redirect (301) to https://example.com/new#x',
    ]);
    const fix = finding.fix!;
    const fixed = source.slice(0, fix.start) + fix.replacement + source.slice(fix.end);
    expect(fixed.split('\n')[2]).toBe(
      '- Some Paper, arxiv 2023/05, [[code]](https://example.com/new#x), <https://example.com/gone>',
    );
  });

  it('unverified-link reports what could not be checked, as info, with the reason', () => {
    expect(unverifiedLink.check(list, verdicts).map((f) => [at(f), f.severity, f.message])).toEqual([
      ['4:33', 'info', 'Could not verify link: HTTP 403 (access denied, possibly a bot wall)'],
    ]);
  });

  it('unverified-link marks what the network was unavailable for, so that human reports count it in one line', () => {
    const offline = { status: 'unverifiable', reason: NETWORK_UNAVAILABLE } as const;
    const findings = unverifiedLink.check(
      list,
      resultsOf({
        links: {
          'https://example.com/gone': offline,
          'https://example.com/walled': verdicts.links.get('https://example.com/walled')!,
        },
        arxiv: { '2305.11700': offline },
      }),
    );
    expect(findings.map((f) => [at(f), f.message, f.networkUnavailable])).toEqual([
      ['3:66', 'Could not verify link: network unavailable', 'https://example.com/gone'],
      ['4:33', 'Could not verify link: HTTP 403 (access denied, possibly a bot wall)', undefined],
      ['4:72', 'Could not verify arXiv id 2305.11700: network unavailable', 'arXiv 2305.11700'],
    ]);
  });

  it('say nothing about links without a verdict (arXiv and DOI links have registry rules)', () => {
    const none = results({});
    expect([
      ...deadLink.check(list, none),
      ...redirect.check(list, none),
      ...unverifiedLink.check(list, none),
    ]).toEqual([]);
  });

  it('carry their ids for the integrator, and no rule-wide severity besides their findings', () => {
    expect([deadLink, redirect, unverifiedLink].map((rule) => Object.keys(rule).sort())).toEqual([
      ['check', 'defaults', 'id'],
      ['check', 'defaults', 'id'],
      ['check', 'defaults', 'id'],
    ]);
    expect([deadLink, redirect, unverifiedLink].map((rule) => rule.id)).toEqual([
      'dead-link',
      'redirect',
      'unverified-link',
    ]);
  });
});
