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
} from "./chunk-GWAXZM3U.js";
import "./chunk-MFYRXGLC.js";
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
