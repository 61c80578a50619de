import { defineConfig } from "@playwright/test";

// Browser tests run in Debian's Chromium (Playwright's own download is impossible offline);
// scripts/test-e2e.ts finds it, starts the app on a seeded test database and on a generated corpus
// (two `next start` of one build) and sets these variables.
const chromium = process.env.ATLAS_CHROMIUM ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  projects: [
    // The three seed fiches: specs assert their known figures.
    {
      name: "seeds",
      testIgnore: "generated/**",
      use: { baseURL: process.env.ATLAS_BASE_URL ?? "http://127.0.0.1:3100" },
    },
    // A few hundred generated fiches (scripts/support/e2e-corpus.ts): specs derive what they expect from its database.
    {
      name: "generated",
      testDir: "tests/e2e/generated",
      use: { baseURL: process.env.ATLAS_GENERATED_BASE_URL ?? "http://127.0.0.1:3102" },
    },
  ],
  use: {
    locale: "fr-FR",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
});
