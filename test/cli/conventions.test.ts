// The habits users bring from ESLint and markdownlint-cli2 (issue #16): configuration found next to each file,
// folders and ignore files, stdin, an output file, colour flags, a dry run of --fix, --rule, --print-config,
// and one clean line for every mistake on the command line.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliProcess, expectOneLineError, project } from '../helpers/cli.js';

/** An error (a malformed arXiv link, fixable) and, for `arxiv-url` at `prefer: abs`, a warning. */
const MALFORMED =
  '- Is ChatGPT a Good Recommender?, arxiv 2023/04, [[paper]](https://arxiv.org/abd/2304.10149)\n';
const CLEAN =
  '- Is ChatGPT a Good Recommender?, arxiv 2023/04, [[paper]](https://arxiv.org/abs/2304.10149)\n';
const PDF = '- Is ChatGPT a Good Recommender?, arxiv 2023/04, [[paper]](https://arxiv.org/pdf/2304.10149)\n';

const rulesOf = (stdout: string) =>
  (JSON.parse(stdout).findings as Array<{ file: string; rule: string; severity: string }>).map(
    (f) => `${f.file} ${f.rule} ${f.severity}`,
  );

const PREFER_ABS = JSON.stringify({ rules: { 'arxiv-url': ['warning', { prefer: 'abs' }] } });

describe('configuration next to each file', () => {
  it("each file gets the nearest configuration in its folder or a folder above it, not the working folder's", async () => {
    const dir = project({
      'README.md': PDF,
      'lists/a.md': PDF,
      'lists/deep/b.md': PDF,
      'lists/.paperlintrc.json': PREFER_ABS,
      'other/package.json': JSON.stringify({ name: 'x' }),
      'other/c.md': PDF,
    });
    const run = await cli(['--offline', '--format', 'json', 'README.md', 'lists', 'other/c.md'], dir);
    expect(rulesOf(run.stdout)).toEqual([
      'lists/a.md arxiv-url warning',
      'lists/deep/b.md arxiv-url warning',
    ]);
    // From inside the folder too, and up from the working folder when the list is there.
    const inside = await cli(['--offline', '--format', 'json', 'deep/b.md'], path.join(dir, 'lists'));
    expect(rulesOf(inside.stdout)).toEqual(['deep/b.md arxiv-url warning']);
  });

  it('--config applies one configuration to every file; a broken one up the tree is named relative to cwd', async () => {
    const dir = project({
      'lists/a.md': PDF,
      'lists/.paperlintrc.json': JSON.stringify({ rules: { 'arxiv-url': 'off' } }),
      'conf.json': PREFER_ABS,
      '.paperlintrc.json': '{"rules": {"arxiv-url": "loud"}}',
    });
    const named = await cli(['--offline', '--format', 'json', '--config', 'conf.json', 'lists/a.md'], dir);
    expect(rulesOf(named.stdout)).toEqual(['lists/a.md arxiv-url warning']);
    const broken = await cli(['--offline', 'a.md'], path.join(dir, 'lists', '..'));
    expectOneLineError(broken, /^paperlint: \.paperlintrc\.json: rules\.arxiv-url: unknown severity 'loud'/);
    const up = await cli(['--offline', 'x.md'], project({ 'x.md': PDF }));
    expect(up.code).toBe(0);
  });

  it('.paperlintrc.jsonc, and comments in .paperlintrc.json, with error positions in the file as written', async () => {
    const jsonc =
      '// paperlint\n{\n  /* style */ "rules": { "arxiv-url": ["warning", { "prefer": "abs" }] } // abs pages\n}\n';
    const dir = project({ 'README.md': PDF, '.paperlintrc.jsonc': jsonc });
    expect(rulesOf((await cli(['--offline', '--format', 'json'], dir)).stdout)).toEqual([
      'README.md arxiv-url warning',
    ]);
    writeFileSync(
      path.join(dir, '.paperlintrc.json'),
      '{\n  // "//" in a string stays: "http://x"\n  "rules": {"arxiv-url": "loud"\n}\n',
    );
    expectOneLineError(
      await cli(['--offline'], dir),
      /^paperlint: \.paperlintrc\.json: invalid JSON: .*\(line 5 column 1\)$/m,
    );
  });

  it('--print-config prints the configuration of a file: its source, every rule with options, exclusions', async () => {
    const dir = project({ 'lists/.paperlintrc.json': PREFER_ABS, 'lists/a.md': PDF });
    const run = await cli(
      ['--print-config', 'lists/a.md', '--rule', 'entry-order:off', '--exclude', '^https://x\\.org/'],
      dir,
    );
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.configFile).toBe('lists/.paperlintrc.json');
    expect(printed.rules['arxiv-url']).toEqual(['warning', { prefer: 'abs', versions: 'any' }]);
    expect(printed.rules['duplicate-entry']).toEqual(['default', { crossSection: 'auto' }]);
    expect(printed.rules['entry-order']).toBe('off');
    expect(printed.rules['dead-link']).toBe('default');
    expect(printed.links).toEqual({ exclude: ['^https://x\\.org/'] });
    expect(JSON.parse((await cli(['--print-config', 'x.md'], project({}))).stdout).configFile).toBeNull();
  });
});

describe('folders and ignore files', () => {
  it('a folder means its Markdown files, minus node_modules, .gitignore and .paperlintignore', async () => {
    const dir = project({
      'docs/a.md': MALFORMED,
      'docs/b.markdown': MALFORMED,
      'docs/notes.txt': MALFORMED,
      'docs/sub/c.md': MALFORMED,
      'docs/node_modules/x/README.md': MALFORMED,
      'docs/build/out.md': MALFORMED,
      'docs/drafts/d.md': MALFORMED,
      'docs/drafts/keep.md': MALFORMED,
      '.gitignore': 'build/\n',
      'docs/.paperlintignore': 'drafts/\n',
    });
    const run = await cli(['--offline', '--format', 'json', 'docs'], dir);
    expect([...new Set(rulesOf(run.stdout).map((f) => f.split(' ')[0]))]).toEqual([
      'docs/a.md',
      'docs/b.markdown',
      'docs/sub/c.md',
    ]);
    // A deeper ignore file re-includes what a higher one ignored, as git does.
    writeFileSync(path.join(dir, 'docs/drafts/.paperlintignore'), '!keep.md\n');
    const again = await cli(['--offline', '--format', 'json', 'docs/'], dir);
    expect(rulesOf(again.stdout).map((f) => f.split(' ')[0])).toContain('docs/drafts/keep.md');
  });

  it("globs and the configuration's ignore globs (relative to its folder) leave files out too", async () => {
    const dir = project({
      'lists/a.md': MALFORMED,
      'lists/old/b.md': MALFORMED,
      'lists/.paperlintrc.json': JSON.stringify({ ignore: ['old/**'] }),
      '.paperlintignore': 'lists/c.md\n',
      'lists/c.md': MALFORMED,
    });
    const run = await cli(['--offline', '--format', 'json', 'lists/**/*.md'], dir);
    expect(rulesOf(run.stdout).map((f) => f.split(' ')[0])).toEqual(['lists/a.md']);
  });

  it('a named file that is ignored is left out with a notice; a folder or glob with only ignored files is an error', async () => {
    const dir = project({
      'CHANGELOG.md': MALFORMED,
      'README.md': CLEAN,
      '.paperlintignore': 'CHANGELOG.md\n',
    });
    const run = await cli(['--offline', 'README.md', 'CHANGELOG.md'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('paperlint: CHANGELOG.md: ignored by .paperlintignore, not linted\n');
    expectOneLineError(
      await cli(['--offline', 'CHANGE*.md'], dir),
      /^paperlint: all files matching 'CHANGE\*\.md' are ignored$/m,
    );
  });
});

describe('stdin, output file, colour', () => {
  it("'-' reads the list from stdin; --stdin-filename names it and finds its configuration (as a process)", async () => {
    const dir = project({ 'lists/.paperlintrc.json': PREFER_ABS });
    const plain = await cliProcess(['--offline', '--format', 'json', '-'], dir, { input: MALFORMED });
    expect(plain.code).toBe(1);
    expect(rulesOf(plain.stdout)).toEqual(['<stdin> arxiv-url error']);
    const named = await cliProcess(['--offline', '--stdin-filename', 'lists/new.md', '-'], dir, {
      input: PDF,
    });
    expect(named.stdout).toContain('lists/new.md\n  1:60  warning');
    expect(named.code).toBe(0);
  });

  it('a --stdin-filename that an ignore file names is not linted, as a named file would not be', async () => {
    const dir = project({ '.paperlintignore': 'drafts/\n' });
    const run = await cli(
      ['--offline', '--stdin-filename', 'drafts/x.md', '-'],
      dir,
      {},
      { stdin: MALFORMED },
    );
    expect(run).toEqual({
      code: 0,
      stdout: '',
      stderr: 'paperlint: drafts/x.md: ignored by .paperlintignore, not linted\n',
    });
  });

  it('stdin is refused for --fix and needs "-" for --stdin-filename; binary input is an input error', async () => {
    const dir = project({});
    expectOneLineError(await cli(['--fix', '-'], dir), /--fix cannot write to stdin; use --fix-dry-run/);
    expectOneLineError(await cli(['--stdin-filename', 'x.md'], dir), /give '-' as the file/);
    expectOneLineError(
      await cli(['-', 'README.md'], dir),
      /'-' reads the list from stdin: name no other file/,
    );
    expectOneLineError(
      await cli(['--offline', '-'], dir, {}, { stdin: '\u0000\u0001' }),
      /<stdin>: binary file/,
    );
  });

  it('--output-file / -o writes the report there (making its folder) and nothing to stdout', async () => {
    const dir = project({ 'README.md': MALFORMED });
    const run = await cli(['--offline', '-o', 'reports/paperlint.json', '--format', 'json'], dir);
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(path.join(dir, 'reports/paperlint.json'), 'utf8')).summary.errors).toBe(1);
    mkdirSync(path.join(dir, 'taken'));
    expectOneLineError(
      await cli(['--offline', '--output-file', 'taken'], dir),
      /^paperlint: taken: cannot write the report \(EISDIR\)$/m,
    );
    // The report never replaces a list it reads, under any name of it.
    symlinkSync('README.md', path.join(dir, 'alias.md'));
    for (const target of ['README.md', './README.md', 'alias.md']) {
      expectOneLineError(
        await cli(['--offline', '-o', target], dir),
        /^paperlint: .+: is the list README\.md; the report would overwrite it \(choose another --output-file\)$/m,
      );
      expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe(MALFORMED);
    }
  });

  it('--color and --no-color win over the terminal and NO_COLOR; a file gets no colour unless asked', async () => {
    const dir = project({ 'README.md': MALFORMED });
    const red = '\u001b[31m';
    expect((await cli(['--offline', '--color'], dir, { NO_COLOR: '1' })).stdout).toContain(red);
    expect((await cli(['--offline', '--no-color'], dir, {}, { tty: 100 })).stdout).not.toContain(red);
    expect((await cli(['--offline'], dir, {}, { tty: 100 })).stdout).toContain(red);
    await cli(['--offline', '-o', 'out.txt'], dir, {}, { tty: 100 });
    expect(readFileSync(path.join(dir, 'out.txt'), 'utf8')).not.toContain(red);
    expectOneLineError(
      await cli(['--color', '--no-color'], dir),
      /--color and --no-color exclude each other/,
    );
  });
});

describe('stylish', () => {
  it("wraps messages to the terminal's width, and not in a file", async () => {
    const dir = project({ 'README.md': MALFORMED });
    const narrow = await cli(['--offline', '--no-color'], dir, {}, { tty: 60 });
    expect(narrow.stdout.split('\n').slice(1, 5)).toEqual([
      'README.md',
      '  1:60  error  Malformed arXiv link:      arxiv-url  fixable',
      "               unknown path 'abd'",
      '',
    ]);
    await cli(['--offline', '-o', 'report.txt'], dir, {}, { tty: 60 });
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toContain(
      "  1:60  error  Malformed arXiv link: unknown path 'abd'  arxiv-url  fixable",
    );
  });
});

describe('fixes', () => {
  it('--fix says what it changed', async () => {
    const dir = project({
      'a.md': `${MALFORMED}${MALFORMED.replace('2304.10149', '2304.10150')}`,
      'b.md': MALFORMED,
      'c.md': CLEAN,
    });
    const run = await cli(['--offline', '--fix', 'a.md', 'b.md', 'c.md'], dir);
    expect(run.stderr).toBe('paperlint: fixed 3 problems in 2 files\n');
    expect((await cli(['--offline', '--fix', 'a.md', 'b.md', 'c.md'], dir)).stderr).toBe('');
  });

  it('--fix-dry-run writes nothing and gives each changed file its fixed text as JSON `output`', async () => {
    const dir = project({ 'a.md': MALFORMED, 'c.md': CLEAN });
    const run = await cli(['--offline', '--fix-dry-run', '--format', 'json', 'a.md', 'c.md'], dir);
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(MALFORMED);
    const report = JSON.parse(run.stdout);
    expect(report.fixed).toEqual([{ file: 'a.md', fixes: 1, output: CLEAN }]);
    expect(report.findings).toEqual([]);
    expect(run.stderr).toBe('paperlint: would fix 1 problem in 1 file (--fix-dry-run: nothing written)\n');
    const piped = await cli(
      ['--offline', '--fix-dry-run', '--format', 'json', '-'],
      dir,
      {},
      { stdin: MALFORMED },
    );
    expect(JSON.parse(piped.stdout).fixed).toEqual([{ file: '<stdin>', fixes: 1, output: CLEAN }]);
    expectOneLineError(
      await cli(['--fix', '--fix-dry-run'], dir),
      /--fix and --fix-dry-run exclude each other/,
    );
  });
});

describe('--rule', () => {
  it('overrides a rule severity over the configuration, keeping its options', async () => {
    const other = MALFORMED.replace('2304.10149', '2305.10149').replace('ChatGPT', 'GPT-4');
    const dir = project({ 'README.md': `${PDF}${other}`, '.paperlintrc.json': PREFER_ABS });
    const run = await cli(['--offline', '--format', 'json', '--rule', 'arxiv-url:info'], dir);
    expect(rulesOf(run.stdout)).toEqual(['README.md arxiv-url info', 'README.md arxiv-url info']);
    const off = await cli(
      ['--offline', '--format', 'json', '--rule', 'arxiv-url:off', '--rule', 'entry-format: off'],
      dir,
    );
    expect(rulesOf(off.stdout)).toEqual([]);
  });

  it('refuses an unknown rule or severity with a "did you mean"', async () => {
    const dir = project({});
    expectOneLineError(
      await cli(['--rule', 'arxiv-urls:off'], dir),
      /unknown rule 'arxiv-urls' \(did you mean 'arxiv-url'\?\)/,
    );
    expectOneLineError(
      await cli(['--rule', 'arxiv-url:warn'], dir),
      /--rule arxiv-url: unknown severity 'warn' \(expected off, info, warning or error\) \(did you mean 'warning'\?\)/,
    );
    expectOneLineError(
      await cli(['--rule', 'arxiv-url'], dir),
      /--rule expects <rule-id>:<severity>, got 'arxiv-url'/,
    );
  });
});

describe('command-line mistakes', () => {
  it.each([
    [['--ofline'], "paperlint: unknown option '--ofline' (did you mean '--offline'?) (see --help)"],
    [['--no-colour'], "paperlint: unknown option '--no-colour' (did you mean '--no-color'?) (see --help)"],
    [['-x'], "paperlint: unknown option '-x' (see --help)"],
    [
      ['--concurrency', '-1'],
      "paperlint: --concurrency expects a whole number of at least 1, got '-1' (see --help)",
    ],
    [['--max-warnings', '-1'], "paperlint: --max-warnings expects a whole number, got '-1' (see --help)"],
    [['--format'], 'paperlint: --format needs a value (see --help)'],
    [['--config', '--offline'], 'paperlint: --config needs a value (see --help)'],
    [['--offline=yes'], "paperlint: --offline takes no value, got 'yes' (see --help)"],
    [
      ['--format', 'jsno'],
      "paperlint: --format expects one of stylish, json, github, sarif, markdown, got 'jsno' (did you mean 'json'?) (see --help)",
    ],
  ])('%j', async (argv, message) => {
    const run = await cli(argv, project({}));
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });

  it('--help lists the short flags and every option of the contract', async () => {
    const { stdout } = await cli(['-h'], project({}));
    for (const flag of [
      '-f, --format',
      '-c, --config',
      '-q, --quiet',
      '-o, --output-file',
      '-h, --help',
      '-v, --version',
    ])
      expect(stdout).toContain(flag);
    for (const option of [
      '--stdin-filename',
      '--color, --no-color',
      '--fix-dry-run',
      '--rule <id>:<severity>',
      '--print-config <file>',
    ])
      expect(stdout).toContain(option);
  });
});
