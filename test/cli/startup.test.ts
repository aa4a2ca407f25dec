/**
 * Start-up (issue #10): the bin's process only re-runs node, and the run it starts loads what the run uses. Read
 * from the CLI build's module graph (esbuild's metafile, same options as `npm run build`, nothing written).
 */
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundles } from '../../scripts/bundles.js';

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
  it('the bin loads only its own entry, with no dependency, before it re-runs node', () => {
    expect(loadedWith('dist/cli.js')).toEqual(['src/cli/index.ts', 'src/cli/young-generation.ts']);
  });

  it('an offline run on named files without a configuration loads no network layer, no validator, no glob library, no Action', () => {
    const loaded = loadedWith(dynamicChunk('dist/cli.js', 'src/cli/main.ts'));
    expect(loaded).toContain('src/lint.ts');
    const unused = loaded.filter((file) =>
      /node_modules\/(undici|fast-xml-parser|ajv|tinyglobby|@actions)\/|^src\/action\/|^src\/verify\/(index|http|agent)\.ts$|^src\/config\/validate\.ts$/.test(
        file,
      ),
    );
    expect(unused).toEqual([]);
  });
});
