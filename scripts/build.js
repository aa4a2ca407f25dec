// Regenerates dist/ byte for byte: `npm run build`. CI fails when the committed dist/ differs.
// `node scripts/build.js <folder>` builds into another folder instead (to measure a change, say).
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { bundles } from './bundles.js';

const outdir = process.argv[2] ?? 'dist';

await rm(outdir, { recursive: true, force: true });
await Promise.all(Object.values(bundles(outdir)).map((options) => build(options)));

// Type declarations of the library and the preset.
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', path.join(outdir, 'types')], {
  stdio: 'inherit',
});
