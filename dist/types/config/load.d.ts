import type { ConfigFile } from './validate.js';
/** A loaded configuration: the file's settings plus where they came from. */
export interface Config extends ConfigFile {
    /** The file the settings came from (absolute); absent when no configuration file was found. */
    file?: string;
}
/**
 * Finds and validates the configuration: `configPath` when given (relative to `cwd`), otherwise the
 * first of CONFIG_FILES in `cwd`. No file at all gives the empty configuration (every rule's default).
 */
export declare function loadConfig({ cwd, configPath }: {
    cwd: string;
    configPath?: string;
}): Promise<Config>;
