/**
 * zod's classic API with lean `locales` and `core` (see api/zod-lean.ts). A
 * module's own exports win over its `export *` names, so these replace
 * zod's namespaces of every locale. `z` is shadowed too: "zod/v4" exports
 * zod's full namespace under that name, which would bring the locales back.
 */
import en from "zod/v4/locales/en.js";

export * from "zod/v4";
export * as core from "./zod-lean-core.js";
/** English only: the one locale zod configures itself with. */
export const locales = { en };
/** Not zod's namespace (api/zod-lean.ts exports the lean one as `z`). */
export const z = undefined;
