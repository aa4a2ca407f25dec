import { describe, expect, it } from 'vitest';
import { parseCliArguments, UsageError } from '../../src/cli/args.js';

describe('cli arguments: --github-api default', () => {
  it('is $GITHUB_API_URL when set, https://api.github.com when unset or empty', () => {
    expect(parseCliArguments([], { GITHUB_API_URL: 'https://ghe.example/api/v3/' }).githubApi).toBe(
      'https://ghe.example/api/v3',
    );
    expect(parseCliArguments([], {}).githubApi).toBe('https://api.github.com');
    expect(parseCliArguments([], { GITHUB_API_URL: '' }).githubApi).toBe('https://api.github.com');
  });
});

describe('cli arguments: --host-interval', () => {
  it('is 20 ms by default, takes 0 for no gap, and refuses anything but a whole number', () => {
    expect(parseCliArguments([]).hostInterval).toBe(20);
    expect(parseCliArguments(['--host-interval', '0']).hostInterval).toBe(0);
    expect(parseCliArguments(['--host-interval', '1000']).hostInterval).toBe(1000);
    expect(() => parseCliArguments(['--host-interval=-5'])).toThrow(
      "--host-interval expects a whole number, got '-5'",
    );
    expect(() => parseCliArguments(['--host-interval', 'soon'])).toThrow(UsageError);
  });
});

describe('cli arguments: --venues', () => {
  it('is off by default, takes dblp, and refuses other sources', () => {
    expect(parseCliArguments([]).venues).toBeUndefined();
    expect(parseCliArguments(['--venues', 'dblp']).venues).toBe('dblp');
    expect(parseCliArguments(['--venues=DBLP']).venues).toBe('dblp');
    expect(() => parseCliArguments(['--venues', 'scholar'])).toThrow("--venues expects dblp, got 'scholar'");
    expect(parseCliArguments([]).dblpApi).toBe('https://dblp.org/search/publ/api');
    expect(() => parseCliArguments(['--dblp-api', 'ftp://x'])).toThrow(UsageError);
  });
});
