import {availableParallelism} from 'node:os'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Metric tables compare by their nodes, not their storage (helpers/setup.ts).
    setupFiles: ['test/helpers/setup.ts'],
    // The tarball and browser tests install or launch things: `npm run test:pack`, `npm run test:browser`.
    exclude: ['test/pack/**', 'test/browser/**', 'node_modules/**'],
    // Child processes, not worker threads: sizeup() runs a command from another
    // working directory with process.chdir, which worker threads refuse.
    pool: 'forks',
    // The files of a worker share their loaded modules instead of importing the
    // whole pipeline again per file (that was most of the run's "collect" time).
    // Safe: src keeps no state between runs (each render has its own Handlebars),
    // and a test that changes the process (cwd, FileHandle#writeFile) puts it back.
    isolate: false,
    // Tests run commands in-process now, so the workers are the CPU work: use every
    // core (vitest leaves one to its main process by default: one worker on two).
    maxWorkers: availableParallelism(),
    // A busy machine makes tests slower, never wrong: no assertion is timed, so
    // these only end a test that hangs. Vitest's worker RPC has a fixed 60 s
    // timeout ("Timeout calling onTaskUpdate") that no option reaches; what keeps
    // it quiet is that no test blocks its worker (helpers/binary.ts spawns
    // asynchronously; the fuzzer yields).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
    // A dot per test and the summary; failures in full.
    reporters: ['dot'],
  },
})
