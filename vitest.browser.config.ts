import {defineConfig} from 'vitest/config'

// `npm run test:browser`: the HTML report in headless Chromium (needs /usr/bin/chromium).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
})
