import type { BuildOptions } from 'esbuild';

/** The esbuild options of dist/'s two builds (the Action; `cli`: the npm package's CLI, library and preset), writing into `outdir`. */
export function bundles(outdir: string): Record<'action' | 'cli', BuildOptions>;
