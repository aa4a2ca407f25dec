export interface ArxivDateOptions {
    /** Whether unlabelled dates are compared: `auto` when most of the file's agree with their ids. */
    unlabelled: 'auto' | 'always' | 'never';
}
declare const _default: import("./rule.js").Rule<ArxivDateOptions>;
export default _default;
