// The remark preset reports what the CLI reports on the same file (issue #16): the file's own configuration,
// both comment styles, each finding's severity, place, fix and rule page.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import preset from '../src/preset.js';
import { cli, tempDir } from './helpers/cli.js';

const example = readFileSync(new URL('../examples/papers.md', import.meta.url), 'utf8');

/** `file` in `cwd` after remark's parse and the preset's plugins, as `remark --use paperlint/preset` runs them. */
async function remarkRun(cwd: string, file: string): Promise<VFile> {
  const vfile = new VFile({ cwd, path: file, value: readFileSync(path.join(cwd, file), 'utf8') });
  const processor = unified().use(remarkParse).use(preset);
  await processor.run(processor.parse(vfile), vfile);
  return vfile;
}

/** Each message of the preset on `file` in `cwd`, in the CLI's terms. */
async function remarkFindings(cwd: string, file: string): Promise<string[]> {
  const vfile = await remarkRun(cwd, file);
  const severity = (fatal: boolean | null | undefined) =>
    fatal ? 'error' : fatal === false ? 'warning' : 'info';
  return vfile.messages.map(
    (m) =>
      `${m.place && 'start' in m.place ? `${m.place.start.line}:${m.place.start.column}-${m.place.end.line}:${m.place.end.column}` : ''} ${severity(m.fatal)} ${m.ruleId} ${m.message}`,
  );
}

/** The CLI's offline JSON findings on `file` in `cwd`, in the same terms. */
async function cliFindings(cwd: string, file: string): Promise<string[]> {
  const run = await cli(['--offline', '--format', 'json', file], cwd);
  return JSON.parse(run.stdout).findings.map(
    (f: Record<string, string>) =>
      `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.rule} ${f.message}`,
  );
}

const sorted = (lines: string[]) => [...lines].sort();

describe('remark --use paperlint/preset', () => {
  it('reports what the CLI reports on the shipped example', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'papers.md'), example);
    const found = await remarkFindings(dir, 'papers.md');
    expect(found.length).toBeGreaterThan(10);
    expect(sorted(found)).toEqual(sorted(await cliFindings(dir, 'papers.md')));
  });

  it("honours the file's .paperlintrc.json and both comment styles, as the CLI does", async () => {
    const dir = tempDir();
    const lines = example.split('\n');
    const at = lines.findIndex((line) => line.includes('arxiv.org/abd/'));
    lines.splice(at, 0, '<!-- paperlint-disable-next-line arxiv-url -->');
    const duplicate = lines.findIndex((line, i) => i > at + 2 && line.includes('2307.02046v1'));
    lines.splice(duplicate, 0, '<!--lint disable duplicate-entry-->');
    lines.splice(duplicate + 2, 0, '<!--lint enable duplicate-entry-->');
    writeFileSync(path.join(dir, 'list.md'), lines.join('\n'));
    writeFileSync(
      path.join(dir, '.paperlintrc.jsonc'),
      '{ "rules": { "entry-order": "off", "entry-format": ["info", { "spacing": false }] } } // as in CI',
    );
    const found = await remarkFindings(dir, 'list.md');
    expect(sorted(found)).toEqual(sorted(await cliFindings(dir, 'list.md')));
    const rules = found.map((line) => line.split(' ')[2]);
    expect(rules).not.toContain('entry-order');
    expect(found.filter((line) => / entry-format /.test(line)).every((line) => / info /.test(line))).toBe(
      true,
    );
    expect(found.some((line) => line.includes("unknown path 'abd'"))).toBe(false);
    // The example lists this paper three times: the copy between the lint comments is not reported.
    expect(found.filter((line) => line.includes('2307.02046 as line'))).toHaveLength(1);
  });

  it('gives each message its rule page and its fix', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.md'), '- A Paper, [[paper]](https://arxiv.org/abd/2304.10149)\n');
    const vfile = await remarkRun(dir, 'a.md');
    expect(vfile.messages[0]).toMatchObject({
      ruleId: 'arxiv-url',
      source: 'paperlint',
      fatal: true,
      url: 'https://github.com/paperlint/paperlint/blob/main/docs/rules/arxiv-url.md',
      expected: ['https://arxiv.org/abs/2304.10149'],
    });
  });
});
