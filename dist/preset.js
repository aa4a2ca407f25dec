import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  configFinder,
  displayPath,
  lintText,
  repositoryLookup
} from "./chunks/chunk-XEMZG23Y.js";
import "./chunks/chunk-EIDJZDLC.js";
import {
  ruleDocsUrl
} from "./chunks/chunk-VJ2YKYWV.js";
import "./chunks/chunk-2B4IKTUP.js";
import "./chunks/chunk-TMKY6SYQ.js";
import "./chunks/chunk-6KEFYCYW.js";

// src/preset.ts
var FATAL = { error: true, warning: false, info: void 0 };
function remarkPaperlint() {
  const finders = /* @__PURE__ */ new Map();
  const repository = repositoryLookup();
  return async (_tree, file) => {
    let finder = finders.get(file.cwd);
    if (!finder) {
      finder = configFinder({ cwd: file.cwd });
      finders.set(file.cwd, finder);
    }
    const config = await (file.path ? finder.forFile(file.path) : finder.forFolder(file.cwd));
    const shown = file.path ? displayPath(file.path, file.cwd) : "<stdin>";
    for (const finding of lintText(String(file.value ?? ""), shown, { cwd: file.cwd, config, repository }).findings) {
      const message = file.message(finding.message, {
        place: {
          start: { line: finding.line, column: finding.column },
          end: { line: finding.endLine, column: finding.endColumn }
        },
        ruleId: finding.rule,
        source: "paperlint"
      });
      message.fatal = FATAL[finding.severity];
      message.url = ruleDocsUrl(finding.rule);
      if (finding.fix) message.expected = [finding.fix.replacement];
    }
  };
}
var preset = { plugins: [remarkPaperlint] };
var preset_default = preset;
export {
  preset_default as default
};
