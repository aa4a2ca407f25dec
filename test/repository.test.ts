import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { remoteOf, repositoryLookup } from '../src/repository.js';

const temporary = mkdtempSync(path.join(os.tmpdir(), 'paperlint-repository-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

/** Writes files under a new folder of the temporary one; returns the folder. */
function folderWith(name: string, files: Record<string, string>): string {
  const root = path.join(temporary, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

describe('remoteOf', () => {
  it('reads the host, owner and name of the usual remote URLs', () => {
    const expected = { host: 'github.com', owner: 'o', repo: 'r' };
    for (const url of [
      'git@github.com:o/r.git',
      'https://github.com/o/r',
      'https://github.com/o/r.git',
      'https://token@github.com/o/r/',
      'ssh://git@github.com/o/r.git',
      'git://github.com/o/r.git',
    ])
      expect(remoteOf(url), url).toEqual(expected);
    expect(remoteOf('https://GHE.example.com/team/list.git')).toEqual({
      host: 'ghe.example.com',
      owner: 'team',
      repo: 'list',
    });
    expect(remoteOf('/srv/git/list.git')).toBeUndefined();
  });
});

describe('repositoryLookup', () => {
  it('finds the folder holding .git, its GitHub remote and its branches, without running git', () => {
    const root = folderWith('plain', {
      '.git/config':
        '[core]\n\tbare = false\n[remote "upstream"]\n\turl = https://github.com/up/list\n[remote "origin"]\n\turl = git@github.com:me/list.git\n',
      '.git/HEAD': 'ref: refs/heads/topic\n',
      '.git/refs/remotes/origin/HEAD': 'ref: refs/remotes/origin/main\n',
      'docs/list.md': '# List\n',
    });
    const view = repositoryLookup()(path.join(root, 'docs/list.md'));
    expect(view?.file).toBe('docs/list.md');
    expect(view?.remote).toEqual({
      host: 'github.com',
      owner: 'me',
      repo: 'list',
      branches: ['topic', 'main'],
    });
    expect([...(view?.folder('') ?? new Map())]).toEqual(
      expect.arrayContaining([
        ['docs', 'folder'],
        ['.git', 'folder'],
      ]),
    );
    expect(view?.folder('docs')?.get('list.md')).toBe('file');
    expect(view?.anchorsOf('docs/list.md')?.headings.map((h) => h.slug)).toEqual(['list']);
  });

  it('reads a worktree’s .git file and the common folder it points to', () => {
    const main = folderWith('main-checkout', {
      '.git/config': '[remote "origin"]\n\turl = https://github.com/o/r.git\n',
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.git/worktrees/wt/HEAD': 'ref: refs/heads/feature\n',
      '.git/worktrees/wt/commondir': '../..\n',
    });
    const worktree = folderWith('worktree', {
      '.git': `gitdir: ${path.join(main, '.git/worktrees/wt')}\n`,
      'README.md': '# R\n',
    });
    expect(repositoryLookup()(path.join(worktree, 'README.md'))?.remote).toEqual({
      host: 'github.com',
      owner: 'o',
      repo: 'r',
      branches: ['feature'],
    });
  });

  it('takes what the caller knows (the Action) over .git, and nothing outside any repository', () => {
    const root = folderWith('known', { 'list.md': '# L\n' });
    const view = repositoryLookup({
      root,
      remote: { host: 'github.com', owner: 'a', repo: 'b' },
      branches: ['main', 'main'],
    })(path.join(root, 'list.md'));
    expect(view?.remote).toEqual({ host: 'github.com', owner: 'a', repo: 'b', branches: ['main'] });
    const outside = mkdtempSync(path.join(os.tmpdir(), 'paperlint-no-repository-'));
    try {
      expect(repositoryLookup()(path.join(outside, 'list.md'))).toBeUndefined();
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('never reads outside the root: no climbing paths, no symbolic links followed', () => {
    const secret = folderWith('secret', { 'notes.md': '# Secret heading\n' });
    const root = folderWith('guarded', { '.git/HEAD': 'ref: refs/heads/main\n', 'README.md': '# R\n' });
    symlinkSync(path.join(secret, 'notes.md'), path.join(root, 'link.md'));
    const view = repositoryLookup()(path.join(root, 'README.md'))!;
    expect(view.folder('..')).toBeUndefined();
    expect(view.folder('../secret')).toBeUndefined();
    expect(view.anchorsOf('../secret/notes.md')).toBeUndefined();
    // The link is listed as a file (GitHub shows it as one) but its target is never read.
    expect(view.folder('')?.get('link.md')).toBe('file');
    expect(view.anchorsOf('link.md')).toBeUndefined();
  });

  it('is what lint() uses by default: a list’s broken relative link is found from its repository', async () => {
    const root = folderWith('linted', {
      '.git/config': '[remote "origin"]\n\turl = https://github.com/o/r\n',
      '.git/HEAD': 'ref: refs/heads/main\n',
      'README.md': '# R\n\n[Setup](docs/setup.md) [Self](https://github.com/o/r/blob/main/docs/setup.md)\n',
    });
    const report = await lint(['README.md'], { cwd: root });
    expect(report.findings.map((f) => `${f.rule} ${f.message}`)).toEqual([
      "local-link Missing file 'docs/setup.md'",
      "local-link Missing file 'docs/setup.md'",
    ]);
  });
});
