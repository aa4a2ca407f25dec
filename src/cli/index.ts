import { runCli } from './main.js';

// The bin: everything lives in runCli so that tests run the same code in-process.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
