// `npm run docs`: regenerates the README's rule table from the rule files' doc comments.
import { readFileSync, writeFileSync } from 'node:fs';
import { readRuleDocs, withRuleTable } from './rule-docs.js';

const readmePath = new URL('../README.md', import.meta.url);
writeFileSync(readmePath, withRuleTable(readFileSync(readmePath, 'utf8'), readRuleDocs()));
