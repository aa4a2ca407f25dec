import { describe, expect, it } from 'vitest';
import { extraArguments, splitWords } from '../../src/action/args.js';
import { InputError } from '../../src/lint.js';

describe('splitWords', () => {
  it('splits on blanks and newlines, as a shell splits plain words', () => {
    expect(splitWords('')).toEqual([]);
    expect(splitWords('  --timeout 5000\n  --offline  ')).toEqual(['--timeout', '5000', '--offline']);
  });

  it('keeps quoted text together, with quotes and backslashes as a shell reads them', () => {
    expect(splitWords(`--exclude '^https://(www\\.)?example\\.com/' --exclude "a b"`)).toEqual([
      '--exclude',
      '^https://(www\\.)?example\\.com/',
      '--exclude',
      'a b',
    ]);
    expect(splitWords(`--exclude=it\\'s "say \\"hi\\"" ''`)).toEqual(["--exclude=it's", 'say "hi"', '']);
    expect(splitWords(`"a\\b"`)).toEqual(['a\\b']);
  });

  it('refuses an unclosed quote, naming the input', () => {
    expect(() => splitWords(`--exclude 'oops`)).toThrow(InputError);
    expect(() => splitWords(`--exclude "oops`)).toThrow(`input 'args': unclosed " quote`);
  });
});

describe('extraArguments', () => {
  const env = { GITHUB_API_URL: 'https://api.github.example/api/v3' };

  it('reads the network flags with the CLI parser, defaults for the rest', async () => {
    const extra = await extraArguments(
      ['--exclude', 'localhost', '--timeout', '5000', '--max-searches', '0', '--host-interval=100'],
      env,
    );
    expect(extra.offline).toBe(false);
    expect(extra.verify).toMatchObject({
      timeout: 5000,
      maxSearches: 0,
      hostInterval: 100,
      concurrency: 32,
      githubApi: 'https://api.github.example/api/v3',
    });
    expect(extra.verify.exclude).toEqual(['localhost']);
    expect((await extraArguments(['--offline'], env)).offline).toBe(true);
  });

  it("says what is wrong with a flag's value as the CLI does, naming the input", async () => {
    await expect(extraArguments(['--timeout', 'soon'], env)).rejects.toThrow(
      "input 'args': --timeout expects a whole number of at least 1, got 'soon'",
    );
    await expect(extraArguments(['--exclude', '(unclosed'], env)).rejects.toThrow(
      /^input 'args': --exclude expects/,
    );
    await expect(extraArguments(['--exclude', 'a(?=b)'], env)).rejects.toThrow(
      /^input 'args': --exclude expects .*not matchable in linear time/,
    );
    await expect(extraArguments(['--timeot', '5'], env)).rejects.toThrow(/^input 'args': .*--timeot/);
  });

  it('refuses flags an input sets, or that mean nothing in the Action, saying what to use', async () => {
    const refused = async (words: string[]) => {
      try {
        await extraArguments(words, env);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as Error).message;
      }
      throw new Error(`accepted ${words.join(' ')}`);
    };
    expect(await refused(['--fix'])).toBe(
      "input 'args': --fix is not an Action flag: the Action never changes the list: fixes become suggested changes on pull requests",
    );
    expect(await refused(['--format', 'json'])).toMatch(
      /--format is not an Action flag: the Action writes its own reports/,
    );
    expect(await refused(['--config', 'x.json'])).toMatch(
      /--config is not an Action flag: use the 'config' input/,
    );
    expect(await refused(['--no-cache'])).toMatch(/--cache is not an Action flag: use the 'cache' input/);
    expect(await refused(['--max-warnings', '0'])).toMatch(
      /--max-warnings is not an Action flag: use 'fail-on: warning'/,
    );
    expect(await refused(['docs/*.md'])).toBe(
      "input 'args': file arguments (docs/*.md) are not Action flags: name the lists in the 'files' input",
    );
  });
});
