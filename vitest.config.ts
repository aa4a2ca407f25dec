import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // vitest's default leaves one core idle: on a 2-core runner that ran every file one after another.
    maxWorkers: availableParallelism(),
  },
});
