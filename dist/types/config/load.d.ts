import type { ConfigFile } from './validate.js';
/** A loaded configuration: the file's settings plus where they came from. */
export interface Config extends ConfigFile {
    /** The file the settings came from (absolute); absent when no configuration file was found. */
    file?: string;
}
/**
 * The configuration of each file, as ESLint and Prettier find theirs: `configPath` when given (relative to
 * `cwd`) for every file; otherwise the nearest configuration file in the file's folder or a folder above it,
 * the first of CONFIG_FILES in that folder (no merging with folders further up). No file at all gives the
 * empty configuration (every rule's default). Each folder is read once.
 */
export declare function configFinder({ cwd, configPath }: {
    cwd: string;
    configPath?: string;
}): {
    /** The configuration that applies to `file` (relative to `cwd` or absolute). */
    forFile: (file: string) => Promise<Config>;
    /** The configuration that applies to the files of `folder`. */
    forFolder: (folder: string) => Promise<Config>;
};
export type ConfigFinder = ReturnType<typeof configFinder>;
/**
 * Finds and validates the configuration of the working folder: `configPath` when given (relative to `cwd`),
 * otherwise the nearest configuration file in `cwd` or a folder above it.
 */
export declare function loadConfig({ cwd, configPath }: {
    cwd: string;
    configPath?: string;
}): Promise<Config>;
