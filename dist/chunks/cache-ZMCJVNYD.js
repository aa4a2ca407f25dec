import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  CACHE_VERSION,
  TTL,
  VerdictCache,
  emptyCache,
  loadCache,
  parseCache,
  saveCache,
  serializeCache
} from "./chunk-N7IEFHF4.js";
import "./chunk-TMKY6SYQ.js";
import "./chunk-6KEFYCYW.js";
export {
  CACHE_VERSION,
  TTL,
  VerdictCache,
  emptyCache,
  loadCache,
  parseCache,
  saveCache,
  serializeCache
};
