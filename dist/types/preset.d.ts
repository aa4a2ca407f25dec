import type { Preset } from 'unified';
/** `remark --use paperlint/preset`: the offline rules as remark-lint plugins. */
declare const preset: Preset;
export default preset;
