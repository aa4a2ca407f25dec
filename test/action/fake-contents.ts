/**
 * The parts of GitHub's REST API that `add-from-issue` uses, on top of the loopback fake in
 * test/helpers/fake-github.ts: repository metadata, file contents per branch (read, and replaced only with the
 * blob sha they have now, as GitHub checks), branch refs (422 when one exists), pull requests (422 for a
 * second open one from a branch) and issue comments. State is kept in memory for the test to read.
 */

import { createHash } from 'node:crypto';
import type { FakeGithub } from '../helpers/fake-github.js';
import { json, type LoggedRequest } from '../helpers/fake-registry.js';

export interface FakeFile {
  text: string;
  sha: string;
}

export interface FakePull {
  number: number;
  head: string;
  base: string;
  title: string;
  body: string;
}

export interface FakeContents {
  /** Branch → path → file. */
  files: Map<string, Map<string, FakeFile>>;
  /** Branch → head commit. */
  refs: Map<string, string>;
  pulls: FakePull[];
  comments: Array<{ issue: number; body: string }>;
  commits: Array<{ branch: string; path: string; message: string }>;
}

const blobSha = (text: string) =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0${text}`)
    .digest('hex');
const body = (request: LoggedRequest) => JSON.parse(request.body || '{}') as Record<string, string>;
const notFound = () => json(404, { message: 'Not Found', status: '404' });

/** Serves `files` on the default branch `main` of `owner/repo`. */
export function serveContents(
  github: FakeGithub,
  files: Record<string, string>,
  defaultBranch = 'main',
): FakeContents {
  const state: FakeContents = {
    files: new Map([
      [
        defaultBranch,
        new Map(Object.entries(files).map(([path, text]) => [path, { text, sha: blobSha(text) }])),
      ],
    ]),
    refs: new Map([[defaultBranch, 'c0ffee'.padEnd(40, '0')]]),
    pulls: [],
    comments: [],
    commits: [],
  };
  github.route('GET', '/repos/:owner/:repo', (_request, { owner, repo }) =>
    json(200, { name: repo, full_name: `${owner}/${repo}`, default_branch: defaultBranch }),
  );
  github.route('GET', '/repos/:owner/:repo/contents/:path', (request, { path }) => {
    const file = state.files.get(request.query.get('ref') ?? defaultBranch)?.get(decodeURIComponent(path));
    if (!file) return notFound();
    const name = decodeURIComponent(path);
    return json(200, {
      type: 'file',
      name,
      path: name,
      sha: file.sha,
      encoding: 'base64',
      content: Buffer.from(file.text).toString('base64'),
    });
  });
  github.route('PUT', '/repos/:owner/:repo/contents/:path', (request, { path }) => {
    const { branch = defaultBranch, sha, content, message } = body(request);
    const files = state.files.get(branch);
    if (!files) return json(404, { message: 'Branch not found' });
    const name = decodeURIComponent(path);
    const current = files.get(name);
    if (current && sha !== current.sha) return json(409, { message: `${name} does not match ${sha}` });
    const text = Buffer.from(content, 'base64').toString('utf8');
    files.set(name, { text, sha: blobSha(text) });
    const commit = blobSha(`${branch}${text}`);
    state.refs.set(branch, commit);
    state.commits.push({ branch, path: name, message });
    return json(200, { content: { sha: blobSha(text) }, commit: { sha: commit } });
  });
  // Octokit sends `heads/main` as one segment, `heads%2Fmain`, which GitHub reads as the ref.
  github.route('GET', '/repos/:owner/:repo/git/ref/:ref', (_request, { ref }) => {
    const branch = decodeURIComponent(ref).replace(/^heads\//, '');
    const sha = state.refs.get(branch);
    return sha ? json(200, { ref: `refs/heads/${branch}`, object: { sha, type: 'commit' } }) : notFound();
  });
  github.route('POST', '/repos/:owner/:repo/git/refs', (request) => {
    const { ref, sha } = body(request);
    const branch = ref.replace(/^refs\/heads\//, '');
    if (state.refs.has(branch)) return json(422, { message: 'Reference already exists' });
    const from = [...state.refs].find(([, head]) => head === sha)?.[0];
    if (!from) return json(422, { message: 'Object does not exist' });
    state.refs.set(branch, sha);
    state.files.set(branch, new Map(state.files.get(from)));
    return json(201, { ref, object: { sha, type: 'commit' } });
  });
  github.route('POST', '/repos/:owner/:repo/pulls', (request) => {
    const { head, base, title, body: text = '' } = body(request);
    if (state.pulls.some((pull) => pull.head === head)) {
      return json(422, {
        message: 'Validation Failed',
        errors: [{ message: `A pull request already exists for ${head}.` }],
      });
    }
    const pull = { number: 100 + state.pulls.length, head, base, title, body: text };
    state.pulls.push(pull);
    return json(201, { number: pull.number, html_url: `https://github.com/octo/papers/pull/${pull.number}` });
  });
  github.route('GET', '/repos/:owner/:repo/pulls', (request) => {
    const head = request.query.get('head')?.split(':').at(-1);
    return json(
      200,
      state.pulls
        .filter((pull) => pull.head === head)
        .map(({ number, head: ref }) => ({ number, head: { ref } })),
    );
  });
  github.route('POST', '/repos/:owner/:repo/issues/:number/comments', (request, { number }) => {
    state.comments.push({ issue: Number(number), body: body(request).body });
    return json(201, { id: state.comments.length });
  });
  return state;
}
