import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  require_undici
} from "./cli-chunk-KFOYTLJ4.js";
import "./cli-chunk-JXABU22G.js";
export default require_undici();
