import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRuleDocs, withRuleTable } from '../scripts/rule-docs.js';
import { VERSION } from '../src/version.js';

const read = (name: string) => readFileSync(new URL(`../${name}`, import.meta.url), 'utf8');

describe('docs', () => {
  it('the README rule table is up to date (run `npm run docs`)', () => {
    const readme = read('README.md');
    expect(withRuleTable(readme, readRuleDocs())).toBe(readme);
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
