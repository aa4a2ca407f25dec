import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/action/inputs.js';
import { InputError } from '../../src/lint.js';

const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseInputs', () => {
  it('applies the defaults of action.yml when inputs are empty', () => {
    expect(parseInputs(from({}))).toEqual({
      files: ['README.md'],
      links: 'auto',
      token: '',
      failOn: 'error',
      trackingIssue: true,
      cache: true,
      suggestions: true,
      args: [],
      workingDirectory: '.',
      jobSummary: true,
      mode: 'check',
      addFromIssue: false,
    });
    expect(parseInputs(from({ 'add-from-issue': 'true' })).addFromIssue).toBe(true);
    expect(() => parseInputs(from({ 'add-from-issue': 'yes' }))).toThrow(InputError);
  });

  it('reads globs one per line and maps links true/false to all/off', () => {
    const inputs = parseInputs(
      from({
        files: 'README.md\n  docs/*.md  \n\n',
        links: 'true',
        'fail-on': 'Warning',
        cache: 'FALSE',
        suggestions: 'False',
        config: 'x.json',
      }),
    );
    expect(inputs).toMatchObject({
      files: ['README.md', 'docs/*.md'],
      links: 'all',
      failOn: 'warning',
      cache: false,
      suggestions: false,
    });
    expect(inputs.config).toBe('x.json');
    expect(parseInputs(from({ links: 'false' })).links).toBe('off');
  });

  it('refuses values outside the documented choices, naming the input', () => {
    expect(() => parseInputs(from({ 'fail-on': 'errors' }))).toThrow(InputError);
    expect(() => parseInputs(from({ 'fail-on': 'errors' }))).toThrow(
      /'fail-on' must be error, warning, never/,
    );
    expect(() => parseInputs(from({ 'tracking-issue': 'yes' }))).toThrow(
      /'tracking-issue' must be true or false/,
    );
    expect(() => parseInputs(from({ links: 'some' }))).toThrow(/'links'/);
    expect(() => parseInputs(from({ mode: 'post' }))).toThrow(
      "input 'mode' must be check, report, publish (got 'post')",
    );
    expect(() => parseInputs(from({ 'job-summary': 'no' }))).toThrow(/'job-summary' must be true or false/);
    expect(() => parseInputs(from({ args: "--exclude 'x" }))).toThrow("input 'args': unclosed ' quote");
  });

  it('reads the fork-pattern mode, the working directory, the job summary switch and the extra flags', () => {
    expect(
      parseInputs(
        from({
          mode: 'Publish',
          'working-directory': 'lists',
          'job-summary': 'false',
          args: "--timeout 5000 --exclude '^https://example\\.com/'",
        }),
      ),
    ).toMatchObject({
      mode: 'publish',
      workingDirectory: 'lists',
      jobSummary: false,
      args: ['--timeout', '5000', '--exclude', '^https://example\\.com/'],
    });
  });
});
