/**
 * What `zod` resolves to in the Worker build (wrangler.toml `[alias]`): zod's
 * classic API unchanged, minus its ~40 locale modules.
 *
 * Why: whoever writes `import { z } from "zod"` and passes `z` somewhere
 * (e.g. @hono/zod-openapi's `extendZodWithOpenApi(z)`) makes the bundler keep
 * the whole namespace, and with it `locales` and `core.locales`: every
 * language zod ships (~39 KiB gzip). zod itself only uses English
 * (`config(en())` when it loads), which stays. The namespaces are shadowed in
 * api/zod-lean-classic.ts; this file gives `z` and the default export the
 * same shape zod's own index has. Only the wrangler build uses it; Node and
 * the tests import zod itself.
 */
import * as z from "./zod-lean-classic.js";

export * from "./zod-lean-classic.js";
export { z, z as default };
