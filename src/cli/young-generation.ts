/**
 * Parsing a big list allocates heavily; with V8's default young generation, garbage collection takes a
 * fifth of the run (20,000 entries: ~10 s → ~8 s with it). The flag only works at start-up, so the bin
 * runs itself once more with it, and the bench measures under it too.
 */
export const YOUNG_GENERATION = '--max-semi-space-size=64';
