// The package as users meet it: the committed build behind `npm run lint-list`, `import 'paperlint'` and
// `remark --use paperlint/preset`.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);

async function exec(file: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(file, args, { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('package', () => {
  it('npm run lint-list lints the example list from dist/ and exits 1', async () => {
    const result = await exec('npm', ['run', '--silent', 'lint-list', '--', '--offline', '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.findings[0].file).toBe('examples/papers.md');
    const rules = new Set(report.findings.map((f: { rule: string }) => f.rule));
    for (const rule of [
      'entry-format',
      'duplicate-entry',
      'conflicting-link',
      'arxiv-url',
      'arxiv-date',
      'entry-order',
      'local-link',
    ]) {
      expect(rules, `examples/papers.md makes ${rule} fire`).toContain(rule);
    }
  });

  it('--version and --help', async () => {
    const { version } = (await import('../package.json', { with: { type: 'json' } })).default;
    expect((await exec('node', ['dist/cli.js', '--version'])).stdout).toBe(`${version}\n`);
    expect((await exec('node', ['dist/cli.js', '--help'])).stdout).toMatch(/^Usage: paperlint/);
  });

  it("import { lint } from 'paperlint' resolves to the build", async () => {
    const { lint } = await import('paperlint');
    const report = await lint(['examples/papers.md'], { cwd: root });
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it('remark --use paperlint/preset reports the offline rules with their own severities', async () => {
    const result = await exec(path.join(root, 'node_modules/.bin/remark'), [
      '--use',
      'paperlint/preset',
      '--quiet',
      '--no-stdout',
      '--no-color',
      'examples/papers.md',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error +Malformed arXiv link: unknown path 'abd' +arxiv-url +paperlint/);
    expect(result.stderr).toMatch(/warning +Non-canonical arXiv link/);
  });

  it("remark --use paperlint/preset honours the list's .paperlintrc.json and remark's lint comments", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'paperlint-preset-'));
    const list = path.join(dir, 'list.md');
    writeFileSync(
      list,
      [
        '- A Paper, arxiv 2023/04, [[paper]](https://arxiv.org/abd/2304.10149)',
        '<!--lint ignore-->',
        '- Another Paper, arxiv 2023/05, [[paper]](https://arxiv.org/abd/2305.10149)',
        '',
      ].join('\n'),
    );
    const remark = path.join(root, 'node_modules/.bin/remark');
    const args = ['--use', 'paperlint/preset', '--quiet', '--no-stdout', '--no-color', list];
    const before = await exec(remark, args);
    expect(before.stderr).toMatch(/1:\d+-1:\d+ +error +Malformed arXiv link/);
    expect(before.stderr).not.toMatch(/3:\d+-3:\d+ +error/);
    writeFileSync(path.join(dir, '.paperlintrc.json'), JSON.stringify({ rules: { 'arxiv-url': 'off' } }));
    const after = await exec(remark, args);
    expect(after.stderr).not.toMatch(/arxiv-url/);
  });
});
