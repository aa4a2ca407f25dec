import type { Preset } from 'unified';
/** `remark --use paperlint/preset`: paperlint's offline rules as one remark-lint plugin. */
declare const preset: Preset;
export default preset;
