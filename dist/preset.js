import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  configFinder,
  displayPath,
  lintText
} from "./chunks/chunk-QNRGN5XA.js";
import {
  ruleDocsUrl
} from "./chunks/chunk-TTYYJSXJ.js";
import "./chunks/chunk-WVENC6IR.js";
import "./chunks/chunk-PGK4MRKM.js";
import "./chunks/chunk-6KEFYCYW.js";

// src/preset.ts
var FATAL = { error: true, warning: false, info: void 0 };
function remarkPaperlint() {
  const finders = /* @__PURE__ */ new Map();
  return async (_tree, file) => {
    let finder = finders.get(file.cwd);
    if (!finder) {
      finder = configFinder({ cwd: file.cwd });
      finders.set(file.cwd, finder);
    }
    const config = await (file.path ? finder.forFile(file.path) : finder.forFolder(file.cwd));
    const shown = file.path ? displayPath(file.path, file.cwd) : "<stdin>";
    for (const finding of lintText(String(file.value ?? ""), shown, { cwd: file.cwd, config }).findings) {
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
