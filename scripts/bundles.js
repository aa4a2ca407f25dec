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

/** The two builds, writing into `outdir`. */
export function bundles(outdir) {
  return {
    // The Action: one file, as the runner loads it (committed for `uses:`, not in the npm package).
    action: {
      ...common,
      outdir,
      entryPoints: { index: 'src/action/index.ts' },
      banner: { js: requireBanner },
    },
    // What the npm package ships, its dependencies bundled so that it installs nothing else: the CLI (a small
    // entry that re-runs node before anything else loads), the library and the preset. One split build, so
    // that they share one copy of the linter; each run imports the chunks it needs (the network layer only
    // online).
    cli: {
      ...common,
      outdir,
      entryPoints: { cli: 'src/cli/index.ts', lib: 'src/index.ts', preset: 'src/preset.ts' },
      banner: { js: requireBanner },
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
    },
  };
}
