/**
 * A configuration problem. The message is `<file>: <problem>` on one line; the CLI prints it after
 * `paperlint: ` on stderr and exits with code 2.
 */
export declare class ConfigError extends Error {
    /** The configuration file as the user knows it (relative to the working folder when found there). */
    readonly file: string;
    /** What is wrong, without the file name. */
    readonly problem: string;
    name: string;
    constructor(
    /** The configuration file as the user knows it (relative to the working folder when found there). */
    file: string, 
    /** What is wrong, without the file name. */
    problem: string);
}
