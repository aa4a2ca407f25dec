import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  applyFixes,
  fixText,
  formatReport
} from "./chunks/chunk-DBVOBFAQ.js";
import {
  InputError,
  VERSION,
  buildPaperList,
  lint,
  lintText,
  offlineRules,
  parseMarkdown
} from "./chunks/chunk-44FDGZWN.js";
import "./chunks/chunk-3QTASFB7.js";
import "./chunks/chunk-VCMFX27R.js";
import "./chunks/chunk-BIKLHWNS.js";
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
