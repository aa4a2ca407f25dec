#!/usr/bin/env node
import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  defaultFile,
  isGlob
} from "./chunks/chunk-AFFEKCJJ.js";
import "./chunks/chunk-6KEFYCYW.js";

// src/cli/index.ts
import { fileURLToPath } from "node:url";

// src/cli/respawn.ts
var FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"];
function killedMessage(signal) {
  const why = signal === "SIGKILL" ? " (out of memory?)" : "";
  return `paperlint: the linting process was killed by ${signal}${why}
`;
}
function followChild(child) {
  let forwarded;
  for (const signal of FORWARDED) {
    process.on(signal, () => {
      forwarded = signal;
      child.kill(signal);
    });
  }
  child.on("error", (error) => {
    process.stderr.write(`paperlint: cannot start node: ${error.message}
`);
    process.exitCode = 2;
  });
  child.on("exit", (code, signal) => {
    if (signal && signal === forwarded) {
      for (const name of FORWARDED) process.removeAllListeners(name);
      process.kill(process.pid, signal);
      return;
    }
    if (signal) process.stderr.write(killedMessage(signal));
    process.exitCode = code ?? 2;
  });
}
function watchParent() {
  const parent = process.ppid;
  process.channel?.unref();
  process.on("disconnect", () => process.exit(2));
  return () => !process.connected || process.ppid !== parent;
}

// src/cli/young-generation.ts
import { stat } from "node:fs/promises";
var YOUNG_GENERATION = "--max-semi-space-size=16";
var WORTH_A_RESTART_BYTES = 1e6;
async function fileSize(file) {
  try {
    const info = await stat(file);
    return info.isFile() ? info.size : info.isDirectory() ? Number.POSITIVE_INFINITY : void 0;
  } catch {
    return void 0;
  }
}
async function youngGenerationPays(argv2, env) {
  const named = argv2.filter((argument) => !argument.startsWith("-"));
  if (named.some(isGlob)) return true;
  const sizes = (await Promise.all(named.map(fileSize))).filter((size) => size !== void 0);
  const bytes = sizes.length > 0 ? sizes.reduce((sum, size) => sum + size, 0) : await fileSize(defaultFile(env)) ?? 0;
  return bytes >= WORTH_A_RESTART_BYTES;
}

// src/cli/index.ts
var argv = process.argv.slice(2);
var flagged = process.execArgv.some((flag) => flag.startsWith("--max-semi-space-size"));
if (flagged || !await youngGenerationPays(argv, process.env)) {
  const { runCli } = await import("./chunks/main-Z2DL7U3Y.js");
  process.exitCode = await runCli(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    // Started by the bin's own re-run (with an IPC channel): it lives only as long as its parent.
    abandoned: process.send ? watchParent() : void 0
  });
} else {
  const { spawn } = await import("node:child_process");
  const script = fileURLToPath(import.meta.url);
  followChild(
    spawn(process.execPath, [...process.execArgv, YOUNG_GENERATION, script, ...argv], {
      stdio: ["inherit", "inherit", "inherit", "ipc"]
    })
  );
}
