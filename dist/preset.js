import {
  offlineRules
} from "./chunks/chunk-Z6D57FEH.js";
import "./chunks/chunk-HKNDKFV7.js";
import "./chunks/chunk-AOESDYWF.js";
import "./chunks/chunk-RPG5BQVK.js";

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
