// arXiv link proposals end to end: the CLI searches a fake arXiv on loopback by title for entries whose link is
// wrong, unknown or missing, shows the proposal in its JSON report and applies it with --fix online only.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HELP, parseCliArguments, UsageError } from '../../src/cli/args.js';
import { cli, tempDir } from '../helpers/cli.js';
import { CATALOGUE, type FakeArxiv, type FakePaper, startFakeArxiv } from '../helpers/fake-arxiv.js';
import { CORPUS, hasCorpus } from '../helpers/shared.js';

const PAPERS: Record<string, FakePaper> = {
  ...CATALOGUE,
  '2001.04253': [
    { title: 'Parameter-Efficient Transfer from Sequential Behaviors for User Modeling and Recommendation' },
    { title: 'Parameter-Efficient Transfer from Sequential Behaviors for User Modeling and Recommendation' },
  ],
  '2009.13724': [
    { title: 'One Person, One Model, One World: Learning Continual User Representation without Forgetting' },
  ],
  '2305.11700': [{ title: 'Sequential Recommendation with Diffusion Models' }],
  '2306.01234': [{ title: 'Tenrec: A Large-scale Multipurpose Benchmark Dataset for Recommender Systems' }],
  // arXiv writes this one's title otherwise than the list does.
  '2307.04321': [
    {
      title: 'Where to Go Next for Recommender Systems? ID- vs. Modality-based Recommender Models Revisited',
    },
  ],
};

let fake: FakeArxiv | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function flags(api: string, extra: string[] = []): string[] {
  return [
    '--format',
    'json',
    '--no-cache',
    '--arxiv-api',
    api,
    '--arxiv-interval',
    '0',
    '--timeout',
    '3000',
    ...extra,
  ];
}

const LIST = [
  '# Papers',
  '',
  '- Parameter-Efficient Transfer from Sequential Behaviors for User Modeling and Recommendation, SIGIR 2020, [[paper]](https://arxiv.org/pdf/2001.04253.pdf)',
  '- Sequential Recommendation with Diffusion Models, arxiv 2023, [[paper]](https://arxiv.org/abs/2305.11700)',
  '- One Person, One Model, One World: Learning Continual User Representation without Forgetting, SIGIR 2021, [[paper]](https://arxiv.org/pdf/2001.04253v2.pdf)',
  '- Tenrec: A Large-scale Multipurpose Benchmark Dataset for Recommender Systems, NeurIPS 2022',
  '- Where to Go Next for Recommender Systems? ID vs. Modality-based Models Revisited, SIGIR 2023',
  '- Chameleon: Mixed-Modal Early-Fusion Foundation Models, arxiv 2024, [[paper]](https://arxiv.org/abs/2405.09818)',
  '- Graph Neural Prompting with Large Language Models, arxiv 2023, [[paper]](https://arxiv.org/abs/2309.15427)',
  '- Heat-bath random walks with Markov bases, arxiv 2016, [[paper]](https://arxiv.org/abs/1605.08386)',
  '- Reflexion: Language Agents with Verbal Reinforcement Learning, arxiv 2023, [[paper]](https://arxiv.org/abs/2303.11366)',
  '',
].join('\n');

interface JsonFinding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  message: string;
  fix?: { replacement: string };
}

describe('arXiv link proposals from the CLI', () => {
  it('proposes the right id for a wrong link and a missing one, never for a title arXiv writes otherwise', async () => {
    fake = await startFakeArxiv({ catalogue: PAPERS });
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), LIST);
    const run = await cli(flags(fake.api), dir);
    expect(run.stderr).toBe('');
    const findings: JsonFinding[] = JSON.parse(run.stdout).findings;
    const proposals = findings.filter((f) => f.fix && /arXiv has this title/.test(f.message));
    expect(proposals.map((f) => [f.line, f.rule, f.message, f.fix?.replacement])).toEqual([
      [
        5,
        'arxiv-title-mismatch',
        'Title does not match arXiv 2001.04253v2: "Parameter-Efficient Transfer from Sequential Behaviors for User Modeling and Recommendation"; arXiv has this title as 2009.13724',
        'https://arxiv.org/pdf/2009.13724.pdf',
      ],
      [
        5,
        'conflicting-link',
        expect.stringMatching(
          /^Conflicting link: arXiv id 2001\.04253 .*; arXiv has this title as 2009\.13724$/,
        ),
        'https://arxiv.org/pdf/2009.13724.pdf',
      ],
      [
        6,
        'entry-format',
        'Expected a link, as most entries have; arXiv has this title as 2306.01234 (no-link)',
        ', [[paper]](https://arxiv.org/abs/2306.01234)',
      ],
    ]);
    // A replacement spans the wrong address; an insertion is an empty span at the end of the title's line.
    const [mismatch, , missing] = proposals;
    expect(LIST.split('\n')[4].slice(mismatch.column - 1, mismatch.endColumn - 1)).toBe(
      'https://arxiv.org/pdf/2001.04253v2.pdf',
    );
    expect([missing.endLine, missing.endColumn]).toEqual([missing.line, missing.column]);
    expect(missing.column).toBe(LIST.split('\n')[5].length + 1);
    // The title arXiv writes otherwise is still reported as missing a link, with nothing proposed.
    const otherwise = findings.find((f) => f.line === 7 && f.rule === 'entry-format');
    expect(otherwise?.message).toBe('Expected a link, as most entries have (no-link)');
    expect(otherwise?.fix).toBeUndefined();
    expect(fake.searches()).toEqual([
      'ti:"One Person One Model One World Learning Continual User Representation without Forgetting"',
      'ti:"Tenrec A Large-scale Multipurpose Benchmark Dataset for Recommender Systems"',
      'ti:"Where to Go Next for Recommender Systems ID vs Modality-based Models Revisited"',
    ]);
  });

  it('applies the proposals with --fix in an online run, and only there', async () => {
    fake = await startFakeArxiv({ catalogue: PAPERS });
    const dir = tempDir();
    const file = path.join(dir, 'README.md');
    writeFileSync(file, LIST);
    await cli(['--offline', '--fix'], dir);
    expect(readFileSync(file, 'utf8')).toBe(LIST);

    const run = await cli(flags(fake.api, ['--fix']), dir);
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines[4]).toBe(
      '- One Person, One Model, One World: Learning Continual User Representation without Forgetting, SIGIR 2021, [[paper]](https://arxiv.org/pdf/2009.13724.pdf)',
    );
    expect(lines[5]).toBe(
      '- Tenrec: A Large-scale Multipurpose Benchmark Dataset for Recommender Systems, NeurIPS 2022, [[paper]](https://arxiv.org/abs/2306.01234)',
    );
    expect(lines[6]).toBe(LIST.split('\n')[6]);
    // What is left: the entry arXiv titles otherwise; the fixed ones say nothing more.
    const left = JSON.parse(run.stdout).findings.map((f: JsonFinding) => `${f.line} ${f.rule}`);
    expect(left).toEqual(['7 entry-format']);
  });

  it('sends no more searches than --max-searches, and none with 0', async () => {
    fake = await startFakeArxiv({ catalogue: PAPERS });
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), LIST);
    await cli(flags(fake.api, ['--max-searches', '1']), dir);
    expect(fake.searches()).toHaveLength(1);
    await cli(flags(fake.api, ['--max-searches', '0']), dir);
    expect(fake.searches()).toHaveLength(1);
  });

  it('reads --max-searches as a whole number, 50 by default, and documents it', () => {
    expect(parseCliArguments([]).maxSearches).toBe(50);
    expect(parseCliArguments(['--max-searches', '0']).maxSearches).toBe(0);
    expect(() => parseCliArguments(['--max-searches', '-1'])).toThrow(UsageError);
    expect(() => parseCliArguments(['--max-searches', 'many'])).toThrow(UsageError);
    expect(HELP).toMatch(
      /--max-searches <n> +arXiv title searches per run for link proposals \(default 50; 0 = none\)/,
    );
  });

  it.skipIf(!hasCorpus)(
    'proposes 2009.13724 for the westlake-repl entry that links the paper of line 164, searches capped and spaced',
    async () => {
      const name =
        'westlake-repl__Recommendation-Systems-without-Explicit-ID-Features-A-Literature-Review.md';
      const text = readFileSync(path.join(CORPUS, 'lists', name), 'utf8');
      // The fake knows each linked id under the title of the first entry that links it, and the right paper.
      const catalogue: Record<string, FakePaper> = { '2009.13724': PAPERS['2009.13724'] };
      for (const line of text.split('\n')) {
        const match = /^- (.+?),.*arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/.exec(line);
        if (match && !catalogue[match[2]]) catalogue[match[2]] = [{ title: match[1] }];
      }
      fake = await startFakeArxiv({ catalogue });
      const dir = tempDir();
      writeFileSync(path.join(dir, 'README.md'), text);
      const interval = 40;
      const maxSearches = 10;
      const run = await cli(
        flags(fake.api, ['--arxiv-interval', String(interval), '--max-searches', String(maxSearches)]),
        dir,
      );
      const findings: JsonFinding[] = JSON.parse(run.stdout).findings;
      const proposed = findings.filter(
        (f) => f.line === 181 && f.fix && /arXiv has this title/.test(f.message),
      );
      expect(proposed.map((f) => [f.rule, f.fix?.replacement])).toEqual([
        ['arxiv-title-mismatch', 'https://arxiv.org/pdf/2009.13724.pdf'],
        ['conflicting-link', 'https://arxiv.org/pdf/2009.13724.pdf'],
      ]);
      for (const f of proposed) expect(f.message).toMatch(/; arXiv has this title as 2009\.13724$/);
      expect(fake.searches().length).toBeGreaterThan(0);
      expect(fake.searches().length).toBeLessThanOrEqual(maxSearches);
      for (const gap of fake.gaps()) expect(gap).toBeGreaterThanOrEqual(interval);
      expect(fake.maxOpenConnections).toBe(1);
    },
  );
});
