// Link exclusions end to end (`--exclude`, config `links.exclude`): an excluded link gets no request, no
// verdict and no finding, and the summary counts it apart. Servers on loopback only.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCliArguments } from '../../src/cli/args.js';
import { linkExclusion, loadExclusionEngine } from '../../src/config/exclude.js';
import { cli, tempDir } from '../helpers/cli.js';
import { type FakeArxiv, startFakeArxiv } from '../helpers/fake-arxiv.js';
import { type FakeDoi, startFakeDoi } from '../helpers/fake-doi.js';
import { type FakeServer, startFakeServer } from '../helpers/fake-registry.js';

let arxiv: FakeArxiv;
let doi: FakeDoi;
let web: FakeServer;

beforeAll(async () => {
  arxiv = await startFakeArxiv();
  doi = await startFakeDoi({ known: [] });
  web = await startFakeServer((request) =>
    request.path.startsWith('/gone') ? { status: 404, body: 'gone' } : { status: 200, body: 'ok' },
  );
});
afterAll(async () => {
  await Promise.all([arxiv, doi, web].map((server) => server.close()));
});

function flags(extra: string[] = []): string[] {
  return [
    ...['--format', 'json', '--no-cache', '--allow-private-hosts', '--timeout', '3000'],
    ...['--arxiv-api', arxiv.api, '--arxiv-interval', '0', '--doi-api', doi.api],
    ...extra,
  ];
}

function write(dir: string, name: string, text: string) {
  writeFileSync(path.join(dir, name), text);
}

describe('--exclude on the command line', () => {
  it('is repeatable and empty by default', () => {
    expect(parseCliArguments([]).exclude).toEqual([]);
    const { exclude } = parseCliArguments(['--exclude', '^https://slow\\.example/', '--exclude=/gone']);
    expect(exclude).toEqual(['^https://slow\\.example/', '/gone']);
  });

  it('refuses lookarounds and backreferences, which only a backtracking engine runs', async () => {
    const dir = tempDir();
    write(dir, 'README.md', '- A Paper, [[paper]](https://example.com/paper.pdf)\n');
    for (const pattern of ['(?<=x)a', 'x(?!y)', '(a)\\1']) {
      const run = await cli(['--offline', '--exclude', pattern], dir);
      expect(run.code, pattern).toBe(2);
      expect(run.stderr).toMatch(
        /^paperlint: --exclude expects a regular expression, got .* \(not matchable in linear time: .*; lookarounds and backreferences are not supported\) \(see --help\)\n$/,
      );
    }
    write(dir, '.paperlintrc.json', JSON.stringify({ links: { exclude: ['^https://(?=x)'] } }));
    const config = await cli(['--offline'], dir);
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(
      /links\.exclude\[0\]: invalid regular expression '\^https:\/\/\(\?=x\)' \(not matchable in linear time/,
    );
  });

  it('a catastrophic pattern cannot hang a run: (a+)+$ against long URLs matches in linear time', async () => {
    await loadExclusionEngine();
    const matches = linkExclusion(undefined, ['(a+)+$', '(x|x)*y', '^(\\w+\\s?)*$']);
    for (const length of [34, 1000, 100_000])
      expect(matches(`https://e.org/${'a'.repeat(length)}!`)).toBe(false);
    expect(matches(`https://e.org/${'x'.repeat(50_000)}`)).toBe(false);
    expect(matches('https://e.org/aaa')).toBe(true);
    // A backtracking engine took 288 s on the 34 letters alone: this test would not end within its timeout.
  });

  it('exits 2 with one line on stderr for a bad pattern, from the flag or the configuration', async () => {
    const dir = tempDir();
    write(dir, 'README.md', '- A Paper, [[paper]](https://example.com/paper.pdf)\n');
    const flag = await cli(['--offline', '--exclude', '['], dir);
    expect([flag.code, flag.stdout]).toEqual([2, '']);
    expect(flag.stderr.trimEnd().split('\n')).toEqual([
      "paperlint: --exclude expects a regular expression, got '[' (unterminated character class) (see --help)",
    ]);
    write(dir, '.paperlintrc.json', JSON.stringify({ links: { exclude: ['+1'] } }));
    const config = await cli(['--offline'], dir);
    expect([config.code, config.stdout]).toEqual([2, '']);
    expect(config.stderr.trimEnd().split('\n')).toEqual([
      "paperlint: .paperlintrc.json: links.exclude[0]: invalid regular expression '+1' (nothing to repeat)",
    ]);
  });
});

describe('excluded links', () => {
  it('get no request, no verdict and no finding, and are counted apart', async () => {
    const dir = tempDir();
    write(
      dir,
      'README.md',
      [
        '# Papers',
        '',
        `- A Paper With A Dead Page, KDD 2023, [[page]](${web.origin}/gone/page) [[project]](${web.origin}/project)`,
        `- Another Paper Linking It Too, [[page]](${web.origin}/gone/page) [[slides]](${web.origin}/gone/slides)`,
        '- A Paper Without A DOI, [[paper]](https://doi.org/10.9999/not.there)',
        '- Graph Transformers for Everything, [[paper]](https://arxiv.org/abs/2401.09999)',
        '',
        'See also [the mailing list](mailto:list@example.com).',
        '',
      ].join('\n'),
    );
    write(
      dir,
      '.paperlintrc.json',
      JSON.stringify({ links: { exclude: ['^https://doi\\.org/10\\.9999/'] } }),
    );
    const before = { web: web.requests.length, doi: doi.requests.length, arxiv: arxiv.idLists().length };
    const run = await cli(
      flags(['--exclude', '/gone/', '--exclude', 'arxiv\\.org/abs/2401', '--exclude', 'mailto:']),
      dir,
    );
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.findings).toEqual([]);
    expect(run.code).toBe(0);
    // Two web pages (one linked twice), a DOI link and an arXiv link; the mailto link is never checked anyway.
    expect(report.summary.links).toEqual({ checked: 1, alive: 1, dead: 0, unverified: 0, excluded: 4 });
    expect(web.requests.slice(before.web).map((r) => r.path)).toEqual(['/project']);
    expect(doi.requests.length).toBe(before.doi);
    expect(arxiv.idLists().length).toBe(before.arxiv);
  });

  it('an id also written outside the excluded link is looked up, and reported only there', async () => {
    const dir = tempDir();
    write(
      dir,
      'README.md',
      [
        '- Graph Transformers for Everything, [[paper]](https://arxiv.org/abs/2401.09999)',
        '- Graph Transformers for Everything, arXiv:2401.09999',
        '',
      ].join('\n'),
    );
    const run = await cli(flags(['--exclude', 'arxiv\\.org']), dir);
    const found = JSON.parse(run.stdout).findings.filter(
      (f: { rule: string }) => f.rule === 'arxiv-not-found',
    );
    expect(found.map((f: { line: number; url?: string }) => [f.line, f.url])).toEqual([[2, undefined]]);
  });

  it("each list's own configuration excludes its links, in one verification of all lists", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'lists'));
    write(dir, 'README.md', `- A Paper, [[page]](${web.origin}/gone/readme)\n`);
    write(dir, 'lists/more.md', `- A Paper, [[page]](${web.origin}/gone/lists)\n`);
    write(dir, 'lists/.paperlintrc.json', JSON.stringify({ links: { exclude: ['/gone/'] } }));
    const before = web.requests.length;
    const run = await cli(flags(['README.md', 'lists']), dir);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { file: string; rule: string }) => `${f.file} ${f.rule}`)).toEqual([
      'README.md dead-link',
    ]);
    expect(report.summary.links).toMatchObject({ checked: 1, dead: 1, excluded: 1 });
    expect(new Set(web.requests.slice(before).map((r) => r.path))).toEqual(new Set(['/gone/readme']));
  });

  it('the stylish summary says how many were excluded', async () => {
    const dir = tempDir();
    write(
      dir,
      'README.md',
      `- A Paper, [[page]](${web.origin}/gone/again) [[code]](${web.origin}/gone/dead)\n`,
    );
    const run = await cli([...flags(['--exclude', 'again']), '--format', 'stylish'], dir);
    expect(run.stdout).toContain('Dead link: HTTP 404');
    expect(run.stdout).toContain('\nLinks: 1 checked, 0 alive, 1 dead, 0 unverified, 1 excluded\n');
  });
});
