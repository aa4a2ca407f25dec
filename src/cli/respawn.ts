/**
 * The bin re-runs node for big lists (see young-generation.ts); the two processes live and die together.
 * The parent forwards the signals a user or a CI runner sends and ends as the child ended; the child has an
 * IPC channel to the parent and stops when it closes (the parent was killed, even by SIGKILL), and checks that
 * its parent is still there just before it writes a file.
 */
import type { ChildProcess } from 'node:child_process';

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** One line for a child that a signal ended (the parent did not forward it: the OOM killer, a `kill`). */
export function killedMessage(signal: NodeJS.Signals): string {
  const why = signal === 'SIGKILL' ? ' (out of memory?)' : '';
  return `paperlint: the linting process was killed by ${signal}${why}\n`;
}

/** Runs the child to its end in this process's place: signals go to it, and this process ends as it ended. */
export function followChild(child: ChildProcess): void {
  let forwarded: NodeJS.Signals | undefined;
  for (const signal of FORWARDED) {
    process.on(signal, () => {
      forwarded = signal;
      child.kill(signal);
    });
  }
  child.on('error', (error) => {
    process.stderr.write(`paperlint: cannot start node: ${error.message}\n`);
    process.exitCode = 2;
  });
  child.on('exit', (code, signal) => {
    if (signal && signal === forwarded) {
      // Ends the way the child did, so that a shell or a runner sees the interruption.
      for (const name of FORWARDED) process.removeAllListeners(name);
      process.kill(process.pid, signal);
      return;
    }
    if (signal) process.stderr.write(killedMessage(signal));
    process.exitCode = code ?? 2;
  });
}

/**
 * In the child: when the IPC channel to the parent closes, the parent is gone and the run stops. Returns
 * whether the parent is gone, for a check just before a file is written (the channel's close event may
 * still be queued then).
 */
export function watchParent(): () => boolean {
  const parent = process.ppid;
  process.channel?.unref();
  process.on('disconnect', () => process.exit(2));
  return () => !process.connected || process.ppid !== parent;
}
