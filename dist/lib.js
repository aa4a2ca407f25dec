import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  applyFixes,
  fixText,
  formatReport
} from "./chunks/chunk-DFCTN5XZ.js";
import {
  buildPaperList,
  lint,
  lintText,
  offlineRules,
  parseMarkdown
} from "./chunks/chunk-XEMZG23Y.js";
import {
  VERSION
} from "./chunks/chunk-EIDJZDLC.js";
import "./chunks/chunk-VJ2YKYWV.js";
import "./chunks/chunk-2B4IKTUP.js";
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
