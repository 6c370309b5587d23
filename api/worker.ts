import type { Hono } from "hono";
import { createApp } from "./app.js";
import { createContainer, type Container } from "./container.js";
import { runSweep } from "./cron.js";
import { ConfigError, parseConfig } from "./env.js";
import { errorLine } from "./log.js";

/** One container and app per isolate, keyed by the env object Workers hands us (it is stable within an isolate). */
const instances = new WeakMap<object, { container: Container; app: Hono }>();

function instanceFor(env: Record<string, unknown>): { container: Container; app: Hono } {
  let instance = instances.get(env);
  if (!instance) {
    const container = createContainer(parseConfig(env));
    instance = { container, app: createApp(container) };
    instances.set(env, instance);
  }
  return instance;
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
      app = instanceFor(env).app;
    } catch (error) {
      return configFailure(error);
    }
    return app.fetch(request, env, ctx);
  },

  /** The stale-item sweep (cron trigger in wrangler.toml). A failure is logged; the next run tries again. */
  scheduled(controller: ScheduledController, env: Record<string, unknown>, ctx: ExecutionContext): void {
    let container: Container;
    try {
      container = instanceFor(env).container;
    } catch (error) {
      configFailure(error);
      return;
    }
    ctx.waitUntil(
      runSweep(container, controller.scheduledTime || Date.now()).catch((error: unknown) => {
        container.log("sweep-failed", { error: errorLine(error) });
      }),
    );
  },
} satisfies ExportedHandler<Record<string, unknown>>;
