// `npm run docs`: regenerates from the rule files' doc comments and the configuration schema the README's rule
// table, a page per rule in docs/rules/, and the rule descriptions reports carry (src/report/rule-help.json).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOCS_DIR, readRuleDocs, ruleDocPage, ruleHelp, withRuleTable } from './rule-docs.js';

const root = path.resolve(import.meta.dirname, '..');
const docs = readRuleDocs();
const readmePath = path.join(root, 'README.md');
writeFileSync(readmePath, withRuleTable(readFileSync(readmePath, 'utf8'), docs));
const pages = path.join(root, DOCS_DIR);
mkdirSync(pages, { recursive: true });
for (const name of readdirSync(pages)) if (name.endsWith('.md')) rmSync(path.join(pages, name));
for (const doc of docs) writeFileSync(path.join(pages, `${doc.id}.md`), ruleDocPage(doc));
writeFileSync(path.join(root, 'src/report/rule-help.json'), ruleHelp(docs));
