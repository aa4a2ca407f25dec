/**
 * Start-up (issue #10): the bin's process only re-runs node, and the run it starts loads what the run uses. Read
 * from the CLI build's module graph (esbuild's metafile, same options as `npm run build`, nothing written).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundles } from '../../scripts/bundles.js';
import { youngGenerationPays } from '../../src/cli/young-generation.js';
import { startFakeArxiv } from '../helpers/fake-arxiv.js';
import { startFakeDoi } from '../helpers/fake-doi.js';
import { startFakeServer } from '../helpers/fake-registry.js';

const root = path.resolve(import.meta.dirname, '../..');
let outputs: Metafile['outputs'];

beforeAll(async () => {
  const result = await build({ ...bundles('dist').cli, absWorkingDir: root, write: false, metafile: true });
  outputs = result.metafile.outputs;
});

/** The source files in the outputs that `from` loads before any code runs (static imports, transitively). */
function loadedWith(from: string): string[] {
  const seen = new Set<string>();
  const visit = (output: string) => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const imported of outputs[output].imports) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(from);
  return [...seen].flatMap((output) => Object.keys(outputs[output].inputs));
}

/** The output that a dynamic `import()` in `from` of the source file `source` loads. */
function dynamicChunk(from: string, source: string): string {
  const chunk = outputs[from].imports.find(
    (imported) => imported.kind === 'dynamic-import' && outputs[imported.path]?.entryPoint === source,
  );
  if (!chunk) throw new Error(`${from} has no import() of ${source}`);
  return chunk.path;
}

describe('the CLI build', () => {
  it('the bin loads only its own entry, with no dependency, before it knows whether to re-run node', () => {
    expect(loadedWith('dist/cli.js').sort()).toEqual([
      'src/cli/default-file.ts',
      'src/cli/index.ts',
      'src/cli/respawn.ts',
      'src/cli/young-generation.ts',
      'src/glob.ts',
    ]);
  });

  it('an offline run on named files without a configuration loads no network layer, no validator, no glob library, no Action', () => {
    const loaded = loadedWith(dynamicChunk('dist/cli.js', 'src/cli/main.ts'));
    expect(loaded).toContain('src/lint.ts');
    const unused = loaded.filter((file) =>
      /node_modules\/(undici|fast-xml-parser|ajv|tinyglobby|picomatch|re2js|@actions)\/|^src\/action\/|^src\/verify\/(index|http|agent)\.ts$|^src\/config\/validate\.ts$/.test(
        file,
      ),
    );
    expect(unused).toEqual([]);
  });
});

describe('the built CLI', () => {
  it('loads the network layer from its chunks when online: every registry and a web link answer', async () => {
    const outdir = mkdtempSync(path.join(tmpdir(), 'paperlint-cli-build-'));
    await build({ ...bundles(outdir).cli, absWorkingDir: root });
    const [arxiv, doi, web] = await Promise.all([
      startFakeArxiv(),
      startFakeDoi({ known: [] }),
      startFakeServer(() => ({ status: 404, body: 'gone' })),
    ]);
    try {
      writeFileSync(
        path.join(outdir, 'README.md'),
        [
          '- Graph Transformers for Everything, arxiv 2024/01, [[paper]](https://arxiv.org/abs/2401.09999)',
          `- A Paper Without A DOI, [[paper]](https://doi.org/10.9999/not.there) [[page]](${web.origin}/gone)`,
          '',
        ].join('\n'),
      );
      const run = await promisify(execFile)(
        process.execPath,
        [
          path.join(outdir, 'cli.js'),
          ...['--format', 'json', '--no-cache', '--allow-private-hosts', '--arxiv-interval', '0'],
          ...['--arxiv-api', arxiv.api, '--doi-api', doi.api, '--timeout', '3000'],
        ],
        { cwd: outdir },
      ).catch((failed: { stdout: string; stderr: string }) => failed);
      expect(run.stderr).toBe('');
      const rules = JSON.parse(run.stdout).findings.map((finding: { rule: string }) => finding.rule);
      expect(rules).toEqual(expect.arrayContaining(['arxiv-not-found', 'doi-not-found', 'dead-link']));
    } finally {
      await Promise.all([arxiv, doi, web].map((server) => server.close()));
    }
  });
});

describe('youngGenerationPays', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'paperlint-young-'));
  const list = (name: string, bytes: number) => {
    const file = path.join(folder, name);
    writeFileSync(file, '- x\n'.repeat(Math.ceil(bytes / 4)));
    return file;
  };
  const small = list('small.md', 100);
  const half = list('half.md', 600_000);
  const half2 = list('half2.md', 600_000);

  it('a small list runs in the first node, whatever options come with it', async () => {
    expect(await youngGenerationPays(['--offline', '--format', 'json', small], {})).toBe(false);
  });

  it('lists of 1 MB or more together, or a glob or folder that may hold them, are worth a second node', async () => {
    expect(await youngGenerationPays([half], {})).toBe(false);
    expect(await youngGenerationPays([half, half2], {})).toBe(true);
    expect(await youngGenerationPays([path.join(folder, '*.md')], {})).toBe(true);
    expect(await youngGenerationPays([folder], {})).toBe(true);
  });

  it('with no file named, the default file decides', async () => {
    expect(await youngGenerationPays(['--offline'], { PAPERLINT_DEFAULT_FILE: small })).toBe(false);
    const big = list('big.md', 1_200_000);
    expect(await youngGenerationPays(['--offline'], { PAPERLINT_DEFAULT_FILE: big })).toBe(true);
  });
});
