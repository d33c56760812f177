import { defineConfig } from "vitest/config";

// End-to-end tests of the widget in headless Chromium against `wrangler dev`:
//   npx vitest run --config vitest.browser.config.ts
// Needs Debian's chromium at /usr/bin/chromium (or CHROMIUM_PATH). Kept out of the default run.
export default defineConfig({
  test: {
    name: "browser",
    include: ["test/browser/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
