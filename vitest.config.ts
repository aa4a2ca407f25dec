import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    // Tests run the dependencies' production builds, as the CLI and the bench do. The development builds that
    // vitest picks by default are a third slower (micromark's assertions) and some throw where production reads
    // on (remark-gfm on '-\n[x] a'). vitest adds its own default conditions after the configured ones, hence a hook.
    {
      name: 'production-builds',
      configResolved(config) {
        const conditions = config.ssr.resolve?.conditions as string[] | undefined;
        const production = conditions?.filter((condition) => !condition.startsWith('development'));
        if (conditions && production) conditions.splice(0, conditions.length, ...production);
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // vitest's default leaves one core idle: on a 2-core runner that ran every file one after another.
    maxWorkers: availableParallelism(),
    // The files of one worker share its modules instead of importing remark, undici and src/ again for each
    // of the 115 files: a full run took 225 s of CPU time, 139 s without (both measured on a loaded machine).
    // A file that mocks a module (vi.doMock) must restore it before it ends, as test/parse/document.test.ts does;
    // one that changes process state (env, exit code, stdout) restores it, as the Action's harness does.
    isolate: false,
  },
});
