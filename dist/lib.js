import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  applyFixes,
  fixText,
  formatReport
} from "./chunks/chunk-HBMZB6H6.js";
import {
  InputError,
  VERSION,
  buildPaperList,
  lint,
  lintText,
  offlineRules,
  parseMarkdown
} from "./chunks/chunk-L2AONI6R.js";
import "./chunks/chunk-EBGZLAJG.js";
import "./chunks/chunk-24NMUIOJ.js";
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
