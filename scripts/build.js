// Regenerates dist/ byte for byte: `npm run build`. CI fails when the committed dist/ differs.
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

// ESM bundles of CommonJS dependencies (@actions/*, undici internals) need a real `require`.
const requireBanner =
  "import { createRequire as __paperlintCreateRequire } from 'node:module';\n" +
  'const require = __paperlintCreateRequire(import.meta.url);';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.18',
  legalComments: 'none',
  logLevel: 'warning',
};

await rm('dist', { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: { cli: 'src/cli/index.ts', index: 'src/action/index.ts' },
    outdir: 'dist',
    banner: { js: `#!/usr/bin/env node\n${requireBanner}` },
  }),
  build({
    ...common,
    entryPoints: { lib: 'src/index.ts', preset: 'src/preset.ts' },
    outdir: 'dist',
    packages: 'external',
    // The library and the preset share one copy of the rules (and of their caches) in a chunk.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  }),
]);

// Type declarations of the library and the preset.
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
