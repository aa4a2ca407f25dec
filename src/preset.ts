import type { Preset } from 'unified';
import type { VFile } from 'vfile';
import { offlineRules } from './rules/index.js';
import type { MessageData } from './rules/rule.js';

/**
 * unified-lint-rule gives every message of a rule one severity; paperlint's rules know better per finding
 * (a 404-ing arXiv link is an error, an `http:` one a warning). This last plugin restores that in remark.
 */
function remarkPaperlintSeverity() {
  return (_tree: unknown, file: VFile) => {
    for (const message of file.messages) {
      const finding = (message as unknown as Partial<MessageData>).paperlint;
      if (finding && message.fatal === false)
        message.fatal = finding.severity === 'info' ? undefined : finding.severity === 'error';
    }
  };
}

/** `remark --use paperlint/preset`: the offline rules as remark-lint plugins. */
const preset: Preset = { plugins: [...offlineRules.map((rule) => rule.plugin), remarkPaperlintSeverity] };

export default preset;
