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
/**
 * A task takes its host slot before a global slot, so tasks queued behind a busy host never hold
 * global slots that other hosts could use.
 */
export declare function createScheduler(options: SchedulerOptions): Schedule;
