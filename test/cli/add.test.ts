// `paperlint add` end to end: arXiv (and DBLP) answered by loopback stand-ins, the list written in place or
// printed as a diff, exit codes as the contract says.
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';
import { type FakeArxiv, startFakeArxiv } from '../helpers/fake-arxiv.js';
import { type FakeDblp, startFakeDblp } from '../helpers/fake-dblp.js';

let arxiv: FakeArxiv;
let dblp: FakeDblp;

beforeAll(async () => {
  arxiv = await startFakeArxiv({
    catalogue: {
      '2406.01234': [
        {
          title: 'Graph Retrieval-Augmented Generation for Recommendation',
          authors: ['Ada Lovelace', 'Alan Turing'],
          comment: 'Accepted at KDD 2024. Code: https://github.com/ada/grag-rec',
          published: '2024-06-03T10:00:00Z',
          summary: 'Graphs and retrieval for recommenders.',
        },
      ],
      '2407.04321': [
        {
          title: 'Sequential Recommendation with Language Model Agents',
          authors: ['Grace Hopper'],
          published: '2024-07-05T10:00:00Z',
          summary: 'Agents that recommend.',
        },
      ],
    },
  });
  dblp = await startFakeDblp({
    publications: [
      {
        title: 'Sequential Recommendation with Language Model Agents.',
        venue: 'RecSys',
        year: 2024,
        authors: ['Grace Hopper'],
      },
    ],
  });
});
afterAll(async () => {
  await Promise.all([arxiv.close(), dblp.close()]);
});

const LIST = [
  '# Papers',
  '',
  '## Recommendation',
  '',
  '- TALLRec: An Effective and Efficient Tuning Framework to Align Large Language Model with Recommendation, RecSys 2023, [[paper]](https://arxiv.org/pdf/2305.00447), [[code]](https://github.com/SAI990323/TALLRec)',
  '- Is ChatGPT a Good Recommender? A Preliminary Study, arxiv 2023, [[paper]](https://arxiv.org/pdf/2304.10149)',
  '- Large Language Models are Zero-Shot Rankers for Recommender Systems, arxiv 2023, [[paper]](https://arxiv.org/pdf/2305.08845), [[code]](https://github.com/RUCAIBox/LLMRank)',
  '',
  '## Graphs',
  '',
  '- Graph Neural Prompting with Large Language Models, AAAI 2024, [[paper]](https://arxiv.org/pdf/2309.15427)',
  '',
].join('\n');

let dir: string;
let file: string;
beforeEach(() => {
  dir = tempDir();
  file = path.join(dir, 'README.md');
  writeFileSync(file, LIST, { mode: 0o640 });
});

const network = () => ['--arxiv-api', arxiv.api, '--arxiv-interval', '0', '--allow-private-hosts'];

describe('paperlint add', () => {
  it('adds several papers from one batched request, each in its section and the list’s style', async () => {
    const before = arxiv.requests.length;
    const run = await cli(
      ['add', ...network(), 'https://arxiv.org/abs/2406.01234v2', 'arXiv:2407.04321'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(arxiv.idLists().slice(before)).toEqual([['2406.01234', '2407.04321']]);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(
      '- Graph Retrieval-Augmented Generation for Recommendation, KDD 2024, [[paper]](https://arxiv.org/pdf/2406.01234), [[code]](https://github.com/ada/grag-rec)\n',
    );
    expect(text).toContain(
      '- Sequential Recommendation with Language Model Agents, arxiv 2024, [[paper]](https://arxiv.org/pdf/2407.04321)\n',
    );
    expect(run.stdout).toContain(
      "README.md:8  added 2406.01234 under 'Recommendation' (its heading shares 'recommendation' with the paper)",
    );
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('--dry-run prints the change as a diff and writes nothing', async () => {
    const run = await cli(['add', ...network(), '--dry-run', '--section', 'Graphs', '2406.01234'], dir);
    expect(run.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(LIST);
    expect(run.stdout).toBe(
      [
        '--- a/README.md',
        '+++ b/README.md',
        '@@ -9,4 +9,5 @@',
        ' ## Graphs',
        ' ',
        ' - Graph Neural Prompting with Large Language Models, AAAI 2024, [[paper]](https://arxiv.org/pdf/2309.15427)',
        '+- Graph Retrieval-Augmented Generation for Recommendation, KDD 2024, [[paper]](https://arxiv.org/pdf/2406.01234)',
        ' ',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toContain("README.md:12  added 2406.01234 under 'Graphs' (--section)");
  });

  it('refuses a paper already listed before asking arXiv, and one arXiv does not know: exit 1', async () => {
    const before = arxiv.requests.length;
    const run = await cli(['add', ...network(), 'https://arxiv.org/abs/2304.10149', '2408.99999'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      'README.md:6  refused 2304.10149: already listed (arXiv 2304.10149) at line 6\nREADME.md  refused 2408.99999: no such paper on arXiv\n',
    );
    expect(arxiv.idLists().slice(before)).toEqual([['2408.99999']]);
    expect(readFileSync(file, 'utf8')).toBe(LIST);
  });

  it('asks DBLP, with --venues dblp, where a paper arXiv says nothing about was published', async () => {
    const run = await cli(
      ['add', ...network(), '--venues', 'dblp', '--dblp-api', dblp.api, '2407.04321'],
      dir,
    );
    expect(run.code).toBe(0);
    expect(dblp.queries()).toEqual(['Sequential Recommendation with Language Model Agents']);
    expect(readFileSync(file, 'utf8')).toContain(
      '- Sequential Recommendation with Language Model Agents, RecSys 2024, [[paper]]',
    );
  });

  it('says what is wrong in one line and exits 2 on bad usage or input', async () => {
    for (const [argv, message] of [
      [['add'], 'paperlint: add expects at least one arXiv id or URL (see --help)\n'],
      [
        ['add', 'attention-is-all-you-need'],
        "paperlint: 'attention-is-all-you-need' is not an arXiv id or arXiv URL (see --help)\n",
      ],
      [['add', '--list', 'missing.md', '2406.01234'], 'paperlint: missing.md: no such file\n'],
      [
        ['add', ...network(), '--section', 'Surveys', '2406.01234'],
        "paperlint: no section is called 'Surveys' (sections with papers: 'Recommendation', 'Graphs')\n",
      ],
    ] as const) {
      const run = await cli([...argv], dir);
      expect([run.code, run.stderr], argv.join(' ')).toEqual([2, message]);
    }
    const unknown = await cli(['add', '--sections', 'x', '2406.01234'], dir);
    expect([unknown.code, unknown.stderr.split('\n').length]).toEqual([2, 2]);
    expect(unknown.stderr).toMatch(/^paperlint: Unknown option '--sections'/);
    expect(readFileSync(file, 'utf8')).toBe(LIST);
    const help = await cli(['add', '--help'], dir);
    expect(help.stdout).toMatch(/^Usage: paperlint add \[options\] <arXiv id or URL>\.\.\./);
  });

  it('leaves a list that is not valid UTF-8 as it is, and one that is read-only', async () => {
    const latin1 = Buffer.concat([Buffer.from(LIST), Buffer.from([0xe9, 0x0a])]);
    writeFileSync(file, latin1);
    const invalid = await cli(['add', ...network(), '2406.01234'], dir);
    expect([invalid.code, invalid.stderr]).toEqual([
      2,
      'paperlint: README.md: not valid UTF-8; save it as UTF-8 to add papers to it\n',
    ]);
    expect(readFileSync(file).equals(latin1)).toBe(true);
    writeFileSync(file, LIST);
    chmodSync(file, 0o444);
    const readOnly = await cli(['add', ...network(), '2406.01234'], dir);
    expect([readOnly.code, readOnly.stderr]).toEqual([
      2,
      'paperlint: README.md: is read-only; nothing added\n',
    ]);
    expect(readFileSync(file, 'utf8')).toBe(LIST);
  });

  it('does not write over a list edited while the papers were fetched, and says so in its own words', async () => {
    // The answer takes long enough that the list is edited once the request has arrived.
    const slow = await startFakeArxiv({
      catalogue: { '2406.01234': [{ title: 'Graph Retrieval-Augmented Generation for Recommendation' }] },
      latency: 1500,
    });
    try {
      const run = cli(['add', '--arxiv-api', slow.api, '--allow-private-hosts', '2406.01234'], dir);
      while (slow.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      writeFileSync(file, '- Added by hand meanwhile\n', { flag: 'a' });
      const { code, stderr } = await run;
      expect([code, stderr]).toEqual([
        2,
        'paperlint: README.md: was changed while paperlint was adding to it (run paperlint add again); nothing added\n',
      ]);
      expect(readFileSync(file, 'utf8')).toBe(`${LIST}- Added by hand meanwhile\n`);
    } finally {
      await slow.close();
    }
  });

  it('refuses a list without papers to learn from', async () => {
    writeFileSync(file, '# Tools\n\n- [jq](https://jqlang.org) - A JSON processor.\n');
    const run = await cli(['add', ...network(), '2406.01234'], dir);
    expect([run.code, run.stderr]).toEqual([
      2,
      'paperlint: the list has no paper entries to take a style from\n',
    ]);
  });
});
