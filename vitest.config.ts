import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn node; two cores, so keep the pool small and the timeout generous.
    testTimeout: 20_000,
    pool: 'forks',
  },
})
