import {
  offlineRules
} from "./chunks/chunk-A4LDYOCM.js";

// src/preset.ts
function remarkPaperlintSeverity() {
  return (_tree, file) => {
    for (const message of file.messages) {
      const finding = message.paperlint;
      if (finding && message.fatal === false)
        message.fatal = finding.severity === "info" ? void 0 : finding.severity === "error";
    }
  };
}
var preset = { plugins: [...offlineRules.map((rule) => rule.plugin), remarkPaperlintSeverity] };
var preset_default = preset;
export {
  preset_default as default
};
