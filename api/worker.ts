import type { Hono } from "hono";
import { createApp } from "./app.js";
import { createContainer } from "./container.js";
import { ConfigError, parseConfig } from "./env.js";

/** One app per isolate, keyed by the env object Workers hands us (it is stable within an isolate). */
const apps = new WeakMap<object, Hono>();

function appFor(env: Record<string, unknown>): Hono {
  let app = apps.get(env);
  if (!app) {
    app = createApp(createContainer(parseConfig(env)));
    apps.set(env, app);
  }
  return app;
}

function configFailure(error: unknown): Response {
  // The detail (which variable) goes to the log; the body stays safe.
  console.error(error instanceof ConfigError ? error.message : error);
  return Response.json({ ok: false, error: "service misconfigured" }, { status: 500 });
}

/** The Worker: Hono for HTTP, the same container for the cron. */
export default {
  fetch(request: Request, env: Record<string, unknown>, ctx: ExecutionContext): Response | Promise<Response> {
    let app: Hono;
    try {
      app = appFor(env);
    } catch (error) {
      return configFailure(error);
    }
    return app.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<Record<string, unknown>>;
