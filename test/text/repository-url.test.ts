import { describe, expect, it } from 'vitest';
import { type RepositoryRemote, repositoryTarget } from '../../src/text/repository-url.js';

const remote: RepositoryRemote = {
  host: 'github.com',
  owner: 'Owner',
  repo: 'list',
  branches: ['main', 'feature/x'],
};

describe('repositoryTarget', () => {
  it('resolves relative paths from the file’s folder and root-relative ones from the root', () => {
    expect(repositoryTarget('docs/a.md', 'README.md')).toEqual({ kind: 'path', path: 'docs/a.md' });
    expect(repositoryTarget('./img/x.png?raw=true', 'docs/list.md')).toEqual({
      kind: 'path',
      path: 'docs/img/x.png',
    });
    expect(repositoryTarget('../CONTRIBUTING.md#how', 'docs/list.md')).toEqual({
      kind: 'path',
      path: 'CONTRIBUTING.md',
      fragment: 'how',
    });
    expect(repositoryTarget('/docs/a.md', 'sub/dir/list.md')).toEqual({ kind: 'path', path: 'docs/a.md' });
    expect(repositoryTarget('docs/', 'README.md')).toEqual({ kind: 'path', path: 'docs' });
    expect(repositoryTarget('docs/a%20b.md', 'README.md')).toEqual({ kind: 'path', path: 'docs/a b.md' });
  });

  it('reads a fragment alone as an anchor of the file itself', () => {
    expect(repositoryTarget('#section-a', 'README.md')).toEqual({ kind: 'fragment', fragment: 'section-a' });
    expect(repositoryTarget('#', 'README.md')).toEqual({ kind: 'fragment', fragment: '' });
  });

  it('says when a path climbs out of the repository, except to GitHub’s own pages of it', () => {
    expect(repositoryTarget('../x.md', 'README.md')).toEqual({ kind: 'outside' });
    expect(repositoryTarget('../../../etc/passwd', 'docs/list.md')).toEqual({ kind: 'outside' });
    expect(repositoryTarget('docs/../../x.md', 'README.md')).toEqual({ kind: 'outside' });
    expect(repositoryTarget('../../issues', 'README.md')).toBeUndefined();
    expect(repositoryTarget('../../../wiki/Home', 'docs/list.md')).toBeUndefined();
    expect(repositoryTarget('../../secrets', 'README.md')).toEqual({ kind: 'outside' });
  });

  it('leaves web addresses, other schemes and empty destinations alone', () => {
    for (const url of [
      'https://example.org/a',
      'mailto:a@b.org',
      '//cdn.example.org/x.js',
      '',
      '   ',
      'data:image/png;base64,xx',
    ])
      expect(repositoryTarget(url, 'README.md', remote), url).toBeUndefined();
  });

  it('reads links to the repository’s own files on its branches as paths', () => {
    expect(
      repositoryTarget('https://github.com/owner/LIST/blob/main/docs/a.md#setup', 'README.md', remote),
    ).toEqual({
      kind: 'path',
      path: 'docs/a.md',
      fragment: 'setup',
    });
    expect(
      repositoryTarget('https://github.com/Owner/list/tree/feature/x/docs/', 'README.md', remote),
    ).toEqual({
      kind: 'path',
      path: 'docs',
    });
    expect(
      repositoryTarget('https://raw.githubusercontent.com/Owner/list/HEAD/img/x.png', 'README.md', remote),
    ).toEqual({ kind: 'path', path: 'img/x.png' });
    expect(
      repositoryTarget('https://github.com/Owner/list/raw/main/img/a%20b.png', 'README.md', remote),
    ).toEqual({
      kind: 'path',
      path: 'img/a b.png',
    });
    // The repository's page shows its root README.
    expect(repositoryTarget('https://github.com/Owner/list#contents', 'docs/x.md', remote)).toEqual({
      kind: 'path',
      path: '',
      fragment: 'contents',
    });
  });

  it('leaves other repositories, other branches, commits and the repository’s other pages to the network', () => {
    for (const url of [
      'https://github.com/Owner/other/blob/main/a.md',
      'https://github.com/Owner/list/blob/gh-pages/a.md',
      'https://github.com/Owner/list/blob/0123456789abcdef0123456789abcdef01234567/a.md',
      'https://github.com/Owner/list/issues/3',
      'https://github.com/Owner/list',
      'https://gitlab.com/Owner/list/-/blob/main/a.md',
    ])
      expect(repositoryTarget(url, 'README.md', remote), url).toBeUndefined();
    expect(repositoryTarget('https://github.com/Owner/list/blob/main/a.md', 'README.md')).toBeUndefined();
  });
});
