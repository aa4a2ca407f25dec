import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  applyFixes,
  fixText,
  formatReport
} from "./chunks/chunk-MKTT3AR6.js";
import {
  VERSION,
  buildPaperList,
  lint,
  lintText,
  offlineRules,
  parseMarkdown
} from "./chunks/chunk-3V4L6USA.js";
import "./chunks/chunk-DCZ765VM.js";
import "./chunks/chunk-ISMQGYTO.js";
import "./chunks/chunk-BIKLHWNS.js";
import {
  InputError
} from "./chunks/chunk-MFYRXGLC.js";
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
