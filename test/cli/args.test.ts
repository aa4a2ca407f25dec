import { describe, expect, it } from 'vitest';
import { parseCliArguments } from '../../src/cli/args.js';

describe('cli arguments: --github-api default', () => {
  it('is $GITHUB_API_URL when set, https://api.github.com when unset or empty', () => {
    expect(parseCliArguments([], { GITHUB_API_URL: 'https://ghe.example/api/v3/' }).githubApi).toBe(
      'https://ghe.example/api/v3',
    );
    expect(parseCliArguments([], {}).githubApi).toBe('https://api.github.com');
    expect(parseCliArguments([], { GITHUB_API_URL: '' }).githubApi).toBe('https://api.github.com');
  });
});
