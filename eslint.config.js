// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Packages the domain must never import: handlers/ stays framework-free. */
const infrastructure = ["grammy", "grammy/*", "@grammyjs/*", "telegraf", "telegraf/*", "hono", "hono/*", "@hono/*", "@upstash/*", "openai", "openai/*"];

export default tseslint.config(
  { ignores: ["node_modules/", ".wrangler/", "dist/", "locales/bundle.gen.ts", "bench-results/", ".tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // `import { z } from "zod"` pulls every zod locale into the Worker (~67 KiB gzip more than the namespace import).
    files: ["api/**/*.ts", "api/**/*.tsx", "bots/**/*.ts", "handlers/**/*.ts", "locales/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", { selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier[imported.name='z']", message: "Use `import * as z from \"zod\"` (keeps zod's locales out of the Worker bundle)." }] },
  },
  {
    files: ["handlers/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: infrastructure, message: "handlers/ is the domain: no grammY, Telegraf, Hono, Upstash or OpenAI here." }, { group: ["../bots/*", "../api/*", "../../bots/*", "../../api/*", "../../../api/*", "../../../bots/*"], message: "handlers/ must not depend on adapters." }] }],
    },
  },
  {
    files: ["bots/resident/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["**/bots/staff/**", "../staff/*", "telegraf", "telegraf/*"], message: "The resident bot never imports the staff bot." }] }] },
  },
  {
    files: ["bots/staff/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["**/bots/resident/**", "../resident/*", "grammy", "grammy/*"], message: "The staff bot never imports the resident bot." }] }] },
  },
);
