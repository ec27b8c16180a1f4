import {defineConfig} from 'vitest/config'

// `npm run test:pack`: the tarball installed into an empty folder (slow: npm install).
export default defineConfig({
  test: {
    include: ['test/pack/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
})
