// Nothing a user wrote is lost (issue #19): the cache file, `--fix`'s write path (bytes, links, modes,
// owners, temporary files, edits made meanwhile, files removed meanwhile). Servers are on 127.0.0.1 only.
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';
import { type FakeServer, startFakeServer } from '../helpers/fake-registry.js';

const BROKEN =
  '- Is ChatGPT a Good Recommender?, arxiv 2023/04, [[paper]](https://arxiv.org/abd/2304.10149)\n';
const FIXED =
  '- Is ChatGPT a Good Recommender?, arxiv 2023/04, [[paper]](https://arxiv.org/abs/2304.10149)\n';

function oneLine(stderr: string, pattern: RegExp) {
  expect(stderr).toMatch(pattern);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/internal error|\n\s+at /);
}

const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.includes('.tmp'));

describe('--cache never destroys a file that is not a paperlint cache', () => {
  const foreign = {
    'notes.md': '# My notes\n\nNot JSON at all.\n',
    'package.json': '{"name":"someone-else"}\n',
  };
  for (const [name, content] of Object.entries(foreign)) {
    it(`--cache ${name}: exit 2 with one line, the file untouched`, async () => {
      const dir = tempDir();
      writeFileSync(path.join(dir, 'README.md'), '# Papers\n\n- A paper without links\n');
      writeFileSync(path.join(dir, name), content);
      const run = await cli(['--cache', name, 'README.md'], dir);
      expect(run.code).toBe(2);
      oneLine(
        run.stderr,
        new RegExp(`^paperlint: --cache ${name.replace('.', '\\.')}: is not a paperlint cache`),
      );
      expect(readFileSync(path.join(dir, name), 'utf8')).toBe(content);
    });
  }

  it('--cache README.md, the list itself, is refused too', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), FIXED);
    const run = await cli(['--cache', 'README.md'], dir);
    expect(run.code).toBe(2);
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe(FIXED);
  });

  it('a named pipe as --cache is refused without waiting for a writer', async () => {
    const { execFileSync } = await import('node:child_process');
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), FIXED);
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    const run = await cli(['--cache', 'pipe'], dir);
    expect(run.code).toBe(2);
    oneLine(run.stderr, /--cache pipe: is a named pipe, not a regular file/);
  });

  it('--offline never reads the cache, so it never refuses one', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), FIXED);
    writeFileSync(path.join(dir, 'notes.md'), 'mine');
    expect((await cli(['--offline', '--cache', 'notes.md'], dir)).code).toBe(0);
  });
});

describe('--fix changes only the bytes of its fixes', () => {
  it('leaves a file that is not valid UTF-8 byte for byte as it was, says so, and lints it', async () => {
    const dir = tempDir();
    const latin1 = Buffer.from(
      `- Über Bäume, ${BROKEN.slice(2)}- Schön, [[x]](https://example.org/ö)\n`,
      'latin1',
    );
    writeFileSync(path.join(dir, 'README.md'), latin1);
    const run = await cli(['--offline', '--fix', '--format', 'json'], dir);
    expect(readFileSync(path.join(dir, 'README.md')).equals(latin1)).toBe(true);
    oneLine(run.stderr, /^paperlint: README\.md: not valid UTF-8, so --fix leaves it as it is/);
    expect(JSON.parse(run.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('arxiv-url');
  });
});

describe('--fix writes through links and keeps what the file was', () => {
  it('writes through a symbolic link to its target; the link stays a link', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs', 'list.md'), BROKEN);
    symlinkSync(path.join('docs', 'list.md'), path.join(dir, 'README.md'));
    const run = await cli(['--offline', '--fix'], dir);
    expect(run.code).toBe(0);
    expect(lstatSync(path.join(dir, 'README.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'docs', 'list.md'), 'utf8')).toBe(FIXED);
    expect([...leftovers(dir), ...leftovers(path.join(dir, 'docs'))]).toEqual([]);
  });

  it('keeps hard links linked, and the mode', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), BROKEN);
    chmodSync(path.join(dir, 'README.md'), 0o640);
    linkSync(path.join(dir, 'README.md'), path.join(dir, 'copy.md'));
    expect((await cli(['--offline', '--fix', 'README.md'], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, 'copy.md'), 'utf8')).toBe(FIXED);
    expect(statSync(path.join(dir, 'README.md')).ino).toBe(statSync(path.join(dir, 'copy.md')).ino);
    expect(statSync(path.join(dir, 'README.md')).mode & 0o777).toBe(0o640);
    expect(leftovers(dir)).toEqual([]);
  });

  it('keeps the mode of a file it replaces', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), BROKEN);
    chmodSync(path.join(dir, 'README.md'), 0o604);
    expect((await cli(['--offline', '--fix'], dir)).code).toBe(0);
    expect(statSync(path.join(dir, 'README.md')).mode & 0o777).toBe(0o604);
  });

  it.skipIf(process.getuid?.() !== 0)('keeps the owner (as root, who may)', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), BROKEN);
    chownSync(path.join(dir, 'README.md'), 4242, 4343);
    expect((await cli(['--offline', '--fix'], dir)).code).toBe(0);
    const info = statSync(path.join(dir, 'README.md'));
    expect([info.uid, info.gid]).toEqual([4242, 4343]);
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe(FIXED);
  });

  it('refuses a read-only file with one line and leaves it alone (even as root)', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), BROKEN);
    chmodSync(path.join(dir, 'README.md'), 0o444);
    const run = await cli(['--offline', '--fix'], dir);
    expect(run.code).toBe(2);
    oneLine(run.stderr, /^paperlint: README\.md: is read-only; fixes not written$/m);
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe(BROKEN);
  });

  it('never writes through a planted temporary name: the temporary file is new and random', async () => {
    const dir = tempDir();
    const victim = path.join(tempDir(), 'secret');
    writeFileSync(victim, 'secret\n', { mode: 0o600 });
    writeFileSync(path.join(dir, 'README.md'), BROKEN);
    // The names the old write path used: `.README.md.<pid>.paperlint.tmp`, for this process and the next ones.
    for (let pid = process.pid - 5; pid < process.pid + 300; pid++)
      symlinkSync(victim, path.join(dir, `.README.md.${pid}.paperlint.tmp`));
    expect((await cli(['--offline', '--fix'], dir)).code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('secret\n');
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe(FIXED);
    expect(leftovers(dir)).toHaveLength(305);
  });
});

describe('--fix and a list that changes while it runs', () => {
  let server: FakeServer;
  // What the server does to the list when it is asked about a link (the run is online, so it waits for it).
  let meanwhile: () => void = () => {};
  beforeAll(async () => {
    server = await startFakeServer(() => {
      // Once per run: the first request changes the list.
      meanwhile();
      meanwhile = () => {};
      return { status: 200, body: 'ok' };
    });
  });
  afterAll(() => server.close());

  const online = () => [
    '--fix',
    '--no-cache',
    '--allow-private-hosts',
    ...['--arxiv-api', server.origin, '--doi-api', server.origin, '--github-api', server.origin],
    ...['--arxiv-interval', '0', '--timeout', '3000'],
  ];

  it('does not write over a line added meanwhile, and says so', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'README.md');
    const text = `${BROKEN}- A page, [[page]](${server.origin}/page)\n`;
    writeFileSync(file, text);
    meanwhile = () => writeFileSync(file, '- Added while paperlint ran\n', { flag: 'a' });
    const run = await cli(online(), dir);
    expect(run.code).toBe(2);
    oneLine(
      run.stderr,
      /^paperlint: README\.md: was changed while paperlint was fixing it \(run --fix again\); fixes not written$/m,
    );
    expect(readFileSync(file, 'utf8')).toBe(`${text}- Added while paperlint ran\n`);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a list removed meanwhile is an input error, not an internal one', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'README.md');
    writeFileSync(file, `${BROKEN}- A page, [[page]](${server.origin}/page)\n`);
    meanwhile = () => unlinkSync(file);
    const run = await cli(online(), dir);
    expect(run.code).toBe(2);
    oneLine(
      run.stderr,
      /^paperlint: README\.md: was removed while paperlint was fixing it; fixes not written$/m,
    );
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('only regular files of a bounded size are read', () => {
  it('/dev/zero and a named pipe are refused at once with one line', async () => {
    const { execFileSync } = await import('node:child_process');
    const dir = tempDir();
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    for (const [file, pattern] of [
      ['/dev/zero', /^paperlint: \/dev\/zero: is a device, not a regular file$/m],
      ['pipe.md', /^paperlint: pipe\.md: is a named pipe, not a regular file$/m],
    ] as const) {
      const run = await cli(['--offline', file], dir);
      expect(run.code, file).toBe(2);
      oneLine(run.stderr, pattern);
    }
  });

  it('refuses a list over 20 MB by default, naming the flag and the config key that raise the limit', async () => {
    const { truncateSync } = await import('node:fs');
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), '');
    truncateSync(path.join(dir, 'README.md'), 21 * 1024 * 1024);
    const run = await cli(['--offline'], dir);
    expect(run.code).toBe(2);
    oneLine(
      run.stderr,
      /^paperlint: README\.md: is 21 MB, over the 20 MB limit \(--max-file-size or "maxFileSize" in the config raises it\)$/m,
    );
  });

  it('stdin is read up to the same limit', async () => {
    const dir = tempDir();
    const run = await cli(['--offline', '--max-file-size', '1K', '-'], dir, {}, { stdin: FIXED.repeat(20) });
    expect(run.code).toBe(2);
    oneLine(run.stderr, /^paperlint: <stdin>: more than 1024 bytes \(--max-file-size or "maxFileSize"/m);
    const small = await cli(['--offline', '--max-file-size', '1K', '-'], dir, {}, { stdin: FIXED });
    expect(small.code).toBe(0);
  });

  it('--max-file-size and the config key "maxFileSize" set the limit; the flag wins', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), FIXED.repeat(30));
    expect((await cli(['--offline', '--max-file-size', '2K'], dir)).stderr).toMatch(
      /is 2\.7 KB, over the 2 KB limit/,
    );
    writeFileSync(path.join(dir, '.paperlintrc.json'), '{"maxFileSize": "1k"}');
    expect((await cli(['--offline'], dir)).code).toBe(2);
    expect((await cli(['--offline', '--max-file-size', '4KB'], dir)).code).not.toBe(2);
    writeFileSync(path.join(dir, '.paperlintrc.json'), '{"maxFileSize": 4096}');
    expect((await cli(['--offline'], dir)).code).not.toBe(2);
    const bad = await cli(['--offline', '--max-file-size', 'big'], dir);
    expect(bad.code).toBe(2);
    oneLine(bad.stderr, /--max-file-size expects a size such as 50M or 2000000, got 'big'/);
  });
});

describe('globs do not descend linked folders', () => {
  it('a linked folder is passed by with one line; a linked file the glob matches is linted', async () => {
    const dir = tempDir();
    const outside = tempDir();
    writeFileSync(path.join(outside, 'secret.md'), BROKEN);
    mkdirSync(path.join(dir, 'lists'));
    writeFileSync(path.join(dir, 'lists', 'a.md'), FIXED);
    symlinkSync(outside, path.join(dir, 'rootfs'));
    symlinkSync(path.join(dir, 'lists', 'a.md'), path.join(dir, 'linked.md'));
    symlinkSync(outside, path.join(dir, 'lists', 'deeper'));
    const run = await cli(['--offline', '--format', 'json', '**/*.md'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary.files).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean).sort()).toEqual([
      'paperlint: not following lists/deeper: a symbolic link to a folder (globs do not descend linked folders)',
      'paperlint: not following rootfs: a symbolic link to a folder (globs do not descend linked folders)',
    ]);
    // A pattern that cannot reach into a linked folder says nothing about it.
    const top = await cli(['--offline', '*.md'], dir);
    expect(top.stderr).toBe('');
  });
});
