import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  applyFixes,
  fixText,
  formatReport
} from "./chunks/chunk-UFL4VKD7.js";
import {
  InputError,
  VERSION,
  buildPaperList,
  lint,
  lintText,
  offlineRules,
  parseMarkdown
} from "./chunks/chunk-QNRGN5XA.js";
import "./chunks/chunk-TTYYJSXJ.js";
import "./chunks/chunk-WVENC6IR.js";
import "./chunks/chunk-PGK4MRKM.js";
import "./chunks/chunk-6KEFYCYW.js";
export {
  InputError,
  VERSION,
  applyFixes,
  buildPaperList,
  fixText,
  formatReport,
  lint,
  lintText,
  offlineRules,
  parseMarkdown
};
