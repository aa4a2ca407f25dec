// Measures arxiv-title-mismatch on the corpus lists (skipped without ../shared) against a fake arXiv API on
// loopback that knows the titles of test/fixtures/arxiv-api/corpus-titles.json: the lists as they are, and
// short-name copies of them, as lists that cite papers by name write them. Every finding must be worth a
// maintainer's time: no error but on a really wrong link, at most 1 info per 10 arXiv ids.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import rule from '../../src/rules/arxiv-title-mismatch.js';
import type { PaperList } from '../../src/types.js';
import { verify } from '../../src/verify/index.js';
import { arxivRequestOf, type FakeArxiv, type FakePaper, startFakeArxiv } from '../helpers/fake-arxiv.js';
import { listOf } from '../helpers/list.js';
import { CORPUS, hasCorpus } from '../helpers/shared.js';
import { testOptions, testTuning } from '../verify/setup.js';

const corpusTitles = JSON.parse(
  readFileSync(new URL('../fixtures/arxiv-api/corpus-titles.json', import.meta.url), 'utf8'),
) as Record<string, { title: string }>;

/**
 * What corpus-titles.json cannot say, from arXiv's abstract pages: papers renamed between versions (the
 * lists agree on version 1's title for two of them), and the id of a wrong link whose lists disagree.
 */
const ARXIV_HISTORY: Record<string, FakePaper> = {
  '2305.06566': [
    { title: 'A First Look at LLM-Powered Generative News Recommendation' },
    {
      title:
        'ONCE: Boosting Content-based Recommendation with Both Open- and Closed-source Large Language Models',
    },
  ],
  '2306.02552': [
    { title: 'RecAgent: A Novel Simulation Paradigm for Recommender Systems' },
    {
      title:
        'When Large Language Model based Agent Meets User Behavior Analysis: A Novel User Simulation Paradigm',
    },
    { title: 'User Behavior Simulation with Large Language Model-based Agents' },
  ],
  '2308.10835': [
    { title: 'Enhancing Recommender Systems with Large Language Model Reasoning Graphs' },
    { title: 'LLMRG: Improving Recommendations through Large Language Model Reasoning Graphs' },
  ],
  '2304.00545': [{ title: 'FANS: Fast Non-Autoregressive Sequence Generation for Item List Continuation' }],
};

/** Links to another paper, checked by hand: the only errors the rule may give. */
const WRONG_LINKS = new Set([
  // ZeRO's id under the Megatron-LM title (the ZeRO entry above it has the same id).
  'Mooler0410__LLMsPracticalGuide.md:206',
  // AgentCF's id under OpenP5, the Item-Language Model's id under A-LLMRec.
  'nancheng58__Awesome-LLM4RS-Papers.md:110',
  'nancheng58__Awesome-LLM4RS-Papers.md:135',
  // One id under two full titles (issue 8): lines 164/181 and 202/204.
  'westlake-repl__Recommendation-Systems-without-Explicit-ID-Features-A-Literature-Review.md:181',
  'westlake-repl__Recommendation-Systems-without-Explicit-ID-Features-A-Literature-Review.md:204',
]);

/** The corpus lists that link arXiv papers, parsed. */
const lists: Array<{ file: string; list: PaperList }> = [];
if (hasCorpus) {
  const folder = path.join(CORPUS, 'lists');
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.md'))) {
    const text = readFileSync(path.join(folder, file), 'utf8');
    if (/arxiv\.org/i.test(text)) lists.push({ file, list: listOf(text) });
  }
}

/**
 * The list as a list of short names would write it: each title with a colon becomes the name before it,
 * alone (`bare`) or bold with the rest as a description (`described`: `**LLaRA** - Aligning …`).
 */
function shortNameCopy(list: PaperList, style: 'bare' | 'described'): string {
  let text = list.source;
  const titled = list.entries.filter((entry) => entry.titleSpan && entry.title.includes(':'));
  for (const entry of titled.reverse()) {
    const span = entry.titleSpan!;
    let start = span.start.offset;
    let end = span.end.offset;
    if (text.slice(start - 2, start) === '**' && text.slice(end, end + 2) === '**') {
      start -= 2;
      end += 2;
    }
    const colon = entry.title.indexOf(':');
    const name = entry.title.slice(0, colon).trim();
    const rest = entry.title.slice(colon + 1).trim();
    text = `${text.slice(0, start)}${style === 'bare' ? name : `**${name}** - ${rest}`}${text.slice(end)}`;
  }
  return text;
}

interface Tally {
  list: string;
  ids: number;
  errors: string[];
  infos: number;
  requests: number;
  firstVersionRequests: number;
}

let fake: FakeArxiv;
beforeAll(async () => {
  const catalogue: Record<string, FakePaper> = Object.fromEntries(
    Object.entries(corpusTitles).map(([id, { title }]) => [id, [{ title }]]),
  );
  fake = await startFakeArxiv({ catalogue: { ...catalogue, ...ARXIV_HISTORY } });
});
afterAll(() => fake?.close());

async function measure(name: string, list: PaperList): Promise<Tally> {
  const before = fake.requests.length;
  const results = await verify(arxivRequestOf(list), testOptions({ arxivApi: fake.api }), testTuning());
  const asked = fake.idLists().slice(before);
  const findings = rule.check(list, results);
  const known = new Set(
    list.entries.flatMap((entry) => entry.arxiv.map((ref) => ref.id)).filter((id) => id in corpusTitles),
  );
  return {
    list: name,
    ids: known.size,
    errors: findings.filter((f) => f.severity === 'error').map((f) => `${name}:${f.span.start.line}`),
    infos: findings.filter((f) => f.severity === 'info').length,
    requests: asked.length,
    firstVersionRequests: asked.filter((ids) => ids.every((id) => id.endsWith('v1'))).length,
  };
}

function table(title: string, tallies: Tally[]): string {
  const rows = tallies
    .filter((t) => t.ids > 0)
    .map(
      (t) =>
        `${t.list.padEnd(40).slice(0, 40)} ids ${String(t.ids).padStart(3)}  errors ${t.errors.length}  infos ${t.infos}  per 10 ids ${((10 * t.infos) / t.ids).toFixed(2)}  requests ${t.requests} (v1 ${t.firstVersionRequests})`,
    );
  return [title, ...rows].join('\n');
}

function expectWorthReading(tallies: Tally[]) {
  for (const tally of tallies) {
    for (const error of tally.errors) expect(WRONG_LINKS, error).toContain(error);
    expect(tally.infos, tally.list).toBeLessThanOrEqual(tally.ids / 10);
  }
}

describe.skipIf(!hasCorpus)('arxiv-title-mismatch on the corpus, against corpus-titles.json', () => {
  it('errs only on wrong links, with at most 1 info per 10 ids', { timeout: 120_000 }, async () => {
    const tallies: Tally[] = [];
    for (const { file, list } of lists) tallies.push(await measure(file, list));
    console.log(table('Lists as they are:', tallies));
    expectWorthReading(tallies);
    expect(tallies.flatMap((t) => t.errors).sort()).toEqual([...WRONG_LINKS].sort());
  });

  for (const style of ['bare', 'described'] as const) {
    it(`says nothing more about short-name copies of the lists (${style})`, {
      timeout: 120_000,
    }, async () => {
      const tallies: Tally[] = [];
      for (const { file, list } of lists)
        tallies.push(await measure(file, listOf(shortNameCopy(list, style))));
      console.log(table(`Short-name copies (${style}):`, tallies));
      expectWorthReading(tallies);
      // A short name is never a wrong title: only wrong links whose title has no colon still err.
      expect(tallies.flatMap((t) => t.errors).sort()).toEqual([
        'westlake-repl__Recommendation-Systems-without-Explicit-ID-Features-A-Literature-Review.md:181',
        'westlake-repl__Recommendation-Systems-without-Explicit-ID-Features-A-Literature-Review.md:204',
      ]);
    });
  }
});

/**
 * A weekly-papers table of names, as issue 8's list writes them (`| 4) **MusicGen** - a simple and
 * controllable model … | [Paper](…) |`): the name before a title's colon, else its initials, which arXiv
 * titles do not contain (`Mamba-2` for `Transformers are SSMs: …`).
 */
const weeklyCells = Object.entries(corpusTitles).map(([id, { title }], n) => {
  const colon = title.indexOf(':');
  const name =
    colon > 0
      ? title.slice(0, colon)
      : title
          .split(/\s+/)
          .filter((word) => /^\p{Lu}/u.test(word))
          .map((word) => word[0])
          .join('');
  const description = (colon > 0 ? title.slice(colon + 1) : title).trim().toLowerCase();
  return { id, number: n + 1, name, description };
});

const weeklyNames = [
  '# Weekly papers',
  '',
  '| Paper | Links |',
  '|---|---|',
  ...weeklyCells.map(
    ({ id, number, name, description }) =>
      `| ${number}) **${name}** - ${description} | [Paper](https://arxiv.org/abs/${id}), [Tweet](https://x.com/p/${number}) |`,
  ),
  '',
].join('\n');

describe('arxiv-title-mismatch on a list of names, against corpus-titles.json', () => {
  it('says nothing, whether or not the entry model tells names from titles', async () => {
    const list = listOf(weeklyNames);
    const asParsed = await measure('weekly names', list);
    // The rule holds on its own, with every title read as a full one, as a name or as the whole cell.
    const readAsFull = (title: (cell: (typeof weeklyCells)[number]) => string): PaperList => ({
      ...list,
      entries: list.entries.map((entry, index) => ({
        ...entry,
        title: title(weeklyCells[index]),
        titleKind: 'full' as const,
      })),
    });
    const names = await measure(
      'names read as full titles',
      readAsFull(({ name }) => name),
    );
    const cells = await measure(
      'cells read as full titles',
      readAsFull(({ number, name, description }) => `${number}) ${name} - ${description}`),
    );
    console.log(table('A list of names:', [asParsed, names, cells]));
    for (const tally of [asParsed, names, cells]) {
      expect(tally.ids).toBe(Object.keys(corpusTitles).length);
      expect(tally.errors).toEqual([]);
      expect(tally.infos).toBeLessThanOrEqual(tally.ids / 10);
    }
  });
});
