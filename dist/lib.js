import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  applyFixes,
  fixText,
  formatReport
} from "./chunks/chunk-I3NQBW4V.js";
import {
  buildPaperList,
  lint,
  lintText,
  offlineRules,
  parseMarkdown
} from "./chunks/chunk-4E4GOO5D.js";
import {
  VERSION
} from "./chunks/chunk-EPXJ3V72.js";
import "./chunks/chunk-D4ORJQXV.js";
import "./chunks/chunk-OMXQINMO.js";
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
