// `--venues dblp` end to end: the CLI asks a fake DBLP on loopback, one request a second at most, about the
// papers the fake arXiv says nothing about, and --fix writes the venue in the list's own style.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';
import { type FakeArxiv, startFakeArxiv } from '../helpers/fake-arxiv.js';
import { type FakeDblp, startFakeDblp } from '../helpers/fake-dblp.js';

let arxiv: FakeArxiv;
let dblp: FakeDblp;

const title = 'Graph Neural Prompting with Large Language Models';
beforeAll(async () => {
  arxiv = await startFakeArxiv({
    catalogue: {
      '2309.15427': [{ title, authors: ['Yijun Tian', 'Huan Song', 'Zichen Wang'], comment: '12 pages' }],
      '2402.00202': [
        { title: 'Linear Transformers for Very Long Sequences', comment: 'Accepted at ICLR 2024' },
      ],
      '2305.19860': [{ title: 'Survey One', journalRef: 'RecSys 2023' }],
      '2306.05817': [{ title: 'Survey Two', journalRef: 'TOIS 2024' }],
      '2307.02046': [{ title: 'Survey Three', journalRef: 'TKDE 2024' }],
      '2309.01157': [{ title: 'Survey Four', journalRef: 'COLING 2024' }],
      '2311.12338': [{ title: 'Survey Five', journalRef: 'WWW 2024' }],
    },
  });
  dblp = await startFakeDblp({
    publications: [
      { title: `${title}.`, venue: 'AAAI', year: 2024, authors: ['Yijun Tian', 'Huan Song 0001'] },
    ],
  });
});
afterAll(async () => {
  await Promise.all([arxiv.close(), dblp.close()]);
});

const LIST = [
  '# Papers',
  '',
  '- Survey One, RecSys 2023, [[paper]](https://arxiv.org/abs/2305.19860)',
  '- Survey Two, TOIS 2024, [[paper]](https://arxiv.org/abs/2306.05817)',
  '- Survey Three, TKDE 2024, [[paper]](https://arxiv.org/abs/2307.02046)',
  '- Survey Four, COLING 2024, [[paper]](https://arxiv.org/abs/2309.01157)',
  '- Survey Five, WWW 2024, [[paper]](https://arxiv.org/abs/2311.12338)',
  `- ${title}, arxiv 2023/09, [[paper]](https://arxiv.org/abs/2309.15427)`,
  '- Linear Transformers for Very Long Sequences, arxiv 2024/02, [[paper]](https://arxiv.org/abs/2402.00202)',
  '',
].join('\n');

const flags = (extra: string[]) => [
  ...['--arxiv-api', arxiv.api, '--arxiv-interval', '0', '--dblp-api', dblp.api, '--timeout', '3000'],
  ...extra,
];

describe('cli --venues dblp', () => {
  it('finds published versions in arXiv records and, asked, in DBLP; --fix writes them as the list does', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'README.md');
    writeFileSync(file, LIST);
    const plain = await cli(flags(['--format', 'json', '--no-cache']), dir);
    const messages = (run: { stdout: string }) =>
      (JSON.parse(run.stdout).findings as Array<{ rule: string; message: string }>)
        .filter((finding) => finding.rule === 'arxiv-published')
        .map((finding) => finding.message);
    expect(messages(plain)).toEqual(['arXiv lists this paper as published: ICLR 2024 (comment)']);
    expect(dblp.requests).toHaveLength(0);

    const asked = await cli(flags(['--format', 'json', '--venues', 'dblp']), dir);
    expect(messages(asked)).toEqual([
      'DBLP lists this paper as published: AAAI 2024 (dblp)',
      'arXiv lists this paper as published: ICLR 2024 (comment)',
    ]);
    expect(dblp.queries()).toEqual([title]);

    // A second run answers from the cache; --fix applies the venue fixes of an online run.
    const fixed = await cli(flags(['--venues', 'dblp', '--fix']), dir);
    expect(fixed.code).toBe(0);
    expect(dblp.requests).toHaveLength(1);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`- ${title}, AAAI 2024, [[paper]]`);
    expect(text).toContain('- Linear Transformers for Very Long Sequences, ICLR 2024, [[paper]]');
  });
});
