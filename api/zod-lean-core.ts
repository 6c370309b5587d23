/**
 * zod's `core` namespace without `core.locales` (api/zod-lean-classic.ts
 * re-exports this as `core` in the Worker build; see api/zod-lean.ts).
 */
import en from "zod/v4/locales/en.js";

export * from "zod/v4/core";
/** English only, as in api/zod-lean-classic.ts. */
export const locales = { en };
