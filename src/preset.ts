import type { Preset } from 'unified';
import { offlineRules } from './rules/index.js';

/** `remark --use paperlint/preset`: the offline rules as remark-lint plugins. */
const preset: Preset = { plugins: offlineRules.map((rule) => rule.plugin) };

export default preset;
