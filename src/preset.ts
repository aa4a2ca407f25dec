import type { Root } from 'mdast';
import type { Preset } from 'unified';
import type { VFile } from 'vfile';
import { type ConfigFinder, configFinder } from './config/index.js';
import { ruleDocsUrl } from './config/rule-ids.js';
import { displayPath, lintText } from './lint.js';
import { repositoryLookup } from './repository.js';
import type { Severity } from './types.js';

/** remark's severities: `fatal: true` is an error, `false` a warning, `undefined` an info. */
const FATAL: Record<Severity, boolean | undefined> = { error: true, warning: false, info: undefined };

/**
 * The offline rules in remark, reporting what the CLI reports on the same file: each file's own configuration
 * (the nearest `.paperlintrc.json` …, as the CLI finds it) and repository (local-link's files), `paperlint-disable…`
 * and remark's `lint disable…` comments, and each finding's own severity, position, fix (as `expected`) and rule
 * page (as `url`). The list is read as the CLI reads it, whatever tree the other plugins share.
 */
function remarkPaperlint() {
  const finders = new Map<string, ConfigFinder>();
  const repository = repositoryLookup();
  return async (_tree: Root, file: VFile) => {
    let finder = finders.get(file.cwd);
    if (!finder) {
      finder = configFinder({ cwd: file.cwd });
      finders.set(file.cwd, finder);
    }
    const config = await (file.path ? finder.forFile(file.path) : finder.forFolder(file.cwd));
    const shown = file.path ? displayPath(file.path, file.cwd) : '<stdin>';
    for (const finding of lintText(String(file.value ?? ''), shown, { cwd: file.cwd, config, repository })
      .findings) {
      const message = file.message(finding.message, {
        place: {
          start: { line: finding.line, column: finding.column },
          end: { line: finding.endLine, column: finding.endColumn },
        },
        ruleId: finding.rule,
        source: 'paperlint',
      });
      message.fatal = FATAL[finding.severity];
      message.url = ruleDocsUrl(finding.rule);
      if (finding.fix) message.expected = [finding.fix.replacement];
    }
  };
}

/** `remark --use paperlint/preset`: paperlint's offline rules as one remark-lint plugin. */
const preset: Preset = { plugins: [remarkPaperlint] };

export default preset;
