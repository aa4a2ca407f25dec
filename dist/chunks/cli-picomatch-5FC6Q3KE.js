import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./cli-chunk-RS7P2OMJ.js";
import "./cli-chunk-JXABU22G.js";
export default require_picomatch();
