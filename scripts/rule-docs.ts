// Reads the documentation block at the top of each rule file: the README table and the example tests come from it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import schema from '../schema/paperlintrc.schema.json' with { type: 'json' };
import { offlineRules } from '../src/rules/index.js';

export interface RuleExample {
  kind: 'ok' | 'not-ok';
  options?: Record<string, unknown>;
  markdown: string;
  expect: Array<{ line: number; column: number; severity: string; message: string }>;
}

export interface RuleDoc {
  id: string;
  /** The rule's file, or its folder for a rule split into parts. */
  file: string;
  /** For one part of a rule split into a folder (`@aspect spacing`): that part's name. */
  aspect?: string;
  summary: string;
  fixable: boolean;
  /** The prose between the tags and the first example. */
  description: string;
  examples: RuleExample[];
}

const EXPECT = /^(\d+):(\d+) (error|warning|info) (.+)$/;

export function parseRuleDoc(source: string, file: string): RuleDoc | undefined {
  const block = /^\/\*\*\n([\s\S]*?)\n \*\//.exec(source);
  if (!block) return undefined;
  const lines = block[1].split('\n').map((line) => line.replace(/^ \* ?/, '').replace(/^ \*$/, ''));
  const doc: RuleDoc = { id: '', file, summary: '', fixable: false, description: '', examples: [] };
  const prose: string[] = [];
  let example: RuleExample | undefined;
  let exampleLines: string[] = [];
  const closeExample = () => {
    if (!example) return;
    example.markdown = `${exampleLines.join('\n').replace(/\s+$/, '')}\n`;
    doc.examples.push(example);
    example = undefined;
    exampleLines = [];
  };
  for (const line of lines) {
    const tag = /^@(\w+)(?: (.*))?$/.exec(line);
    if (!tag) {
      if (example && example.expect.length === 0) exampleLines.push(line);
      else if (!example && doc.examples.length === 0) prose.push(line);
      else if (line.trim() !== '') throw new Error(`${file}: text after @expect: '${line}'`);
      continue;
    }
    const [, name, value = ''] = tag;
    if (name === 'rule') doc.id = value.trim();
    else if (name === 'aspect') doc.aspect = value.trim();
    else if (name === 'summary') doc.summary = value.trim();
    else if (name === 'fixable') doc.fixable = value.trim() === 'yes';
    else if (name === 'example') {
      closeExample();
      const [, kind, json] = /^(ok|not-ok)\s*(\{.*\})?\s*$/.exec(value) ?? [];
      if (!kind) throw new Error(`${file}: @example must be 'ok' or 'not-ok', got '${value}'`);
      example = { kind: kind as RuleExample['kind'], markdown: '', expect: [] };
      if (json) example.options = JSON.parse(json);
    } else if (name === 'expect') {
      const match = EXPECT.exec(value);
      if (!example || !match) throw new Error(`${file}: bad @expect '${value}'`);
      example.expect.push({ line: +match[1], column: +match[2], severity: match[3], message: match[4] });
    } else throw new Error(`${file}: unknown tag @${name}`);
  }
  closeExample();
  doc.description = prose.join('\n').trim();
  return doc.id || doc.aspect ? doc : undefined;
}

export const RULES_DIR = path.resolve(import.meta.dirname, '../src/rules');

/** A rule split into a folder: its `index.ts` documents it, and each part's examples are the rule's too. */
function readFolderDoc(dir: string, folder: string): RuleDoc | undefined {
  const files = readdirSync(path.join(dir, folder)).filter((name) => name.endsWith('.ts'));
  const docs = files.sort().flatMap((name) => {
    const doc = parseRuleDoc(readFileSync(path.join(dir, folder, name), 'utf8'), `${folder}/${name}`);
    return doc ? [doc] : [];
  });
  const rule = docs.find((doc) => doc.id && !doc.aspect);
  if (!rule) return undefined;
  const parts = docs.filter((doc) => doc.aspect);
  return { ...rule, file: folder, examples: [...rule.examples, ...parts.flatMap((part) => part.examples)] };
}

/** Every documented rule (a file, or a folder with its `index.ts`), in name order. */
export function readRuleDocs(dir = RULES_DIR): RuleDoc[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((item) => {
      if (item.isDirectory()) return readFolderDoc(dir, item.name) ?? [];
      if (!item.name.endsWith('.ts')) return [];
      const doc = parseRuleDoc(readFileSync(path.join(dir, item.name), 'utf8'), item.name);
      return doc?.id ? [doc] : [];
    });
}

const OFFLINE = new Set<string>(offlineRules.map((rule) => rule.id));

/** The README's rule table, each rule linking to its page. */
export function ruleTable(docs: RuleDoc[]): string {
  const rows = docs.map(
    (doc) =>
      `| [\`${doc.id}\`](${DOCS_DIR}/${doc.id}.md) | ${OFFLINE.has(doc.id) ? 'offline' : 'network'} | ${doc.fixable ? 'yes' : ''} | ${doc.summary.replace(/\|/g, '\\|')} |`,
  );
  return ['| Rule | Needs | Fixable | What it reports |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export const TABLE_START = '<!-- rules:start (generated by `npm run docs`) -->';
export const TABLE_END = '<!-- rules:end -->';

/** The README with its rule table regenerated. */
export function withRuleTable(readme: string, docs: RuleDoc[]): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error('README.md has no rule table markers');
  return `${readme.slice(0, start + TABLE_START.length)}\n${ruleTable(docs)}\n${readme.slice(end)}`;
}

/** Where the rule pages are written, from the repository's top folder. */
export const DOCS_DIR = 'docs/rules';

export interface OptionSchema {
  description: string;
  default: unknown;
  enum?: unknown[];
  type?: string;
}

type RuleSchema = { description: string; then: { items: [unknown, { $ref: string }] } };
type OptionsSchema = { additionalProperties: boolean; properties?: Record<string, OptionSchema> };

/** A rule's setting in the configuration schema (its description, and its options in `[severity, options]`). */
export function ruleSchema(id: string): RuleSchema {
  return (schema.properties.rules.properties as unknown as Record<string, RuleSchema>)[id];
}

/** A rule's options schema: what validates them, and what its page documents. */
export function optionsSchema(id: string): OptionsSchema {
  const name = ruleSchema(id).then.items[1].$ref.replace('#/definitions/', '');
  return (schema.definitions as unknown as Record<string, OptionsSchema>)[name];
}

/** A rule's options as the configuration schema describes them. */
export function optionsOf(id: string): Array<[string, OptionSchema]> {
  return Object.entries(optionsSchema(id).properties ?? {});
}

/** A code fence longer than any run of backticks in `text`. */
function fenced(text: string, info = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text.replace(/\n$/, '')}\n${fence}`;
}

const json = (value: unknown) => JSON.stringify(value);
/** JSON on one line with a space after each comma and colon, as people write configurations. */
const spaced = (value: unknown) => JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');

function optionsSection(doc: RuleDoc): string[] {
  const options = optionsOf(doc.id);
  const severities = '`"off"`, `"info"`, `"warning"` or `"error"`';
  if (options.length === 0)
    return ['## Options', '', `None: the rule takes a severity only (${severities}).`];
  const example = Object.fromEntries(options.map(([name, option]) => [name, option.default]));
  return [
    '## Options',
    '',
    `The rule takes a severity (${severities}) or \`[severity, options]\`:`,
    '',
    '| Option | Values | Default | What it does |',
    '| --- | --- | --- | --- |',
    ...options.map(
      ([name, option]) =>
        `| \`${name}\` | ${(option.enum ?? (option.type === 'boolean' ? [true, false] : [option.type])).map((v) => `\`${json(v)}\``).join(', ')} | \`${json(option.default)}\` | ${option.description.replace(/\|/g, '\\|')} |`,
    ),
    '',
    fenced(spaced({ rules: { [doc.id]: ['warning', example] } }), 'json'),
  ];
}

function examplesSection(doc: RuleDoc): string[] {
  if (doc.examples.length === 0) return [];
  return [
    '## Examples',
    ...doc.examples.flatMap((example) => {
      const options = example.options ? ` with \`${json(example.options)}\`` : '';
      const expected = example.expect.map((e) => `${e.line}:${e.column} ${e.severity} ${e.message}`);
      return [
        '',
        `${example.kind === 'ok' ? 'Correct' : 'Reported'}${options}:`,
        '',
        fenced(example.markdown, 'markdown'),
        ...(expected.length > 0 ? ['', fenced(expected.join('\n'), 'text')] : []),
      ];
    }),
  ];
}

/** A rule's documentation page, made of its doc comment, its options in the schema and its examples. */
export function ruleDocPage(doc: RuleDoc): string {
  const source = `src/rules/${doc.file}${doc.file.endsWith('.ts') ? '' : '/index.ts'}`;
  const lines = [
    `<!-- Generated by \`npm run docs\` from ${source} and schema/paperlintrc.schema.json: edit those, not this page. -->`,
    `# \`${doc.id}\``,
    '',
    doc.summary,
    '',
    `- Needs: ${OFFLINE.has(doc.id) ? 'nothing but the file (offline)' : 'the network (skipped with `--offline`)'}`,
    `- Fixable: ${doc.fixable ? 'yes, with `--fix`' : 'no'}`,
    `- Silence it on a line: \`<!-- paperlint-disable-next-line ${doc.id} -->\``,
    '',
    doc.description,
    '',
    ...optionsSection(doc),
    '',
    ...examplesSection(doc),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The first paragraph of a rule's description, on one line: SARIF's `fullDescription`. */
function firstParagraph(description: string): string {
  return description
    .split(/\n\s*\n/)[0]
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** What reports say about each rule without reading its source (SARIF's rule descriptions): generated. */
export function ruleHelp(docs: RuleDoc[]): string {
  const help = Object.fromEntries(
    docs.map((doc) => [doc.id, { summary: doc.summary, description: firstParagraph(doc.description) }]),
  );
  return `${JSON.stringify(help, null, 2)}\n`;
}
