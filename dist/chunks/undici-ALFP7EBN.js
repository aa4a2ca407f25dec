import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  require_undici
} from "./chunk-VAPJLRFQ.js";
import "./chunk-6KEFYCYW.js";
export default require_undici();
