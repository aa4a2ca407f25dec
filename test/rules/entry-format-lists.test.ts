// entry-format on whole lists: the weekly-digest style, paperlint comments, and the real corpus lists.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/index.js';
import { fixText } from '../../src/fix.js';
import { lintText } from '../../src/lint.js';
import type { Finding } from '../../src/types.js';
import { ON_TODAY } from '../helpers/list.js';
import { CORPUS, hasCorpus } from '../helpers/shared.js';

const entryFormatOf = (text: string, config?: Config): Finding[] =>
  lintText(text, 'README.md', { ...ON_TODAY, config }).findings.filter((f) => f.rule === 'entry-format');

describe('entry-format on a weekly-digest list (numbered table cells, bold name - description)', () => {
  const weekly = readFileSync(
    path.resolve(import.meta.dirname, '../fixtures/styles/weekly-papers.md'),
    'utf8',
  );

  it('reads numbering as no link syntax and unrendered double spaces as fixable infos', () => {
    const findings = entryFormatOf(weekly);
    expect(findings.filter((f) => f.message.endsWith('(link-syntax)'))).toEqual([]);
    expect(findings.filter((f) => f.severity === 'info').every((f) => f.fix)).toBe(true);
    // The one visible slip: ` , ` between two links where every other row writes `, `.
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.line}: ${f.message}`)).toEqual([
      "28: Expected ', ' between links, like most entries, instead of ' , ' after 'Paper' (separator)",
    ]);
  });

  it('leaves nothing for entry-format after --fix, and only infos can be turned off', () => {
    const { linted } = fixText(weekly, 'README.md', ON_TODAY);
    expect(linted.findings.filter((f) => f.rule === 'entry-format')).toEqual([]);
    const config: Config = { rules: { 'entry-format': ['warning', { whitespace: false }] } };
    expect(entryFormatOf(weekly, config).map((f) => f.line)).toEqual([28]);
  });
});

describe('entry-format: unknown rule ids in paperlint comments', () => {
  const list = [
    '# Papers',
    '',
    '<!-- paperlint-disable-next-line duplicate-entries -->',
    '- Title One, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700)',
    '- Title Two, arxiv 2023/06, [[paper]](https://arxiv.org/abs/2306.11700) <!-- paperlint-disable nope, arxiv-url -->',
    '',
    '```md',
    '<!-- paperlint-disable rule-id -->',
    '```',
    '',
  ].join('\n');

  it('reports each unknown id on its comment, with the closest rule id when one is close', () => {
    expect(
      entryFormatOf(list).map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.severity} ${f.message}`),
    ).toEqual([
      "3:1-55 warning Unknown rule 'duplicate-entries' in paperlint-disable-next-line comment (did you mean 'duplicate-entry'?) (directive)",
      "5:73-115 warning Unknown rule 'nope' in paperlint-disable comment (directive)",
    ]);
  });

  it('is off with the rule or with {"directive": false}', () => {
    expect(entryFormatOf(list, { rules: { 'entry-format': 'off' } })).toEqual([]);
    expect(entryFormatOf(list, { rules: { 'entry-format': ['warning', { directive: false }] } })).toEqual([]);
  });
});

const lists = hasCorpus ? readdirSync(path.join(CORPUS, 'lists')).filter((name) => name.endsWith('.md')) : [];

describe.skipIf(!hasCorpus)('entry-format on the corpus lists', () => {
  it.each(lists)('%s: every style finding has a fix; few warnings, fewer without a fix', (name) => {
    const text = readFileSync(path.join(CORPUS, 'lists', name), 'utf8');
    const { findings, list } = lintText(text, name, ON_TODAY);
    const own = findings.filter((f) => f.rule === 'entry-format');
    const style = own.filter((f) =>
      /\((spacing|whitespace|fullwidth|date|label|separator)\)$/.test(f.message),
    );
    expect(style.filter((f) => !f.fix)).toEqual([]);
    const warnings = own.filter((f) => f.severity === 'warning');
    const per100 = (n: number) => (100 * n) / Math.max(list.entries.length, 1);
    expect(per100(warnings.length)).toBeLessThanOrEqual(20);
    expect(per100(warnings.filter((f) => !f.fix).length)).toBeLessThanOrEqual(5);
  });
});
