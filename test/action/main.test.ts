import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckRunAnnotation } from '../../src/action/annotations.js';
import { TRACKING_MARKER } from '../../src/action/tracking-issue.js';
import type { Report } from '../../src/types.js';
import { startFakeArxiv } from '../helpers/fake-arxiv.js';
import { startFakeServer } from '../helpers/fake-registry.js';
import { startFakeCache } from './fake-cache.js';
import { type FakeRepo, fakeRepositories } from './fake-repo.js';
import { type ActionRun, type ActionSetup, runInProcess } from './harness.js';
import {
  BASE_LIST,
  CLEAN_LIST,
  HEAD_LIST,
  HEAD_SHA,
  HOSTILE_BASE,
  HOSTILE_HEAD,
  insertionPatch,
  lineOf,
  malformedEntries,
  TOKEN,
  workspaceWith,
} from './scenario.js';

const { repoWith, stopping } = fakeRepositories();

function pullRequest(
  repo: FakeRepo,
  files: Record<string, string>,
  inputs: Record<string, string> = {},
): ActionSetup {
  return {
    workspace: workspaceWith(files),
    event: 'pull_request',
    payload: { action: 'synchronize', number: 7, pull_request: { number: 7, head: { sha: HEAD_SHA } } },
    inputs: { 'github-token': TOKEN, links: 'false', ...inputs },
    apiUrl: repo.github.api,
  };
}

function reportOf(run: ActionRun): Report {
  return JSON.parse(readFileSync(run.outputs.report, 'utf8')) as Report;
}

/** The workflow commands the step printed, parsed back. */
function commands(stdout: string) {
  return stdout
    .split('\n')
    .filter((line) => /^::(error|warning|notice) /.test(line))
    .map((line) => {
      const [, kind, properties, message] = /^::(\w+) ([^:]*)::(.*)$/.exec(line)!;
      const props = Object.fromEntries(properties.split(',').map((p) => p.split('=') as [string, string]));
      return { kind, props, message };
    });
}

const annotationsOf = (repo: FakeRepo) =>
  repo.state.runs.flatMap((run) => run.annotationBatches.flat()) as CheckRunAnnotation[];

describe('run() on a pull request', () => {
  it('annotates only the added lines in a check run, the moved duplicate naming the old entry', async () => {
    const repo = await repoWith({
      pullFiles: [{ filename: 'README.md', status: 'modified', patch: insertionPatch(BASE_LIST, HEAD_LIST) }],
    });
    const run = await runInProcess(pullRequest(repo, { 'README.md': HEAD_LIST }));

    const addedDuplicate = lineOf(HEAD_LIST, 'MicroLens');
    const oldMicroLens = addedDuplicate + 1;
    const addedMalformed = lineOf(HEAD_LIST, 'arxiv.org/abd/2305.13731');
    const oldMalformed = lineOf(HEAD_LIST, 'arxiv.org/abd/2304.10149');
    expect(repo.state.runs).toHaveLength(1);
    const [check] = repo.state.runs;
    expect(check).toMatchObject({
      name: 'paperlint',
      head_sha: HEAD_SHA,
      status: 'completed',
      conclusion: 'failure',
    });
    const annotations = annotationsOf(repo);
    expect(annotations.map((a) => [a.start_line, a.annotation_level, a.title])).toEqual([
      [addedDuplicate, 'failure', 'paperlint(duplicate-entry)'],
      [addedMalformed, 'failure', 'paperlint(arxiv-url)'],
    ]);
    expect(annotations[0].message).toMatch(new RegExp(`^Duplicate entry: same .* as line ${oldMicroLens}$`));
    expect(annotations.some((a) => a.start_line === oldMalformed)).toBe(false);

    // The summary has every finding, the added ones first, with permalinks at the head commit.
    const report = reportOf(run);
    expect(report.findings.some((f) => f.line === oldMalformed && f.rule === 'arxiv-url')).toBe(true);
    const added = run.summary.indexOf(`/blob/${HEAD_SHA}/README.md#L${addedMalformed})`);
    const elsewhere = run.summary.indexOf('### Elsewhere in the list');
    expect(added).toBeGreaterThan(run.summary.indexOf('### On lines this pull request adds'));
    expect(added).toBeLessThan(elsewhere);
    expect(run.summary.indexOf(`/blob/${HEAD_SHA}/README.md#L${oldMalformed})`)).toBeGreaterThan(elsewhere);
    expect(run.summary).toContain(
      '2 findings are on lines this pull request adds: they are annotated in the `paperlint` check run.',
    );
    expect(check.summary).toContain('### On lines this pull request adds');

    expect(run.outputs.errors).toBe(String(report.summary.errors));
    expect(run.outputs.warnings).toBe(String(report.summary.warnings));
    expect(report.summary.errors).toBeGreaterThanOrEqual(3);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::paperlint found 2 errors on the added lines');
    // No workflow-command annotations when the check run carries them.
    expect(commands(run.stdout).filter((c) => c.props.file)).toEqual([]);
    expect(repo.requestsTo('/repos/octo/papers/pulls/7/files')[0].query.get('per_page')).toBe('100');
  });

  it('passes when the pull request adds no problem, even though the list has some', async () => {
    const head = BASE_LIST.replace(
      /(- NineRec.*\n)/,
      '$1- Recformer: Text Is All You Need, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.13731)\n',
    );
    const repo = await repoWith({
      pullFiles: [{ filename: 'README.md', status: 'modified', patch: insertionPatch(BASE_LIST, head) }],
    });
    const run = await runInProcess(pullRequest(repo, { 'README.md': head }));
    expect(run.exitCode).toBe(0);
    expect(Number(run.outputs.errors)).toBeGreaterThan(0);
    expect(repo.state.runs[0]).toMatchObject({ conclusion: 'success', title: 'No problems on added lines' });
    expect(run.summary).toContain('None of them is on a line this pull request adds.');
  });

  it('reads every page of a pull request with more than 30 (and 100) changed files', async () => {
    const others = Array.from({ length: 249 }, (_, i) => ({
      filename: `src/file-${String(i).padStart(3, '0')}.ts`,
      status: 'modified',
      patch: '@@ -1 +1 @@\n-a\n+b',
    }));
    // GitHub lists files in path order; the list comes last, on the third page of 100.
    const files = [
      ...others,
      { filename: 'README.md', status: 'added', patch: insertionPatch('', HEAD_LIST) },
    ];
    const repo = await repoWith({ pullFiles: files });
    await runInProcess(pullRequest(repo, { 'README.md': HEAD_LIST }));
    const pages = repo.requestsTo('/repos/octo/papers/pulls/7/files');
    expect(pages.map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2', '3']);
    // A wholly added list: every finding is on an added line.
    expect(annotationsOf(repo).length).toBeGreaterThanOrEqual(3);
  });

  it('leaves out the files that .paperlintignore, .gitignore or the configuration ignore, as the CLI does', async () => {
    const list = `# Papers\n\n${malformedEntries(2)}\n`;
    const repo = await repoWith({
      pullFiles: ['list.md', 'vendor.md', 'old.md'].map((name) => ({
        filename: `papers/${name}`,
        status: 'added',
        patch: insertionPatch('', list),
      })),
    });
    const run = await runInProcess(
      pullRequest(
        repo,
        {
          'papers/list.md': list,
          'papers/vendor.md': list,
          'papers/old.md': list,
          '.paperlintignore': 'papers/vendor.md\n',
          '.paperlintrc.json': '{"ignore": ["papers/old.md"]}',
        },
        { files: 'papers/*.md' },
      ),
    );
    expect(new Set(reportOf(run).findings.map((f) => f.file))).toEqual(new Set(['papers/list.md']));
  });

  it('reads the configuration’s ignore globs relative to the configuration, wherever working-directory is', async () => {
    // `drafts/**` in the repository's configuration means the repository's drafts/, not docs/drafts/.
    const list = `# Papers\n\n${malformedEntries(2)}\n`;
    const repo = await repoWith({
      pullFiles: ['docs/drafts/list.md', 'drafts/list.md'].map((filename) => ({
        filename,
        status: 'added',
        patch: insertionPatch('', list),
      })),
    });
    const run = await runInProcess(
      pullRequest(
        repo,
        {
          'docs/drafts/list.md': list,
          'drafts/list.md': list,
          '.paperlintrc.json': '{"ignore": ["drafts/**"]}',
        },
        { files: '**/*.md', 'working-directory': 'docs' },
      ),
    );
    expect(new Set(reportOf(run).findings.map((f) => f.file))).toEqual(new Set(['docs/drafts/list.md']));
  });

  it('falls back to workflow commands when the token may not write checks (403), within the per-step caps', async () => {
    const head = `# Papers\n\n${malformedEntries(60)}\n`;
    const repo = await repoWith({
      checkRuns: 403,
      pullFiles: [{ filename: 'papers/list.md', status: 'added', patch: insertionPatch('', head) }],
    });
    const run = await runInProcess(pullRequest(repo, { 'papers/list.md': head }, { files: 'papers/*.md' }));
    const report = reportOf(run);
    expect(report.findings.length).toBeGreaterThanOrEqual(60);

    const shown = commands(run.stdout).filter((c) => c.props.file);
    const byKind = (kind: string) => shown.filter((c) => c.kind === kind).length;
    expect(byKind('error')).toBe(10);
    expect(byKind('warning')).toBeLessThanOrEqual(10);
    expect(byKind('notice')).toBeLessThanOrEqual(10);
    expect(shown[0].kind).toBe('error');
    const first = report.findings.find((f) => f.severity === 'error')!;
    expect(shown[0]).toMatchObject({
      props: {
        file: 'papers/list.md',
        line: String(first.line),
        endLine: String(first.endLine),
        col: String(first.column),
        endColumn: String(first.endColumn),
        title: `paperlint(${first.rule})`,
      },
      message: first.message.replace(/%/g, '%25'),
    });
    const hidden = report.findings.length - shown.length;
    expect(run.summary).toContain(`${hidden} findings could not be shown inline`);
    expect(run.summary).toContain('they are annotated on the changed lines');
    expect(run.exitCode).toBe(1);
  });

  it('falls back to workflow commands when the check run fails otherwise, and names a missing permission', async () => {
    const repo = await repoWith({
      pullFiles: [{ filename: 'README.md', status: 'modified', patch: insertionPatch(BASE_LIST, HEAD_LIST) }],
    });
    repo.github.route('POST', '/repos/octo/papers/check-runs', () => ({
      status: 502,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'Bad Gateway' }),
    }));
    const run = await runInProcess(pullRequest(repo, { 'README.md': HEAD_LIST }));
    expect(run.stdout).toContain('paperlint: could not publish the check run: Bad Gateway');
    expect(
      commands(run.stdout)
        .filter((c) => c.props.file)
        .map((c) => Number(c.props.line)),
    ).toEqual([lineOf(HEAD_LIST, 'MicroLens'), lineOf(HEAD_LIST, 'arxiv.org/abd/2305.13731')]);
    expect(run.summary).toContain('they are annotated on the changed lines');

    repo.github.route('GET', '/repos/octo/papers/pulls/7/files', () => ({
      status: 403,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'Resource not accessible by integration' }),
    }));
    const refused = await runInProcess(pullRequest(repo, { 'README.md': HEAD_LIST }));
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain(
      "::error::paperlint could not read the pull request's changed files: Resource not accessible by integration",
    );
    expect(refused.stdout).toContain("the workflow needs 'pull-requests: read'");
  });

  it('sends more than 50 annotations to the check run in batches of 50', async () => {
    const head = `# Papers\n\n${malformedEntries(120)}\n`;
    const repo = await repoWith({
      pullFiles: [{ filename: 'README.md', status: 'added', patch: insertionPatch('', head) }],
    });
    const run = await runInProcess(pullRequest(repo, { 'README.md': head }));
    const total = reportOf(run).findings.length;
    expect(total).toBeGreaterThanOrEqual(120);
    const [check] = repo.state.runs;
    expect(check.annotationBatches.map((batch) => batch.length)).toEqual([
      ...Array(Math.floor(total / 50)).fill(50),
      ...(total % 50 ? [total % 50] : []),
    ]);
    expect(repo.requestsTo('/repos/octo/papers/check-runs', 'POST')).toHaveLength(1);
    expect(repo.requestsTo('/repos/octo/papers/check-runs/', 'PATCH')).toHaveLength(
      Math.ceil(total / 50) - 1,
    );
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' });
    // Only the last request completes the run.
    const patches = repo.requestsTo('/repos/octo/papers/check-runs/', 'PATCH').map((r) => JSON.parse(r.body));
    expect(patches.map((p) => p.status ?? null)).toEqual([
      ...Array(patches.length - 1).fill(null),
      'completed',
    ]);
  });
});

/** Entries whose links all stay on loopback: arXiv ids go to the fake API, the web link to a fake site. */
async function verifyingSetup() {
  const arxiv = await startFakeArxiv();
  const site = await startFakeServer(() => ({
    status: 200,
    headers: { 'content-type': 'text/html' },
    body: 'ok',
  }));
  stopping.push(arxiv, site);
  const base = `# Papers

- Heat-bath random walks with Markov bases, arxiv 2016/05, [[paper]](https://arxiv.org/abs/1605.08386) [[project]](${site.origin}/old-project)
- Quantum Computers and Quantum Computer Languages: Quantum Assembly Language and Quantum C Language, arxiv 2002/01, [[paper]](https://arxiv.org/abs/quant-ph/0201082)
`;
  const head = `${base}- Proceedings of Workshop AEW10: Concepts in Information Theory and Communications, arxiv 2017/07, [[paper]](https://arxiv.org/abs/1707.08567) [[project]](${site.origin}/new-project) [[code]](https://github.com/octo/tool)
`;
  const repo = await repoWith({
    pullFiles: [{ filename: 'README.md', status: 'modified', patch: insertionPatch(base, head) }],
  });
  repo.github.route('GET', '/repos/octo/tool', () => ({
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: 1,
      full_name: 'octo/tool',
      html_url: 'https://github.com/octo/tool',
      archived: false,
    }),
  }));
  const verify = {
    arxivApi: arxiv.api,
    arxivInterval: 0,
    allowPrivateHosts: true,
    doiApi: `${site.origin}/doi`,
  };
  return { arxiv, site, repo, head, verify };
}

describe('run() verifying links', () => {
  it('links: auto on a pull request verifies only the links on added lines', async () => {
    const { arxiv, site, repo, head, verify } = await verifyingSetup();
    const run = await runInProcess(pullRequest(repo, { 'README.md': head }, { links: 'auto' }), { verify });
    expect(arxiv.idLists().flat()).toEqual(['1707.08567']);
    expect(site.requests.map((r) => r.path)).toEqual(['/new-project']);
    expect(reportOf(run).summary.links.checked).toBe(3);
    expect(run.exitCode).toBe(0);
    // The token goes to GITHUB_API_URL only: the repository check carries it, the other hosts never see it.
    const repoCheck = repo.requestsTo('/repos/octo/tool');
    expect(repoCheck).toHaveLength(1);
    expect(repoCheck[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
    for (const request of [...arxiv.requests, ...site.requests]) {
      expect(JSON.stringify(request.headers)).not.toContain(TOKEN);
    }
    expect(run.visible).not.toContain(TOKEN);
  });

  it('links: true on a pull request, and auto on a scan, verify every link', async () => {
    const { arxiv, site, repo, head, verify } = await verifyingSetup();
    await runInProcess(pullRequest(repo, { 'README.md': head }, { links: 'true', cache: 'false' }), {
      verify,
    });
    expect(arxiv.idLists().flat().sort()).toEqual(['1605.08386', '1707.08567', 'quant-ph/0201082']);
    expect(site.requests.map((r) => r.path).sort()).toEqual(['/new-project', '/old-project']);

    const before = { arxiv: arxiv.requests.length, site: site.requests.length };
    const scan = await runInProcess(
      {
        workspace: workspaceWith({ 'README.md': head }),
        event: 'schedule',
        payload: {},
        inputs: { 'github-token': TOKEN, cache: 'false' },
        apiUrl: repo.github.api,
      },
      { verify },
    );
    expect(arxiv.requests.length).toBeGreaterThan(before.arxiv);
    expect(
      site.requests
        .slice(before.site)
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/new-project', '/old-project']);
    expect(reportOf(scan).summary.links.checked).toBe(6);
  });

  it('links: false verifies nothing', async () => {
    const { arxiv, site, repo, head, verify } = await verifyingSetup();
    await runInProcess(pullRequest(repo, { 'README.md': head }, { links: 'false' }), { verify });
    expect(arxiv.requests).toHaveLength(0);
    expect(site.requests).toHaveLength(0);
  });

  it('carries on without the Actions cache service (local runs, GHES without it)', async () => {
    const { arxiv, repo, head, verify } = await verifyingSetup();
    const run = await runInProcess(
      {
        workspace: workspaceWith({ 'README.md': head }),
        event: 'workflow_dispatch',
        payload: {},
        inputs: { 'github-token': TOKEN, links: 'true', cache: 'true', 'tracking-issue': 'false' },
        apiUrl: repo.github.api,
      },
      { verify },
    );
    expect(run.stdout).toContain(
      'the Actions cache service is not available here: verifying without a saved cache',
    );
    expect(run.stdout).not.toMatch(/::warning::.*cache/);
    expect(arxiv.requests.length).toBeGreaterThan(0);
    expect(reportOf(run).summary.links.checked).toBe(6);
    expect(run.exitCode).toBe(0);
  });
});

describe('run() with the Actions cache service', () => {
  it('saves the verdict cache, restores it on the next run, and starts a new key when the list changes', async () => {
    const service = await startFakeCache();
    stopping.push(service);
    const { arxiv, site, repo, head, verify } = await verifyingSetup();
    const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'paperlint-runner-temp-'));
    const scan = (list: string) =>
      runInProcess(
        {
          workspace: workspaceWith({ 'README.md': list }),
          event: 'workflow_dispatch',
          payload: {},
          inputs: { 'github-token': TOKEN, links: 'true', 'tracking-issue': 'false' },
          apiUrl: repo.github.api,
          runnerTemp,
          env: { ACTIONS_CACHE_URL: service.url, ACTIONS_RUNTIME_TOKEN: 'runtime-token' },
        },
        { verify },
      );
    const sent = () =>
      arxiv.requests.length + site.requests.length + repo.requestsTo('/repos/octo/tool').length;

    const first = await scan(head);
    expect(first.stdout).toContain('paperlint: no verdict cache yet');
    expect(service.entries.map((e) => [e.committed, e.archive.length > 0])).toEqual([[true, true]]);
    const [{ key }] = service.entries;
    expect(key).toMatch(/^paperlint-verdicts-v1-\d{4}-W\d\d-[0-9a-f]{16}$/);
    const afterFirst = sent();
    expect(afterFirst).toBeGreaterThan(0);

    // A new runner: the cache file is gone until the service brings it back.
    rmSync(path.join(runnerTemp, 'paperlint-cache.json'));
    const second = await scan(head);
    expect(second.stdout).toContain(`paperlint: restored the verdict cache ${key}`);
    expect(sent()).toBe(afterFirst);
    expect(reportOf(second).findings).toEqual(reportOf(first).findings);
    // An exact hit is not saved again (cache entries are immutable).
    expect(service.entries).toHaveLength(1);

    rmSync(path.join(runnerTemp, 'paperlint-cache.json'));
    // Linked, so that it needs no arXiv title search (which the restored cache could not answer).
    const changed = `${head}- Heat-bath random walks with Markov bases (again), arxiv 2016/05, [[paper]](https://arxiv.org/abs/1605.08386)\n`;
    const third = await scan(changed);
    expect(third.stdout).toContain(`paperlint: restored the verdict cache ${key}`);
    expect(sent()).toBe(afterFirst);
    expect(service.entries).toHaveLength(2);
    expect(service.entries[1].key).not.toBe(key);
    expect(service.entries[1].key.slice(0, -16)).toBe(key.slice(0, -16));
  });
});

describe('run() on scheduled and manual scans', () => {
  it('creates, updates, closes and reopens one tracking issue, never two', async () => {
    const repo = await repoWith();
    const scan = (list: string, event = 'schedule') => {
      const setup: ActionSetup = {
        workspace: workspaceWith({ 'README.md': list }),
        event,
        payload: event === 'schedule' ? { schedule: '0 6 * * 1' } : { inputs: {} },
        inputs: { 'github-token': TOKEN, links: 'false' },
        apiUrl: repo.github.api,
      };
      return runInProcess(setup);
    };
    const openTracking = () =>
      repo.state.issues.filter((i) => i.state === 'open' && i.body.includes(TRACKING_MARKER));

    const first = await scan(HEAD_LIST);
    expect(first.exitCode).toBe(1);
    expect(repo.state.labels).toEqual(['paperlint']);
    expect(repo.state.issues).toHaveLength(1);
    const [issue] = repo.state.issues;
    expect(issue).toMatchObject({ number: 1, state: 'open', labels: ['paperlint'] });
    expect(issue.title).toMatch(/^paperlint: \d+ errors/);
    expect(issue.body.startsWith(TRACKING_MARKER)).toBe(true);
    expect(issue.body).toContain('/blob/ffffffffffffffffffffffffffffffffffffffff/README.md#L');

    const worse = `${HEAD_LIST}- Another One: Broken, arxiv 2023/05, [[paper]](https://arxiv.org/abd/2305.99999)\n`;
    await scan(worse, 'workflow_dispatch');
    expect(repo.state.issues).toHaveLength(1);
    expect(repo.state.issues[0].body).toContain(`README.md#L${lineOf(worse, '2305.99999')})`);
    expect(openTracking()).toHaveLength(1);

    const clean = await scan(CLEAN_LIST);
    expect(clean.exitCode).toBe(0);
    expect(repo.state.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(repo.state.issues[0].comments).toEqual([
      'paperlint found no more problems ([scan](https://github.com/octo/papers/actions/runs/4242)): closing.',
    ]);

    await scan(CLEAN_LIST);
    expect(repo.state.issues[0].comments).toHaveLength(1);

    await scan(HEAD_LIST);
    expect(repo.state.issues).toHaveLength(1);
    expect(repo.state.issues[0].state).toBe('open');
    expect(openTracking()).toHaveLength(1);
    // Each scan also annotates the whole list in a check run on the scanned commit.
    expect(repo.state.runs.map((run) => [run.head_sha, run.conclusion])).toEqual([
      ['f'.repeat(40), 'failure'],
      ['f'.repeat(40), 'failure'],
      ['f'.repeat(40), 'success'],
      ['f'.repeat(40), 'success'],
      ['f'.repeat(40), 'failure'],
    ]);
  });

  it('leaves the issues alone with tracking-issue: false, and warns instead of failing without issues: write', async () => {
    const repo = await repoWith();
    const setup = (inputs: Record<string, string>): ActionSetup => ({
      workspace: workspaceWith({ 'README.md': HEAD_LIST }),
      event: 'schedule',
      payload: {},
      inputs: { 'github-token': TOKEN, links: 'false', ...inputs },
      apiUrl: repo.github.api,
    });
    await runInProcess(setup({ 'tracking-issue': 'false' }));
    expect(repo.requestsTo('/repos/octo/papers/issues')).toHaveLength(0);

    repo.github.route('GET', '/repos/octo/papers/issues', () => ({
      status: 403,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'Resource not accessible by integration' }),
    }));
    const run = await runInProcess(setup({ 'fail-on': 'never' }));
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::paperlint could not update the tracking issue \(does the workflow grant 'issues: write'\?\)/,
    );
  });
});

describe('run() details', () => {
  it('fails with one clear line on bad input, before any request', async () => {
    const repo = await repoWith();
    const run = await runInProcess({
      ...pullRequest(repo, { 'README.md': CLEAN_LIST }),
      inputs: { 'github-token': TOKEN, 'fail-on': 'sometimes' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("::error::input 'fail-on' must be error, warning, never (got 'sometimes')");
    expect(repo.github.requests).toHaveLength(0);

    const missing = await runInProcess(
      pullRequest(repo, { 'README.md': CLEAN_LIST }, { files: 'docs/*.md' }),
    );
    expect(missing.stdout).toContain("::error::no files match 'docs/*.md'");
    expect(missing.summary).toBe(
      "## paperlint\n\n**paperlint** could not run: no files match 'docs/\\*.md'\n",
    );
  });

  it('keeps text from the list inert in workflow commands, summaries, check runs and issues', async () => {
    const patch = insertionPatch(HOSTILE_BASE, HOSTILE_HEAD);
    const inert = (text: string) => {
      expect(text).toContain('Sparse Mixture Routers for Streaming Recommendation');
      // The mention is still readable but no longer notifies anyone.
      expect(text).toContain('@\u200doctocat');
      expect(text).not.toContain('@octocat');
    };

    const fork = await repoWith({
      checkRuns: 403,
      pullFiles: [{ filename: 'README.md', status: 'modified', patch }],
    });
    const forkRun = await runInProcess(pullRequest(fork, { 'README.md': HOSTILE_HEAD }));
    const [command] = commands(forkRun.stdout).filter((c) => c.props.file);
    expect(command).toMatchObject({
      kind: 'error',
      props: { line: '4', title: 'paperlint(conflicting-link)' },
    });
    expect(command.message).toContain(', @octocat ::warning::owned');
    // The title's `::warning::` never starts a line, so it is never a command.
    for (const line of forkRun.stdout.split('\n').filter((l) => l.startsWith('::'))) {
      expect(line).toMatch(/^::(error|warning|notice)( [^:]*)?::/);
      expect(line.startsWith('::warning::owned')).toBe(false);
    }
    inert(forkRun.summary);

    const own = await repoWith({ pullFiles: [{ filename: 'README.md', status: 'modified', patch }] });
    await runInProcess(pullRequest(own, { 'README.md': HOSTILE_HEAD }));
    inert(own.state.runs[0].summary ?? '');

    const scanned = await repoWith();
    await runInProcess({
      workspace: workspaceWith({ 'README.md': HOSTILE_HEAD }),
      event: 'schedule',
      payload: {},
      inputs: { 'github-token': TOKEN, links: 'false' },
      apiUrl: scanned.github.api,
    });
    inert(scanned.state.issues[0].body);
  });

  it('never shows the token: not in stdout, stderr, summary, outputs or any API body', async () => {
    const repo = await repoWith({
      checkRuns: 403,
      pullFiles: [{ filename: 'README.md', status: 'modified', patch: insertionPatch(BASE_LIST, HEAD_LIST) }],
    });
    const runs = [
      await runInProcess(pullRequest(repo, { 'README.md': HEAD_LIST })),
      await runInProcess({
        workspace: workspaceWith({ 'README.md': HEAD_LIST }),
        event: 'schedule',
        payload: {},
        inputs: { 'github-token': TOKEN, links: 'false' },
        apiUrl: repo.github.api,
      }),
    ];
    // And when the API fails outright.
    repo.github.route('GET', '/repos/octo/papers/pulls/7/files', () => ({
      status: 500,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'Server Error' }),
    }));
    const failed = await runInProcess(pullRequest(repo, { 'README.md': HEAD_LIST }));
    expect(failed.exitCode).toBe(1);
    runs.push(failed);

    for (const run of runs) expect(run.visible).not.toContain(TOKEN);
    for (const request of repo.github.requests) {
      expect(request.body).not.toContain(TOKEN);
      expect(request.url).not.toContain(TOKEN);
      // The token went where it belongs.
      expect(request.headers.authorization).toBe(`token ${TOKEN}`);
    }
    expect(repo.state.issues[0].body).not.toContain(TOKEN);
  });
});
