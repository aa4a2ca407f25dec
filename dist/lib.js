import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  applyFixes,
  fixText,
  formatReport
} from "./chunks/chunk-7UCGN5LA.js";
import {
  buildPaperList,
  lint,
  lintText,
  offlineRules,
  parseMarkdown
} from "./chunks/chunk-TVFZ2UHR.js";
import {
  VERSION
} from "./chunks/chunk-4ISDXJS5.js";
import "./chunks/chunk-IWSU2OEW.js";
import "./chunks/chunk-BIKLHWNS.js";
import {
  InputError
} from "./chunks/chunk-TMKY6SYQ.js";
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
