import pLimit, { type LimitFunction } from 'p-limit';
import { sleep } from './registry-http.js';
import type { HostLimit } from './types.js';

export interface SchedulerOptions {
  /** Requests in flight across all hosts. */
  concurrency: number;
  /** Requests in flight to one host. */
  hostConcurrency: number;
  /** Minimum gap in ms between the starts of two requests to one host. */
  hostInterval: number;
  /** Per host name (lower-case, without port): its own concurrency or gap instead of the two above. */
  hostLimits?: Record<string, HostLimit>;
}

/**
 * Runs one request at a time per call, within the global and the per-host limits. When `skip` answers
 * (a host already known to be down), that answer stands in for the task, which then takes no gap and no
 * global slot.
 */
export type Schedule = <T>(host: string, task: () => Promise<T>, skip?: () => T | undefined) => Promise<T>;

interface HostState {
  limit: LimitFunction;
  interval: number;
  nextStart: number;
}

/** `example.org:8080` → `example.org`; `[::1]:80` → `[::1]` (as `URL.hostname` spells it). */
function hostnameOf(host: string): string {
  return host.replace(/:\d+$/, '');
}

/**
 * A task takes its host slot before a global slot, so tasks queued behind a busy host never hold
 * global slots that other hosts could use.
 */
export function createScheduler(options: SchedulerOptions): Schedule {
  const global = pLimit(options.concurrency);
  const hosts = new Map<string, HostState>();

  function stateOf(host: string): HostState {
    let state = hosts.get(host);
    if (!state) {
      const own = options.hostLimits?.[hostnameOf(host)];
      state = {
        limit: pLimit(Math.max(1, own?.concurrency ?? options.hostConcurrency)),
        interval: own?.interval ?? options.hostInterval,
        nextStart: 0,
      };
      hosts.set(host, state);
    }
    return state;
  }

  return (host, task, skip) => {
    const state = stateOf(host);
    return state.limit(async () => {
      const skipped = skip?.();
      if (skipped !== undefined) return skipped;
      if (state.interval > 0) {
        // Reserve the next start time before sleeping so that concurrent holders space out.
        const now = Date.now();
        const start = Math.max(now, state.nextStart);
        state.nextStart = start + state.interval;
        if (start > now) await sleep(start - now);
      }
      // The host may have failed while this task waited for its turn.
      return global(async () => skip?.() ?? task());
    });
  };
}
