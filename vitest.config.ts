import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Only warnings and errors from the main-process logger while tests run.
    env: { CONNECTOR_STUDIO_LOG_LEVEL: 'warn' },
  },
});
