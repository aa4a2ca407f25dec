import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCS_DIR, readRuleDocs, ruleDocPage, ruleHelp, withRuleTable } from '../scripts/rule-docs.js';
import { RULE_IDS } from '../src/config/index.js';
import { VERSION } from '../src/version.js';

const read = (name: string) => readFileSync(new URL(`../${name}`, import.meta.url), 'utf8');

describe('docs', () => {
  it('the README rule table is up to date (run `npm run docs`)', () => {
    const readme = read('README.md');
    expect(withRuleTable(readme, readRuleDocs())).toBe(readme);
  });

  it('each rule has its page in docs/rules, generated from its doc comment and options (run `npm run docs`)', () => {
    const docs = readRuleDocs();
    expect(docs.map((doc) => doc.id).sort()).toEqual([...RULE_IDS].sort());
    expect(readdirSync(new URL(`../${DOCS_DIR}`, import.meta.url)).sort()).toEqual(
      docs.map((doc) => `${doc.id}.md`).sort(),
    );
    for (const doc of docs) expect(read(`${DOCS_DIR}/${doc.id}.md`), doc.id).toBe(ruleDocPage(doc));
    expect(read('src/report/rule-help.json')).toBe(ruleHelp(docs));
  });

  it("a rule's page documents every option with its values and default", () => {
    const page = read(`${DOCS_DIR}/duplicate-entry.md`);
    expect(page).toContain(
      '| `crossSection` | `"auto"`, `"error"`, `"warning"`, `"info"`, `"off"` | `"auto"` |',
    );
    expect(read(`${DOCS_DIR}/dead-link.md`)).toContain('None: the rule takes a severity only');
  });

  it('the README quickstart says exactly the two commands', () => {
    const readme = read('README.md');
    expect(readme).toContain('npm ci\nnpm run lint-list');
    expect(readme).toMatch(/^npm test\b/m);
  });

  it('the version matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(read('package.json')).version);
  });
});
