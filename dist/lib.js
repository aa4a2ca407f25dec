import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  applyFixes,
  fixText,
  formatReport
<<<<<<< HEAD
} from "./chunks/chunk-HBMZB6H6.js";
=======
} from "./chunks/chunk-W22DWLXM.js";
>>>>>>> ce5c426 (Rebuild dist/: the entry model reads a heading per paper, a bold title over fields, HTML tables and lists, citations with authors first and reference lines; conflicting-link in one entry, arxiv-date's doubt and exact-month info, renamed titles, one finding per defect, entry-order by arXiv month)
import {
  InputError,
  VERSION,
  buildPaperList,
  lint,
  lintText,
  offlineRules,
  parseMarkdown
<<<<<<< HEAD
} from "./chunks/chunk-L2AONI6R.js";
import "./chunks/chunk-EBGZLAJG.js";
import "./chunks/chunk-24NMUIOJ.js";
import "./chunks/chunk-PGK4MRKM.js";
=======
} from "./chunks/chunk-I2SRQW6N.js";
import "./chunks/chunk-XINVSEMX.js";
import "./chunks/chunk-E5KCZIMG.js";
import "./chunks/chunk-BIKLHWNS.js";
>>>>>>> ce5c426 (Rebuild dist/: the entry model reads a heading per paper, a bold title over fields, HTML tables and lists, citations with authors first and reference lines; conflicting-link in one entry, arxiv-date's doubt and exact-month info, renamed titles, one finding per defect, entry-order by arXiv month)
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
