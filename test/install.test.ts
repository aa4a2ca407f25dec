/**
 * The npm package as a user installs it: `npm pack`, then `npm install --offline <tarball>` into an empty
 * folder (it bundles its dependencies, so nothing but the tarball is needed), then `npx paperlint`, the
 * library, the preset and the type declarations from there. Packs the committed dist/: skips until
 * `npm run build` has made it.
 */

import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bundles } from '../scripts/bundles.js';
import { startFakeArxiv } from './helpers/fake-arxiv.js';
import { startFakeDoi } from './helpers/fake-doi.js';
import { startFakeServer } from './helpers/fake-registry.js';

const root = path.resolve(import.meta.dirname, '..');
const built = existsSync(path.join(root, 'dist/cli.js'));
const exec = promisify(execFile);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(file: string, args: string[], cwd: string): Promise<Run> {
  // No NO_COLOR from a developer's shell or npm_config_* from an `npm test` parent may change what npm does.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'NO_COLOR'),
  );
  try {
    const { stdout, stderr } = await exec(file, args, { cwd, env: { ...env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The `npm pack --json` entry of the tarball. */
interface Packed {
  filename: string;
  files: Array<{ path: string }>;
}

describe.skipIf(!built)(
  `the npm package${built ? '' : ' (skipped: no dist/ yet, run npm run build)'}`,
  () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'paperlint-install-'));
    const app = path.join(folder, 'app');
    let packed: Packed;

    beforeAll(async () => {
      const pack = await run('npm', ['pack', '--json', '--pack-destination', folder], root);
      expect(pack.code, pack.stderr).toBe(0);
      [packed] = JSON.parse(pack.stdout) as Packed[];
      mkdirSync(app);
      writeFileSync(path.join(app, 'package.json'), '{"name": "app", "private": true, "type": "module"}\n');
      // An empty npm cache and --offline: the tarball must need nothing from the registry.
      const install = await run(
        'npm',
        [
          'install',
          '--offline',
          '--no-audit',
          '--no-fund',
          ...['--cache', path.join(folder, 'npm-cache')],
          path.join(folder, packed.filename),
        ],
        app,
      );
      expect(install.code, install.stderr).toBe(0);
      writeFileSync(path.join(app, 'README.md'), readFileSync(path.join(root, 'examples/papers.md')));
    }, 120_000);

    it('holds the CLI, the library, the preset and their types, but not the Action bundle', () => {
      const files = packed.files.map((file) => file.path);
      expect(files).toEqual(
        expect.arrayContaining([
          'dist/cli.js',
          'dist/lib.js',
          'dist/preset.js',
          'dist/types/index.d.ts',
          'schema/paperlintrc.schema.json',
          'README.md',
          'LICENSE',
          'CHANGELOG.md',
        ]),
      );
      expect(files).not.toContain('dist/index.js');
      expect(
        files.filter((file) => /^(src|test|bench|\.github)\//.test(file) || file === 'action.yml'),
      ).toEqual([]);
    });

    it('installs offline as at most 15 packages, none of @actions, @azure or @octokit', () => {
      const lock = JSON.parse(readFileSync(path.join(app, 'node_modules/.package-lock.json'), 'utf8')) as {
        packages: Record<string, unknown>;
      };
      const installed = Object.keys(lock.packages);
      expect(installed.length).toBeLessThanOrEqual(15);
      expect(installed).toContain('node_modules/paperlint');
      expect(installed.filter((name) => /node_modules\/@(actions|azure|octokit)\//.test(name))).toEqual([]);
    });

    it('npx paperlint README.md lints the list (offline rules) and exits 1 on its errors', async () => {
      const result = await run('npx', ['--offline', 'paperlint', 'README.md', '--offline'], app);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/^README\.md$/m);
      expect(result.stdout).toMatch(/Malformed arXiv link: unknown path 'abd' +arxiv-url/);
    });

    it('npx paperlint README.md verifies links from the installed bundle (loopback stand-ins)', async () => {
      const [arxiv, doi, web] = await Promise.all([
        startFakeArxiv(),
        startFakeDoi({ known: [] }),
        startFakeServer(() => ({ status: 404, body: 'gone' })),
      ]);
      try {
        const online = path.join(app, 'online');
        mkdirSync(online, { recursive: true });
        writeFileSync(
          path.join(online, 'README.md'),
          [
            '- Graph Transformers for Everything, arxiv 2024/01, [[paper]](https://arxiv.org/abs/2401.09999)',
            `- A Paper Without A DOI, [[paper]](https://doi.org/10.9999/not.there) [[page]](${web.origin}/gone)`,
            '',
          ].join('\n'),
        );
        const result = await run(
          'npx',
          [
            ...[
              '--offline',
              'paperlint',
              'README.md',
              '--format',
              'json',
              '--no-cache',
              '--allow-private-hosts',
            ],
            ...['--arxiv-api', arxiv.api, '--arxiv-interval', '0', '--doi-api', doi.api, '--timeout', '3000'],
          ],
          online,
        );
        expect(result.stderr).toBe('');
        const rules = JSON.parse(result.stdout).findings.map((finding: { rule: string }) => finding.rule);
        expect(rules).toEqual(expect.arrayContaining(['arxiv-not-found', 'doi-not-found', 'dead-link']));
      } finally {
        await Promise.all([arxiv, doi, web].map((server) => server.close()));
      }
    });

    it("import { lint } from 'paperlint' and remark --use paperlint/preset work from the install", async () => {
      writeFileSync(
        path.join(app, 'use.js'),
        "import { lint } from 'paperlint';\nconst report = await lint(['README.md'], { cwd: process.cwd() });\nconsole.log(JSON.stringify(report.summary));\n",
      );
      const library = await run(process.execPath, ['use.js'], app);
      expect(library.stderr).toBe('');
      expect(JSON.parse(library.stdout).errors).toBeGreaterThan(0);

      // remark-cli from this repository, resolving `paperlint/preset` from the app's node_modules.
      const remark = await run(
        path.join(root, 'node_modules/.bin/remark'),
        ['--use', 'paperlint/preset', '--quiet', '--no-stdout', '--no-color', 'README.md'],
        app,
      );
      expect(remark.code).toBe(1);
      expect(remark.stderr).toMatch(/error +Malformed arXiv link: unknown path 'abd' +arxiv-url +paperlint/);

      // The editor route: the preset named in the project's remark configuration, as the language server reads it.
      const configured = path.join(app, 'configured');
      mkdirSync(configured);
      writeFileSync(path.join(configured, '.remarkrc.json'), '{"plugins": ["paperlint/preset"]}\n');
      writeFileSync(path.join(configured, 'README.md'), readFileSync(path.join(app, 'README.md')));
      const fromConfig = await run(
        path.join(root, 'node_modules/.bin/remark'),
        ['--quiet', '--no-stdout', '--no-color', 'README.md'],
        configured,
      );
      expect(fromConfig.stderr).toBe(remark.stderr);
    });

    it('runs as the pre-commit hook runs it: its entry and args on the README files a commit changes', async () => {
      const [hook] = parse(readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{
        id: string;
        entry: string;
        language: string;
        files: string;
        args: string[];
      }>;
      expect(hook).toMatchObject({ id: 'paperlint', entry: 'paperlint', language: 'node' });
      const files = new RegExp(hook.files);
      expect(['README.md', 'lists/README.md'].every((file) => files.test(file))).toBe(true);
      expect(['CONTRIBUTING.md', 'README.md.bak', 'docs/notREADME.md'].some((file) => files.test(file))).toBe(
        false,
      );
      // pre-commit installs the hook repository as an npm package and calls `entry args… files…`.
      const result = await run('npx', ['--offline', hook.entry, ...hook.args, 'README.md'], app);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('arxiv-url');
    });

    it('its type declarations type-check a TypeScript user of lint() (skipLibCheck, as tsc --init sets)', async () => {
      writeFileSync(
        path.join(app, 'use.ts'),
        [
          "import { type Finding, lint } from 'paperlint';",
          "const report = await lint(['README.md'], { cwd: '.' });",
          'const first: Finding | undefined = report.findings[0];',
          'const errors: number = report.summary.errors;',
          'console.log(first?.rule, errors);',
          '',
        ].join('\n'),
      );
      const options = {
        module: 'nodenext',
        target: 'es2022',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      };
      writeFileSync(
        path.join(app, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: options, files: ['use.ts'] }),
      );
      const tsc = await run(
        process.execPath,
        [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'],
        app,
      );
      expect(tsc.stdout + tsc.stderr).toBe('');
      expect(tsc.code).toBe(0);
    });
  },
);

/** The lowest version a range of `>=` comparators joined by `||` accepts (the forms the bundled packages use). */
function lowestAccepted(range: string): number[] {
  const lowest = range.split('||').map((alternative) => {
    const match = /^\s*>=\s*(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?\s*$/.exec(alternative);
    if (!match) throw new Error(`engines range '${range}': teach this test its form`);
    return match.slice(1).map((part) => Number.parseInt(part ?? '0', 10) || 0);
  });
  return lowest.sort(compareVersions)[0];
}

function compareVersions(a: number[], b: number[]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

describe("the package's engines", () => {
  it('asks for at least the Node version that every package bundled into the CLI, library and preset asks for', async () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const ours = lowestAccepted(pkg.engines.node);
    const { metafile } = await build({
      ...bundles('dist').cli,
      absWorkingDir: root,
      write: false,
      metafile: true,
    });
    const packages = new Set(
      Object.keys(metafile.inputs).flatMap(
        (input) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.slice(1) ?? [],
      ),
    );
    expect(packages).toContain('undici');
    const stricter = [...packages].flatMap((name) => {
      const range = JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'))
        .engines?.node as string | undefined;
      return range !== undefined && compareVersions(lowestAccepted(range), ours) > 0
        ? [`${name} ${range}`]
        : [];
    });
    expect(stricter).toEqual([]);
  }, 60_000);
});
