import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import { createContainer } from "./container.js";
import { runSweep } from "./cron.js";
import { ConfigError, parseConfig, type Config } from "./env.js";
import { errorLine } from "./log.js";

/** How often the Node server runs the stale-item sweep when asked to (the Worker's cron runs every 15 minutes). */
export const SWEEP_EVERY_MS = 15 * 60_000;

/** Options of the Node server. */
export interface NodeServerOptions {
  /** Run the stale-item sweep on a timer this often (ms). Off unless given, so tests decide when a sweep runs. */
  sweepEveryMs?: number;
}

/** Starts the app under Node on `port`; resolves once listening. */
export async function startNodeServer(config: Config, port: number, hostname = "0.0.0.0", options: NodeServerOptions = {}): Promise<{ port: number; close(): Promise<void> }> {
  const container = createContainer(config);
  const app = createApp(container);
  let timer: ReturnType<typeof setInterval> | undefined;
  if (options.sweepEveryMs) {
    let running = false;
    timer = setInterval(() => {
      // One sweep at a time: a slow run is not overlapped by the next tick.
      if (running) return;
      running = true;
      runSweep(container, Date.now())
        .catch((error: unknown) => container.log("sweep-failed", { error: errorLine(error) }))
        .finally(() => (running = false));
    }, options.sweepEveryMs);
    timer.unref?.();
  }
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
      resolve({
        port: info.port,
        close: () => {
          if (timer) clearInterval(timer);
          return new Promise<void>((done) => server.close(() => done()));
        },
      });
    });
  });
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 8787);
  const server = await startNodeServer(config, port, "0.0.0.0", { sweepEveryMs: SWEEP_EVERY_MS });
  console.log(`yunyang-opinion-bots listening on http://localhost:${server.port}`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) void main();
