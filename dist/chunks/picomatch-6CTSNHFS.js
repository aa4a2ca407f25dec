import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-F75E7DCF.js";
import "./chunk-6KEFYCYW.js";
export default require_picomatch();
