import type { BuildOptions } from 'esbuild';

/** The esbuild options of dist/'s three builds, writing into `outdir`. */
export function bundles(outdir: string): Record<'action' | 'cli' | 'library', BuildOptions>;
