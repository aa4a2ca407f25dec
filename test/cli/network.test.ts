// The CLI's network checks end to end: web links, arXiv, DOIs and GitHub, each answered by a real HTTP
// server on loopback that the test starts. No packet leaves 127.0.0.1.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { Capture, cli, tempDir } from '../helpers/cli.js';
import { type FakeArxiv, startFakeArxiv } from '../helpers/fake-arxiv.js';
import { type FakeDoi, startFakeDoi } from '../helpers/fake-doi.js';
import { type FakeGithub, startFakeGithub } from '../helpers/fake-github.js';
import { type FakeServer, startFakeServer } from '../helpers/fake-registry.js';

let arxiv: FakeArxiv;
let doi: FakeDoi;
let github: FakeGithub;
let web: FakeServer;

beforeAll(async () => {
  arxiv = await startFakeArxiv();
  doi = await startFakeDoi({ known: ['10.1145/3580305.3599519'] });
  github = await startFakeGithub({ repos: { 'lab/alive': {}, 'lab/old': { archived: true } } });
  web = await startFakeServer((request) => {
    if (request.path === '/gone') return { status: 404, body: 'gone' };
    if (request.path === '/moved') return { status: 301, headers: { location: '/new-home' }, body: '' };
    return { status: 200, body: 'ok' };
  });
});
afterAll(async () => {
  await Promise.all([arxiv, doi, github, web].map((server) => server.close()));
});

function list(): string {
  return [
    '# Papers',
    '',
    `- Heat-bath random walks with Markov bases, arxiv 2016/05, [[paper]](https://arxiv.org/abs/1605.08386) [[project]](${web.origin}/project)`,
    `- Sparse Mixture Routers for Streaming Recommendation, arxiv 2024/01, [[paper]](https://arxiv.org/abs/2401.00101) [[code]](https://github.com/lab/alive)`,
    '- Graph Transformers for Everything, arxiv 2024/01, [[paper]](https://arxiv.org/abs/2401.09999)',
    `- A Paper With A Dead Page, KDD 2023, [[paper]](https://doi.org/10.1145/3580305.3599519) [[page]](${web.origin}/gone) [[code]](https://github.com/lab/old)`,
    '- Quantum Computers Are Cats, [[paper]](https://arxiv.org/abs/quant-ph/0201082v1)',
    '- A Paper Without A DOI, [[paper]](https://doi.org/10.9999/not.there)',
    '',
  ].join('\n');
}

function flags(extra: string[] = []): string[] {
  return [
    '--format',
    'json',
    '--no-cache',
    '--arxiv-api',
    arxiv.api,
    '--arxiv-interval',
    '0',
    '--doi-api',
    doi.api,
    '--github-api',
    github.api,
    '--timeout',
    '3000',
    ...extra,
  ];
}

describe('cli network checks', () => {
  it('reports every network rule with loopback stand-ins for arXiv, doi.org, GitHub and a web host', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), list());
    const run = await cli(flags(['--allow-private-hosts']), dir);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    const found = report.findings.map((f: { line: number; rule: string }) => `${f.line} ${f.rule}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '4 arxiv-withdrawn',
        '5 arxiv-not-found',
        '6 dead-link',
        '6 github-repo',
        '7 arxiv-title-mismatch',
        '8 doi-not-found',
      ]),
    );
    expect(found.filter((f: string) => f.startsWith('3 '))).toEqual([]);
    expect(run.code).toBe(1);
    const { links } = report.summary;
    expect(links.checked).toBeGreaterThanOrEqual(9);
    expect(links.dead).toBeGreaterThanOrEqual(3);
    expect(links.checked).toBe(links.alive + links.dead + links.unverified);
    // arXiv links go to the API in one batch; arxiv.org is never fetched. The unknown id's entry is then
    // searched by title, which finds nothing to propose.
    expect(arxiv.idLists().filter((ids) => ids.length > 0)).toHaveLength(1);
    expect(arxiv.searches()).toEqual(['ti:"Graph Transformers for Everything"']);
    expect(arxiv.requests).toHaveLength(2);
    // HEAD first; a HEAD that fails is asked again with GET before a link is called dead.
    expect(web.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'GET /gone',
      'HEAD /gone',
      'HEAD /project',
    ]);
  });

  it('refuses loopback links without --allow-private-hosts, as unverified, never dead', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), `- A Paper, [[page]](${web.origin}/gone)\n`);
    const before = web.requests.length;
    const run = await cli(
      flags(['--offline']).filter((f) => f !== '--offline'),
      dir,
    );
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { rule: string; message: string }) => [f.rule, f.message])).toEqual([
      ['unverified-link', expect.stringContaining('blocked private address')],
    ]);
    expect(web.requests.length).toBe(before);
  });

  it('sends the per-host headers of the configuration', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), `- A Paper, [[page]](${web.origin}/with-headers)\n`);
    writeFileSync(
      path.join(dir, '.paperlintrc.json'),
      JSON.stringify({ hosts: { '127.0.0.1': { headers: { 'X-Api-Key': 'list-maintainer' } } } }),
    );
    const run = await cli(flags(['--allow-private-hosts']), dir);
    expect(run.code).toBe(0);
    const request = web.requests.find((r) => r.path === '/with-headers');
    expect(request?.headers['x-api-key']).toBe('list-maintainer');
    expect(request?.headers['user-agent']).toMatch(/^paperlint\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\//);
  });

  it('leaves an id outside the grammar (version 0) to arxiv-url: not asked for, not also arxiv-not-found', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'README.md'),
      [
        '- Heat-bath random walks with Markov bases, [[paper]](https://arxiv.org/abs/1605.08386)',
        '- A Paper Pinned To No Version, [[paper]](https://arxiv.org/abs/2305.11700v0)',
        '',
      ].join('\n'),
    );
    const before = arxiv.idLists().length;
    const run = await cli(flags(), dir);
    expect(arxiv.idLists().slice(before)).toEqual([['1605.08386']]);
    const rules = JSON.parse(run.stdout).findings.map(
      (f: { rule: string; line: number }) => `${f.line} ${f.rule}`,
    );
    expect(rules).toContain('2 arxiv-url');
    expect(rules).not.toContain('2 arxiv-not-found');
  });

  it('applies the fixes found over the network (a permanent redirect) with --fix online, never offline', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'README.md');
    const text = `- A Paper That Moved, [[page]](${web.origin}/moved)\n`;
    writeFileSync(file, text);
    await cli(['--offline', '--fix'], dir);
    expect(readFileSync(file, 'utf8')).toBe(text);
    const run = await cli(flags(['--allow-private-hosts', '--fix']), dir);
    expect(readFileSync(file, 'utf8')).toBe(`- A Paper That Moved, [[page]](${web.origin}/new-home)\n`);
    expect(JSON.parse(run.stdout).findings).toEqual([]);
  });

  it('on a terminal a notice clears the progress line before it is written', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), '- A Paper, [[paper]](https://arxiv.org/abs/1605.08386)\n');
    writeFileSync(path.join(dir, '.paperlint-cache.json'), '{"format":"paperlint-cache","version":0}');
    const stderr = new Capture(true);
    const argv = flags(['--allow-private-hosts']).filter((f) => f !== '--no-cache');
    await runCli(argv, { stdout: new Capture(), stderr, env: {}, cwd: dir });
    expect(stderr.text).toMatch(/^\r\x1b\[Kpaperlint: Link cache .*\n/);
  });

  it('a second run within the time-to-live is answered from the cache with zero requests', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), list());
    const cached = flags(['--allow-private-hosts']).filter((f) => f !== '--no-cache');
    const first = await cli(cached, dir);
    const counts = () => [arxiv, doi, github, web].map((server) => server.requests.length);
    const before = counts();
    const second = await cli(cached, dir);
    expect(counts()).toEqual(before);
    const rules = (run: { stdout: string }) =>
      JSON.parse(run.stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules(second)).toEqual(rules(first));
  });
});
