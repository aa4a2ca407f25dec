/** A problem with the input itself (missing, unreadable or binary file): the CLI exits 2 on it. */
export declare class InputError extends Error {
    name: string;
}
