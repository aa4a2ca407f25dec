// The esbuild builds behind dist/: scripts/build.js runs them, test/cli/startup.test.ts reads the CLI's
// module graph from the same options.

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

/** The three builds, writing into `outdir`. */
export function bundles(outdir) {
  return {
    // The Action: one file, as the runner loads it (committed for `uses:`, not in the npm package).
    action: {
      ...common,
      outdir,
      entryPoints: { index: 'src/action/index.ts' },
      banner: { js: requireBanner },
    },
    // The CLI: a small entry that re-runs node before anything else loads, and chunks each run imports
    // when it needs them (the network layer only online).
    cli: {
      ...common,
      outdir,
      entryPoints: { cli: 'src/cli/index.ts' },
      banner: { js: requireBanner },
      splitting: true,
      chunkNames: 'chunks/cli-[name]-[hash]',
    },
    // The library and the preset, their dependencies bundled too: the npm package installs nothing else.
    library: {
      ...common,
      outdir,
      entryPoints: { lib: 'src/index.ts', preset: 'src/preset.ts' },
      banner: { js: requireBanner },
      // The library and the preset share one copy of the rules (and of their caches) in a chunk.
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
    },
  };
}
