import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/index.js';
import { applyFixes } from '../../src/fix.js';
import { lintText } from '../../src/lint.js';
import { documentAnchors } from '../../src/parse/anchors.js';
import { parseMarkdown } from '../../src/parse/index.js';
import { repositoryLookup } from '../../src/repository.js';
import { repositoryTarget } from '../../src/text/repository-url.js';
import { ON_TODAY } from '../helpers/list.js';
import { CORPUS, hasCorpus } from '../helpers/shared.js';

const ROOT = path.resolve(import.meta.dirname, '../fixtures/local-repo');
const REMOTE = { host: 'github.com', owner: 'paperlint', repo: 'demo' };
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

const lookup = () => repositoryLookup({ root: ROOT, remote: REMOTE, branches: ['main'] });

/** The local-link findings of a text linted as `file` of the fixture repository (or of none). */
function localLink(text: string, options: { file?: string; repository?: boolean; config?: Config } = {}) {
  const { file = 'README.md', repository = true, config } = options;
  return lintText(text, file, {
    ...ON_TODAY,
    cwd: ROOT,
    config,
    ...(repository && { repository: lookup() }),
  }).findings.filter((finding) => finding.rule === 'local-link');
}

const shown = (findings: ReturnType<typeof localLink>) =>
  findings.map(
    (f) => `${f.line}:${f.column} ${f.severity} ${f.message}${f.fix ? ` => ${f.fix.replacement}` : ''}`,
  );

describe('local-link on a repository', () => {
  it('finds exactly the 10 broken links of the fixture, with a fix where the target is clear', () => {
    expect(shown(localLink(README))).toEqual([
      "51:3 error Missing file 'docs/missing.md'",
      "52:13 error Missing file 'img/figur.png': did you mean 'img/figure.png'? => img/figure.png",
      "53:11 warning 'Docs/guide.md' is spelled 'docs/guide.md' in the repository: GitHub's paths are case-sensitive => docs/guide.md",
      "54:3 error Link leaves the repository: '../../outside.md'",
      "55:3 warning Missing anchor '#nope': no heading or anchor of this file has it",
      "56:17 warning Missing anchor '#quik-start': did you mean '#-quick-start' (heading '🚀 Quick start')? => #-quick-start",
      "57:11 warning Missing anchor '#instal' in docs/setup.md: did you mean '#install' (heading 'Install')? => docs/setup.md#install",
      "58:9 warning Missing anchor '#faq' in docs/setup.md: did you mean '#faq-' (heading 'FAQ 🎉')? => docs/setup.md#faq-",
      "59:13 warning Missing anchor '#methods-1': did you mean '#methods' (heading 'Methods')? => #methods",
      "60:3 error Missing file 'docs/gone.md'",
    ]);
  });

  it('checks every working link of the fixture: 20 to files and folders, 30 to anchors', () => {
    const broken = README.indexOf('## Broken');
    const { references } = documentAnchors(parseMarkdown(README), README);
    const checked = references.filter(
      (r) =>
        r.span.start.offset < broken &&
        repositoryTarget(r.url, 'README.md', { ...REMOTE, branches: ['main'] }),
    );
    const withAnchor = checked.filter((r) => r.url.includes('#'));
    expect(checked.length - withAnchor.length).toBe(20);
    expect(withAnchor).toHaveLength(30);
    const before = localLink(README).length;
    // Each one spelled wrong is reported, on its own place: none of them passes unchecked.
    for (const reference of checked) {
      // At the end of the fragment or the path (a query says nothing on GitHub).
      const query = /^[^#]*?(?=\?)/.exec(reference.url)?.[0].length ?? reference.url.length;
      const mangled = `${reference.url.slice(0, query)}zzq${reference.url.slice(query)}`;
      const at = reference.urlSpan!.start.offset;
      const text = README.slice(0, at) + mangled + README.slice(at + reference.url.length);
      const after = localLink(text);
      expect(after.length, reference.url).toBe(before + 1);
      expect(
        after.some((f) => f.line === reference.span.start.line && f.url === mangled),
        reference.url,
      ).toBe(true);
    }
  });

  it('writes the fixes into the text: applied, nothing else is left but what has no fix', () => {
    const findings = localLink(README);
    const { output } = applyFixes(
      README,
      findings.flatMap((f) => (f.fix ? [f.fix] : [])),
    );
    expect(shown(localLink(output)).map((line) => line.replace(/^\d+:\d+ /, ''))).toEqual([
      "error Missing file 'docs/missing.md'",
      "error Link leaves the repository: '../../outside.md'",
      "warning Missing anchor '#nope': no heading or anchor of this file has it",
      "error Missing file 'docs/gone.md'",
    ]);
  });

  it('checks a file in a subfolder against its own folder and the links into it', () => {
    const text =
      '# Notes\n\n[Up](../README.md#contents), [beside](setup.md#usage-1), [bad](guide.md#nowhere), [img](../img/logo.svg)\n';
    expect(shown(localLink(text, { file: 'docs/notes.md' }))).toEqual([
      "3:58 warning Missing anchor '#nowhere': no heading or anchor of docs/guide.md has it",
    ]);
  });

  it('never reads outside the root: a link that climbs out is a finding, not a read', () => {
    expect(shown(localLink('[x](../../../../../../etc/passwd) [y](docs/../../x.md)\n'))).toEqual([
      "1:1 error Link leaves the repository: '../../../../../../etc/passwd'",
      "1:35 error Link leaves the repository: 'docs/../../x.md'",
    ]);
  });

  it('without a repository checks only the file’s own anchors and misspelled web addresses', () => {
    const text = '# A\n\n[x](docs/missing.md) [y](#a) [z](#b) [w](www.example.org/page)\n';
    expect(shown(localLink(text, { repository: false }))).toEqual([
      "3:30 warning Missing anchor '#b': no heading or anchor of this file has it",
      "3:42 error Web address without 'https://': 'www.example.org/page' is read as a file of the repository => https://www.example.org/page",
    ]);
  });

  it('leaves arXiv links without a scheme to arxiv-url and doubled parentheses to entry-format', () => {
    const text =
      '- T, [[paper]](arxiv.org/abs/2305.11700)\n- U, [[paper]]((https://arxiv.org/abs/2305.11701))\n';
    expect(localLink(text)).toEqual([]);
  });
});

describe('local-link on tables of contents', () => {
  const sections = (names: string[]) => names.map((name) => `## ${name}\ntext\n`).join('\n');

  it('reports a section left out between listed ones, with the entry in the table’s own style', () => {
    const text = `## Contents\n*   [Surveys](#surveys)\n*   [Agents](#agents)\n*   [Tools](#tools)\n*   [Data](#data)\n\n${sections(['Surveys', 'Agents', 'Evaluation [2024]', 'Tools', 'Data', 'License'])}`;
    const findings = localLink(text, { repository: false });
    expect(shown(findings)).toEqual([
      "3:22 info Table of contents leaves out the section 'Evaluation [2024]' (line 13): add '*   [Evaluation \\[2024\\]](#evaluation-2024)' => \n*   [Evaluation \\[2024\\]](#evaluation-2024)",
    ]);
    const { output } = applyFixes(text, [findings[0].fix!]);
    expect(output.split('\n').slice(1, 6)).toEqual([
      '*   [Surveys](#surveys)',
      '*   [Agents](#agents)',
      '*   [Evaluation \\[2024\\]](#evaluation-2024)',
      '*   [Tools](#tools)',
      '*   [Data](#data)',
    ]);
    expect(localLink(output, { repository: false })).toEqual([]);
  });

  it('inserts before the next entry when the first section is missing, and keeps CRLF', () => {
    const text = `- [B](#b)\r\n- [C](#c)\r\n- [D](#d)\r\n- [E](#e)\r\n- [F](#f)\r\n\r\n${sections(['A', 'B', 'C', 'D', 'E', 'F']).replace(/\n/g, '\r\n')}`;
    // A is before the first entry's section: the table starts at B, so nothing is said.
    expect(localLink(text, { repository: false })).toEqual([]);
    const withGap = text.replace('- [C](#c)\r\n', '');
    const findings = localLink(withGap, { repository: false });
    expect(findings.map((f) => f.fix?.replacement)).toEqual(['\r\n- [C](#c)']);
  });

  it('says nothing about trailing sections, partial tables or unlisted subsections', () => {
    const trailing = `- [A](#a)\n- [B](#b)\n- [C](#c)\n\n${sections(['A', 'B', 'C', 'Contributing', 'License'])}`;
    expect(localLink(trailing, { repository: false })).toEqual([]);
    const partial = `- [A](#a)\n- [D](#d)\n- [G](#g)\n\n${sections(['A', 'B', 'C', 'D', 'E', 'F', 'G'])}`;
    expect(localLink(partial, { repository: false })).toEqual([]);
    const unlistedChildren = `- [A](#a)\n- [B](#b)\n- [C](#c)\n\n## A\n### A1\n### A2\n## B\n## C\n`;
    expect(localLink(unlistedChildren, { repository: false })).toEqual([]);
  });

  it('reports a subsection left out where its siblings are listed, at their indentation', () => {
    const text = [
      '- [A](#a)',
      '  - [A1](#a1)',
      '  - [A3](#a3)',
      '- [B](#b)',
      '- [C](#c)',
      '- [D](#d)',
      '- [E](#e)',
      '',
      '## A',
      '### A1',
      '### A2',
      '### A3',
      '## B',
      '## C',
      '## D',
      '## E',
    ].join('\n');
    expect(localLink(text, { repository: false }).map((f) => f.fix?.replacement)).toEqual([
      '\n  - [A2](#a2)',
    ]);
  });

  it('reports an entry missing from a numbered table without a fix (the numbers would move)', () => {
    const text = `1. [A](#a)\n2. [B](#b)\n3. [D](#d)\n4. [E](#e)\n5. [F](#f)\n\n${sections(['A', 'B', 'C', 'D', 'E', 'F'])}`;
    const findings = localLink(text, { repository: false });
    expect(shown(findings)).toEqual([
      "2:11 info Table of contents leaves out the section 'C' (line 13): add '2. [C](#c)'",
    ]);
  });

  it('counts an entry with a broken link as listing its section (the link is reported once)', () => {
    const text = `- [A](#a)\n- [B](#B)\n- [C](#cc)\n- [D](#d)\n\n${sections(['A', 'B', 'C', 'D'])}`;
    expect(
      shown(localLink(text, { repository: false })).map((line) => line.split(' ').slice(1, 4).join(' ')),
    ).toEqual(["info Anchor '#B'", 'warning Missing anchor']);
  });

  it('is turned off with tableOfContents: false', () => {
    const text = `- [A](#a)\n- [B](#b)\n- [D](#d)\n- [E](#e)\n- [F](#f)\n\n${sections(['A', 'B', 'C', 'D', 'E', 'F'])}`;
    expect(localLink(text, { repository: false })).toHaveLength(1);
    const config: Config = { rules: { 'local-link': ['info', { tableOfContents: false }] } };
    expect(localLink(text, { repository: false, config })).toEqual([]);
  });
});

describe('local-link on hostile input', () => {
  it('stays linear on broken HTML and on thousands of broken anchors (suggestions stop, findings do not)', () => {
    for (const html of [
      '<h1>x '.repeat(50_000),
      '<h1 x '.repeat(50_000),
      `<a ${'x="'.repeat(50_000)}>`,
      '<'.repeat(200_000),
    ]) {
      expect(localLink(`<div>\n${html}\n</div>\n`, { repository: false })).toEqual([]);
    }
    const many = Array.from({ length: 3000 }, (_, i) => `## Same\n[x](#same-${i}x)\n`).join('\n');
    expect(localLink(many, { repository: false })).toHaveLength(3000);
  }, 120_000);
});

/** What local-link says on the real lists (in-page anchors only: their files are not here). Each one looked at. */
const CORPUS_FINDINGS: Record<string, string[]> = {
  // `[LLM]([https://github.com/simonw/llm)`: a stray bracket, GitHub opens a missing file.
  'Hannibal046__Awesome-LLM.md': [
    "546:9 error Stray '[' before the web address in '[https://github.com/simonw/llm': it is read as a file of the repository => https://github.com/simonw/llm",
  ],
  // The table links '#Usage-and-Restrictions'; GitHub finds it, other renderers do not.
  'Mooler0410__LLMsPracticalGuide.md': [
    "70:49 info Anchor '#Usage-and-Restrictions' differs in case from '#usage-and-restrictions': GitHub finds it, other renderers do not => #usage-and-restrictions",
  ],
  // Three broken entries of the table ('/' kept, a dropped 's', 'casual' for 'causal') and five in another case.
  'RUCAIBox__Awesome-RSPapers.md': [
    "15:30 warning Missing anchor '#CTR/CVR-Prediction': did you mean '#ctrcvr-prediction' (heading 'CTR/CVR Prediction')? => #ctrcvr-prediction",
    "28:25 warning Missing anchor '#multi-taskmulti-behaviorcross-domain-recommendation': did you mean '#multi-taskmulti-behaviorcross-domain-recommendations' (heading 'Multi-task/Multi-behavior/Cross-domain Recommendations')? => #multi-taskmulti-behaviorcross-domain-recommendations",
    "57:33 info Anchor '#gnn-in-Recommendation' differs in case from '#gnn-in-recommendation': GitHub finds it, other renderers do not => #gnn-in-recommendation",
    "58:38 info Anchor '#Contrastive-Learning-based' differs in case from '#contrastive-learning-based': GitHub finds it, other renderers do not => #contrastive-learning-based",
    "59:38 info Anchor '#Adversarial-Learning-based' differs in case from '#adversarial-learning-based': GitHub finds it, other renderers do not => #adversarial-learning-based",
    "60:29 info Anchor '#Autoencoder-based' differs in case from '#autoencoder-based': GitHub finds it, other renderers do not => #autoencoder-based",
    "62:24 info Anchor '#AutoML-based' differs in case from '#automl-based': GitHub finds it, other renderers do not => #automl-based",
    "63:43 warning Missing anchor '#casual-inference/counterfactual': did you mean '#causal-inferencecounterfactual' (heading 'Causal Inference/Counterfactual')? => #causal-inferencecounterfactual",
  ],
};

describe.skipIf(!hasCorpus)('local-link on the corpus lists', () => {
  const lists = path.join(CORPUS, 'lists');
  const names = hasCorpus
    ? readFileSync(path.join(lists, 'MANIFEST.tsv'), 'utf8')
        .split('\n')
        .flatMap((line) => /^(\S+\.md)\t/.exec(line)?.[1] ?? [])
    : [];

  it('reads all 16 lists', () => expect(names).toHaveLength(16));

  it.each(names)('%s: only the reviewed findings', (name) => {
    const text = readFileSync(path.join(lists, name), 'utf8');
    expect(shown(localLink(text, { file: name, repository: false }))).toEqual(CORPUS_FINDINGS[name] ?? []);
  });
});
