// local-link through the CLI: the repository is found from the list's folder (its `.git` read, git never run),
// relative links and the repository's own github.com links are checked on the disk, never fetched.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';
import { type FakeGithub, startFakeGithub } from '../helpers/fake-github.js';

/** A repository on the disk: `.git` as a checkout of github.com/lab/list on main, and `files`. */
function repository(files: Record<string, string>): string {
  const root = tempDir('paperlint-local-');
  const all = {
    '.git/config': '[remote "origin"]\n\turl = https://github.com/lab/list.git\n',
    '.git/HEAD': 'ref: refs/heads/main\n',
    ...files,
  };
  for (const [file, content] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

const findingsOf = (stdout: string) =>
  (JSON.parse(stdout) as { findings: Array<{ line: number; rule: string; message: string }> }).findings.map(
    (f) => `${f.line} ${f.rule} ${f.message}`,
  );

let github: FakeGithub;
beforeAll(async () => {
  github = await startFakeGithub({ repos: { 'lab/alive': {} } });
});
afterAll(() => github.close());

describe('cli: local-link', () => {
  it('finds the repository of a list in a subfolder and checks its files offline', async () => {
    const root = repository({
      'docs/list.md': '# List\n\n- [Setup](setup.md) [Figure](../img/fig.png) [Gone](missing.md)\n',
      'docs/setup.md': '# Setup\n',
      'img/fig.png': 'png',
    });
    const run = await cli(['--offline', '--format', 'json', 'docs/list.md'], root);
    expect(findingsOf(run.stdout)).toEqual(["3 local-link Missing file 'docs/missing.md'"]);
    expect(run.code).toBe(1);
  });

  it('--fix respells a path in the repository’s case and inserts a section the table of contents lacks', async () => {
    const root = repository({
      'README.md': [
        '- [A](#a)',
        '- [B](#b)',
        '- [D](#d)',
        '- [E](#e)',
        '- [F](#f)',
        '',
        '## A',
        'See [the setup](Docs/Setup.md).',
        '## B',
        '## C',
        '## D',
        '## E',
        '## F',
        '',
      ].join('\n'),
      'docs/setup.md': '# Setup\n',
    });
    const run = await cli(['--offline', '--fix', '--format', 'json'], root);
    expect(findingsOf(run.stdout)).toEqual([]);
    const fixed = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(fixed).toContain('- [B](#b)\n- [C](#c)\n- [D](#d)');
    expect(fixed).toContain('See [the setup](docs/setup.md).');
  });

  it('online, checks links to the repository’s own files on the disk and sends no request for them', async () => {
    const root = repository({
      'README.md': [
        '# Papers',
        '',
        '- A Paper, [[notes]](https://github.com/lab/list/blob/main/notes.md#setup) [[code]](https://github.com/lab/alive)',
        '- B Paper, [[notes]](https://github.com/Lab/List/blob/main/gone.md) [[figure]](https://raw.githubusercontent.com/lab/list/main/fig.png)',
        '',
      ].join('\n'),
      'notes.md': '# Notes\n\n## Setup\n',
      'fig.png': 'png',
    });
    const before = github.requests.length;
    const run = await cli(
      [
        '--format',
        'json',
        '--no-cache',
        '--github-api',
        github.api,
        '--timeout',
        '3000',
        '--allow-private-hosts',
      ],
      root,
    );
    expect(findingsOf(run.stdout)).toEqual(["4 local-link Missing file 'gone.md'"]);
    // The only repository asked about is the other one.
    const asked = github.requests.slice(before).map((request) => request.path);
    expect(asked).toEqual(['/repos/lab/alive']);
    expect(JSON.parse(run.stdout).summary.links.checked).toBe(1);
  });
});
