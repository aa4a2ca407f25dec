import { chmodSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectOneLineError, project } from '../helpers/cli.js';

const MALFORMED =
  '- Is ChatGPT a Good Recommender?, arxiv 2023/04, [[paper]](https://arxiv.org/abd/2304.10149)\n';
const CLEAN =
  '- Is ChatGPT a Good Recommender?, arxiv 2023/04, [[paper]](https://arxiv.org/abs/2304.10149)\n';

describe('cli: usage and input errors exit 2 with one line', () => {
  it('unknown flag', async () => {
    const run = await cli(['--frobnicate'], project({}));
    expect(run.code).toBe(2);
    expectOneLineError(run, /^paperlint: .*frobnicate/);
  });
  it('bad flag values', async () => {
    const dir = project({ 'README.md': CLEAN });
    for (const argv of [
      ['--format', 'xml'],
      ['--concurrency', '0'],
      ['--timeout', 'soon'],
      ['--arxiv-api', 'ftp://x'],
    ]) {
      const run = await cli([...argv, '--offline'], dir);
      expect(run.code, argv.join(' ')).toBe(2);
      expectOneLineError(run, /^paperlint: /);
    }
  });
  it('missing file, folder without Markdown, binary file, dangling link', async () => {
    const dir = project({
      'bin.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      'sub/x.txt': CLEAN,
    });
    symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'dangling.md'));
    for (const [file, pattern] of [
      ['missing.md', /^paperlint: missing\.md: no such file$/m],
      ['sub', /^paperlint: sub: no Markdown files in this folder$/m],
      ['bin.md', /^paperlint: bin\.md: binary file/],
      ['dangling.md', /^paperlint: dangling\.md: no such file$/m],
      ['*.txt', /no files match '\*\.txt'/],
    ] as const) {
      const run = await cli(['--offline', file], dir);
      expect(run.code, file).toBe(2);
      expectOneLineError(run, pattern);
      expect(run.stdout).toBe('');
    }
  });
  it.skipIf(process.getuid?.() === 0)('unreadable file', async () => {
    const dir = project({ 'locked.md': CLEAN });
    chmodSync(path.join(dir, 'locked.md'), 0o000);
    const run = await cli(['--offline', 'locked.md'], dir);
    expect(run.code).toBe(2);
    expectOneLineError(run, /locked\.md: cannot read \(EACCES\)/);
  });
  it('bad config JSON and invalid config', async () => {
    const bad = await cli(['--offline'], project({ 'README.md': CLEAN, '.paperlintrc.json': '{"rules": {' }));
    expect(bad.code).toBe(2);
    expectOneLineError(bad, /\.paperlintrc\.json/);
    const wrong = await cli(
      ['--offline'],
      project({ 'README.md': CLEAN, '.paperlintrc.json': '{"rules": {"arxiv-url": "loud"}}' }),
    );
    expect(wrong.code).toBe(2);
    expectOneLineError(wrong, /arxiv-url/);
    const missing = await cli(['--offline', '--config', 'nope.json'], project({ 'README.md': CLEAN }));
    expect(missing.code).toBe(2);
    expectOneLineError(missing, /nope\.json/);
  });
  it('a rule option of the wrong value or name is exit 2 with one line, in every format', async () => {
    const cases = [
      [
        { 'duplicate-entry': ['error', { crossSection: 'warn' }] },
        /^paperlint: \.paperlintrc\.json: rules\.duplicate-entry: option 'crossSection' expects 'auto', 'error', 'warning', 'info' or 'off', got 'warn' \(did you mean 'warning'\?\)$/m,
      ],
      [
        { 'arxiv-url': ['error', { prefr: 'abs' }] },
        /unknown option 'prefr' .*\(did you mean 'prefer'\?\)$/m,
      ],
      [{ 'arxiv-url': ['error', { prefer: 5 }] }, /option 'prefer' expects 'any', 'abs' or 'pdf', got 5$/m],
    ] as const;
    for (const [rules, pattern] of cases) {
      const dir = project({
        'README.md': `${CLEAN}${CLEAN}`,
        '.paperlintrc.json': JSON.stringify({ rules }),
      });
      for (const format of ['stylish', 'json', 'github']) {
        const run = await cli(['--offline', '--format', format], dir);
        expect(run.code, `${JSON.stringify(rules)} ${format}`).toBe(2);
        expect(run.stdout).toBe('');
        expectOneLineError(run, pattern);
      }
    }
  });
});

describe('cli: linting', () => {
  it('defaults to README.md, exits 1 on an error and 0 when clean', async () => {
    expect((await cli(['--offline'], project({ 'README.md': MALFORMED }))).code).toBe(1);
    expect((await cli(['--offline'], project({ 'README.md': CLEAN }))).code).toBe(0);
  });
  it('an empty file exits 0', async () => {
    const run = await cli(['--offline', 'empty.md'], project({ 'empty.md': '' }));
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });
  it('prints one JSON document in the contract shape', async () => {
    const run = await cli(['--offline', '--format', 'json'], project({ 'README.md': MALFORMED }));
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['version', 'findings', 'summary']);
    expect(report.summary).toMatchObject({ files: 1, entries: 1, errors: 1 });
    expect(report.summary.links).toEqual({ checked: 0, alive: 0, dead: 0, unverified: 0, excluded: 0 });
    const [finding] = report.findings;
    expect(finding).toMatchObject({
      file: 'README.md',
      line: 1,
      rule: 'arxiv-url',
      severity: 'error',
      url: 'https://arxiv.org/abd/2304.10149',
      fix: { replacement: 'https://arxiv.org/abs/2304.10149' },
    });
    expect(finding.fix).toEqual({ replacement: 'https://arxiv.org/abs/2304.10149' });
  });
  it('--quiet shows errors only and --max-warnings turns warnings into exit 1', async () => {
    const warningOnly =
      '- Is ChatGPT a Good Recommender?, arxiv 2023/04, [[paper]](http://arxiv.org/abs/2304.10149)\n';
    const dir = project({ 'README.md': warningOnly });
    const plain = await cli(['--offline', '--format', 'json'], dir);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout).summary.warnings).toBeGreaterThan(0);
    const quiet = await cli(['--offline', '--format', 'json', '--quiet'], dir);
    expect(JSON.parse(quiet.stdout).findings).toEqual([]);
    expect(JSON.parse(quiet.stdout).summary).toMatchObject({ errors: 0, warnings: 0, infos: 0 });
    expect((await cli(['--offline', '--max-warnings', '99'], dir)).code).toBe(0);
  });
  it('--max-warnings says why it exits 1, with and without --quiet, in every format', async () => {
    const warningOnly =
      '- Is ChatGPT a Good Recommender?, arxiv 2023/04, [[paper]](http://arxiv.org/abs/2304.10149)\n';
    const dir = project({ 'README.md': warningOnly });
    for (const argv of [[], ['--quiet'], ['--format', 'json'], ['--quiet', '--format', 'json']]) {
      const run = await cli(['--offline', '--max-warnings', '0', ...argv], dir);
      expect(run.code, argv.join(' ')).toBe(1);
      expect(run.stderr, argv.join(' ')).toBe('paperlint: too many warnings (1, maximum: 0)\n');
    }
    expect((await cli(['--offline', '--max-warnings', '1'], dir)).stderr).toBe('');
  });
  it('config turns a rule off and inline comments silence it', async () => {
    const off = await cli(
      ['--offline'],
      project({ 'README.md': MALFORMED, '.paperlintrc.json': '{"rules": {"arxiv-url": "off"}}' }),
    );
    expect(off.code).toBe(0);
    const inline = await cli(
      ['--offline', '--format', 'json'],
      project({ 'README.md': `<!-- paperlint-disable-next-line arxiv-url -->\n${MALFORMED}` }),
    );
    expect(
      JSON.parse(inline.stdout).findings.filter((f: { rule: string }) => f.rule === 'arxiv-url'),
    ).toEqual([]);
  });
  it('reports correct lines for CRLF and BOM files', async () => {
    const text = `\uFEFF# Papers\r\n\r\n${CLEAN.trimEnd()}\r\n${MALFORMED.trimEnd()}\r\n`;
    const run = await cli(['--offline', '--format', 'json'], project({ 'README.md': text }));
    const finding = JSON.parse(run.stdout).findings.find((f: { rule: string }) => f.rule === 'arxiv-url');
    expect(finding.line).toBe(4);
    expect(finding.column).toBe(MALFORMED.indexOf('https://arxiv.org/abd') + 1);
  });
  it('globs expand, relative to the working folder', async () => {
    const dir = project({ 'lists/a.md': MALFORMED, 'lists/b.md': CLEAN });
    const run = await cli(['--offline', '--format', 'json', 'lists/*.md'], dir);
    expect(JSON.parse(run.stdout).summary.files).toBe(2);
  });
});

describe('cli: --fix', () => {
  it('fixes in place, keeps BOM and CRLF, changes only the fixed span, and is idempotent', async () => {
    const text = `\uFEFF# Papers\r\n\r\nProse  kept  as  written.\r\n\r\n${MALFORMED.trimEnd()}\r\n`;
    const dir = project({ 'README.md': text });
    const first = await cli(['--offline', '--fix', '--format', 'json'], dir);
    const fixed = readFileSync(path.join(dir, 'README.md'), 'utf8');
    expect(fixed).toBe(text.replace('arxiv.org/abd/', 'arxiv.org/abs/'));
    expect(JSON.parse(first.stdout).findings.filter((f: { rule: string }) => f.rule === 'arxiv-url')).toEqual(
      [],
    );
    await cli(['--offline', '--fix'], dir);
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe(fixed);
  });
  it('keeps the file mode and leaves no temporary file behind', async () => {
    const dir = project({ 'README.md': MALFORMED });
    chmodSync(path.join(dir, 'README.md'), 0o640);
    await cli(['--offline', '--fix'], dir);
    const { readdirSync, statSync } = await import('node:fs');
    expect(readdirSync(dir)).toEqual(['README.md']);
    expect(statSync(path.join(dir, 'README.md')).mode & 0o777).toBe(0o640);
  });
});
