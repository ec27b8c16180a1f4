import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The tarball and browser tests install or launch things: `npm run test:pack`, `npm run test:browser`.
    exclude: ['test/pack/**', 'test/browser/**', 'node_modules/**'],
    // CLI tests spawn node; two cores, so keep the pool small and the timeout generous.
    testTimeout: 20_000,
    pool: 'forks',
  },
})
