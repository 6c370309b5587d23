import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { testEnv } from "./tests/support/env.js";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/worker/**", "node_modules/**"],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        plugins: [
          cloudflareTest(({ inject }) => ({
            main: "./api/worker.ts",
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              // The contract environment, pointing at the Node-side services; TEST_* are for the tests' own inspection.
              bindings: {
                ...testEnv({ upstashUrl: inject("upstashUrl"), upstashToken: inject("upstashToken"), telegramUrl: inject("telegramUrl") }),
                TEST_TELEGRAM_URL: inject("telegramUrl"),
              },
            },
          })),
        ],
        // wrangler aliases node-fetch (Telegraf's HTTP client) to a shim over global fetch when it bundles; do the same here.
        resolve: { alias: { "node-fetch": fileURLToPath(import.meta.resolve("unenv/npm/node-fetch")) } },
        test: {
          name: "workerd",
          // Pre-bundle Telegraf (CommonJS) so the node-fetch alias above applies inside it.
          deps: { optimizer: { ssr: { enabled: true, include: ["telegraf"], rolldownOptions: { platform: "node", external: [/^node:/, ...builtinModules] } } } },
          include: ["tests/worker/**/*.test.ts"],
          globalSetup: ["tests/support/global-services.ts"],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
