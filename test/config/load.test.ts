import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, configFinder, loadConfig } from '../../src/config/index.js';
import { lint } from '../../src/lint.js';

let cwd: string;

beforeEach(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), 'paperlint-config-'));
});

afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const write = (name: string, text: string) => writeFile(path.join(cwd, name), text);
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The one-line message of the ConfigError that loading throws. */
async function loadError(configPath?: string): Promise<string> {
  const error = await loadConfig({ cwd, configPath }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  const message = (error as ConfigError).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('finding the configuration', () => {
  it('gives the empty configuration when there is no file', async () => {
    expect(await loadConfig({ cwd })).toEqual({});
  });

  it('prefers .paperlintrc.json, then .paperlintrc.jsonc, then .paperlintrc, then package.json', async () => {
    await write('package.json', json({ name: 'x', paperlint: { rules: { redirect: 'off' } } }));
    expect(await loadConfig({ cwd })).toEqual({
      rules: { redirect: 'off' },
      file: path.join(cwd, 'package.json'),
    });
    await write('.paperlintrc', json({ rules: { redirect: 'info' } }));
    expect((await loadConfig({ cwd })).rules).toEqual({ redirect: 'info' });
    await write('.paperlintrc.jsonc', json({ rules: { redirect: 'warning' } }));
    expect((await loadConfig({ cwd })).rules).toEqual({ redirect: 'warning' });
    await write('.paperlintrc.json', json({ rules: { redirect: 'error' } }));
    expect(await loadConfig({ cwd })).toEqual({
      rules: { redirect: 'error' },
      file: path.join(cwd, '.paperlintrc.json'),
    });
  });

  it('looks in the folders above when the working folder has none, the nearest winning whole', async () => {
    await write('.paperlintrc.json', json({ rules: { redirect: 'error' }, ignore: ['x.md'] }));
    await mkdir(path.join(cwd, 'a/b'), { recursive: true });
    await write('a/package.json', json({ name: 'a' }));
    expect(await loadConfig({ cwd: path.join(cwd, 'a/b') })).toMatchObject({ rules: { redirect: 'error' } });
    await write('a/.paperlintrc', json({ rules: { redirect: 'info' } }));
    expect(await loadConfig({ cwd: path.join(cwd, 'a/b') })).toEqual({
      rules: { redirect: 'info' },
      file: path.join(cwd, 'a/.paperlintrc'),
    });
  });

  it("finds each file's configuration from the file's folder, reading each folder once", async () => {
    await write('.paperlintrc.json', json({ rules: { redirect: 'error' } }));
    await mkdir(path.join(cwd, 'lists'));
    await write('lists/.paperlintrc.jsonc', '{ "rules": { "redirect": "off" } } // the lists\n');
    const configs = configFinder({ cwd });
    expect((await configs.forFile('README.md')).rules).toEqual({ redirect: 'error' });
    expect((await configs.forFile('lists/a.md')).rules).toEqual({ redirect: 'off' });
    expect(await configs.forFile('lists/b.md')).toBe(await configs.forFile(path.join(cwd, 'lists/a.md')));
    const named = configFinder({ cwd, configPath: '.paperlintrc.json' });
    expect((await named.forFile('lists/a.md')).rules).toEqual({ redirect: 'error' });
  });

  it('reads comments in .paperlintrc files (not in package.json), strings kept', async () => {
    await write(
      '.paperlintrc',
      '{\n  // a line comment\n  "links": { "exclude": ["https://a//b", "/* kept */"] } /* a block\n comment */\n}\n',
    );
    expect((await loadConfig({ cwd })).links).toEqual({ exclude: ['https://a//b', '/* kept */'] });
    await rm(path.join(cwd, '.paperlintrc'));
    await write('package.json', '{ "paperlint": {} // no\n}');
    expect(await loadError()).toMatch(/^package\.json: invalid JSON: /);
  });

  it('skips a package.json without a "paperlint" key', async () => {
    await write('package.json', json({ name: 'x', version: '1.0.0' }));
    expect(await loadConfig({ cwd })).toEqual({});
  });

  it('reads the whole shape: rules with options, ignore globs, host headers and politeness', async () => {
    const settings = {
      $schema: './node_modules/paperlint/schema/paperlintrc.schema.json',
      rules: { 'arxiv-url': ['warning', { prefer: 'abs' }], 'dead-link': ['error'], 'github-repo': 'off' },
      ignore: ['docs/**', 'CHANGELOG.md'],
      hosts: {
        'example.org': { headers: { Authorization: 'Bearer x' } },
        'slow.example': { interval: 1000, concurrency: 1 },
      },
    };
    await write('.paperlintrc.json', json(settings));
    expect(await loadConfig({ cwd })).toEqual({ ...settings, file: path.join(cwd, '.paperlintrc.json') });
  });

  it('accepts a byte-order mark', async () => {
    await write('.paperlintrc.json', `\uFEFF${json({ rules: { redirect: 'off' } })}`);
    expect((await loadConfig({ cwd })).rules).toEqual({ redirect: 'off' });
  });

  it('uses an explicit --config path relative to cwd, even when other files exist', async () => {
    await write('.paperlintrc.json', json({ rules: { redirect: 'error' } }));
    await mkdir(path.join(cwd, 'conf'));
    await write('conf/lint.json', json({ rules: { redirect: 'info' } }));
    expect(await loadConfig({ cwd, configPath: 'conf/lint.json' })).toEqual({
      rules: { redirect: 'info' },
      file: path.join(cwd, 'conf/lint.json'),
    });
  });

  it('reads the "paperlint" key of an explicit package.json', async () => {
    await mkdir(path.join(cwd, 'sub'));
    await write('sub/package.json', json({ paperlint: { ignore: ['x.md'] } }));
    expect((await loadConfig({ cwd, configPath: 'sub/package.json' })).ignore).toEqual(['x.md']);
  });
});

describe('configuration errors', () => {
  it('names a missing explicit file', async () => {
    expect(await loadError('nope.json')).toBe('nope.json: no such file');
  });

  it('names an explicit package.json without the key', async () => {
    await write('package.json', json({ name: 'x' }));
    expect(await loadError('package.json')).toBe('package.json: no "paperlint" key');
  });

  it('reports bad JSON on one line with the file and the position', async () => {
    await write('.paperlintrc.json', '{\n  "rules": {\n    "redirect": "off",\n  }\n}\n');
    const message = await loadError();
    expect(message).toMatch(/^\.paperlintrc\.json: invalid JSON: .*line 4 column 3/);
  });

  it('reports an empty file as bad JSON', async () => {
    await write('.paperlintrc', '');
    expect(await loadError()).toBe('.paperlintrc: invalid JSON: Unexpected end of JSON input');
  });

  it.each([
    [
      { rules: { 'arxiv-url': 'warn' } },
      "rules.arxiv-url: unknown severity 'warn' (expected off, info, warning or error) (did you mean 'warning'?)",
    ],
    [
      { rules: { 'arxiv-url': 2 } },
      "rules.arxiv-url: unknown severity 2 (expected off, info, warning or error) (did you mean 'error'?)",
    ],
    [
      { rules: { 'arxiv-url': 'loud' } },
      "rules.arxiv-url: unknown severity 'loud' (expected off, info, warning or error)",
    ],
    [
      { rules: { 'arxiv-url': ['warn'] } },
      "rules.arxiv-url[0]: unknown severity 'warn' (expected off, info, warning or error) (did you mean 'warning'?)",
    ],
    [{ rules: { 'arxiv-url': ['warning', 3] } }, 'rules.arxiv-url: options must be an object, got 3'],
    [
      { rules: { 'duplicate-entry': ['error', { crossSection: 'warn' }] } },
      "rules.duplicate-entry: option 'crossSection' expects 'auto', 'error', 'warning', 'info' or 'off', got 'warn' (did you mean 'warning'?)",
    ],
    [
      { rules: { 'arxiv-url': ['warning', { prefr: 'abs' }] } },
      "rules.arxiv-url: unknown option 'prefr' (expected 'prefer' or 'versions') (did you mean 'prefer'?)",
    ],
    [
      { rules: { 'arxiv-url': ['warning', { prefer: 5 }] } },
      "rules.arxiv-url: option 'prefer' expects 'any', 'abs' or 'pdf', got 5",
    ],
    [
      { rules: { 'arxiv-date': ['warning', { unlabelled: 'sometimes' }] } },
      "rules.arxiv-date: option 'unlabelled' expects 'auto', 'always' or 'never', got 'sometimes'",
    ],
    [
      { rules: { 'entry-format': ['warning', { whitespace: 'no' }] } },
      "rules.entry-format: option 'whitespace' expects true or false, got 'no'",
    ],
    [
      { rules: { 'entry-format': ['warning', { 'white-space': false }] } },
      "rules.entry-format: unknown option 'white-space' (expected 'no-link', 'empty-title', 'link-syntax', 'spacing', 'whitespace', 'fullwidth', 'date', 'label', 'separator' or 'directive') (did you mean 'whitespace'?)",
    ],
    [
      { rules: { 'entry-order': ['error', { strict: true }] } },
      "rules.entry-order: takes no options, got 'strict'",
    ],
    [
      { rules: { 'dead-link': ['error', { retries: 3 }] } },
      "rules.dead-link: takes no options, got 'retries'",
    ],
    [{ rules: { 'arxiv-url': [] } }, 'rules.arxiv-url: expected [severity] or [severity, options]'],
    [
      { rules: { 'arxiv-url': ['error', {}, {}] } },
      'rules.arxiv-url: expected [severity] or [severity, options]',
    ],
    [{ rules: { 'arxiv-urls': 'error' } }, "rules: unknown rule 'arxiv-urls' (did you mean 'arxiv-url'?)"],
    [{ rules: { 'no-such-thing': 'error' } }, "rules: unknown rule 'no-such-thing'"],
    [{ rules: [] }, 'rules: expected an object, got []'],
    [
      { rule: {} },
      "unknown key 'rule' (expected rules, ignore, hosts, links or maxFileSize) (did you mean 'rules'?)",
    ],
    [{ ignore: 'docs/**' }, "ignore: expected an array, got 'docs/**'"],
    [{ ignore: [''] }, 'ignore[0]: must not be empty'],
    [
      { hosts: { 'example.org': { headers: { 'X-Token': 1 } } } },
      'hosts.example.org.headers.X-Token: expected a string, got 1',
    ],
    [{ hosts: { 'example.org': { header: {} } } }, "hosts.example.org: unknown key 'header'"],
    [
      { hosts: { 'example.org': { interval: -1 } } },
      'hosts.example.org.interval: expected at least 0, got -1',
    ],
    [
      { hosts: { 'example.org': { interval: 0.5 } } },
      'hosts.example.org.interval: expected an integer, got 0.5',
    ],
    [
      { hosts: { 'example.org': { concurrency: 0 } } },
      'hosts.example.org.concurrency: expected at least 1, got 0',
    ],
    [{ links: { exclude: 'example' } }, "links.exclude: expected an array, got 'example'"],
    [{ links: { exclude: [''] } }, 'links.exclude[0]: must not be empty'],
    [{ links: { excluded: [] } }, "links: unknown key 'excluded'"],
    [
      { links: { exclude: ['^https://ok\\.example/', '(unclosed'] } },
      "links.exclude[1]: invalid regular expression '(unclosed' (unterminated group)",
    ],
    [
      { links: { exclude: ['a\nb', '*'] } },
      "links.exclude[1]: invalid regular expression '*' (nothing to repeat)",
    ],
    [[], 'expected an object, got []'],
  ])('%j', async (settings, problem) => {
    await write('.paperlintrc.json', json(settings));
    expect(await loadError()).toBe(`.paperlintrc.json: ${problem}`);
  });

  it('names the key path of a bad link exclusion inside package.json, on one line', async () => {
    await write('package.json', json({ paperlint: { links: { exclude: ['[z-a]\n'] } } }));
    expect(await loadError('package.json')).toBe(
      "package.json: paperlint.links.exclude[0]: invalid regular expression '[z-a]\\n' (range out of order in character class)",
    );
  });

  it('names the key path inside package.json', async () => {
    await write('package.json', json({ paperlint: { rules: { redirect: 'warn' } } }));
    expect(await loadError()).toBe(
      "package.json: paperlint.rules.redirect: unknown severity 'warn' (expected off, info, warning or error) (did you mean 'warning'?)",
    );
  });
});

describe('lint() and configuration', () => {
  const pdf =
    '- Is ChatGPT a Good Recommender?, arxiv 2023/04, [[paper]](https://arxiv.org/pdf/2304.10149)\n';
  const preferAbs = json({ rules: { 'arxiv-url': ['warning', { prefer: 'abs' }] } });

  it("finds each file's configuration as the CLI does, unless options.config gives one for all", async () => {
    await mkdir(path.join(cwd, 'lists'));
    await write('lists/.paperlintrc.json', preferAbs);
    await write('lists/a.md', pdf);
    await write('b.md', pdf);
    const found = await lint(['lists/a.md', 'b.md'], { cwd });
    expect(found.findings.map((f) => `${f.file} ${f.rule}`)).toEqual(['lists/a.md arxiv-url']);
    const given = await lint(['lists/a.md', 'b.md'], { cwd, config: {} });
    expect(given.findings).toEqual([]);
  });
});
