/**
 * The system under test, in its own process so its CPU is its own:
 * `node --import tsx bench/sut.ts ours|baseline` (forked with IPC by
 * scripts/bench.ts). Reads the contract environment from process.env,
 * serves on 127.0.0.1 (free port, sent to the parent), and measures:
 *
 * - CPU per update: process.cpuUsage() around the app's fetch handler
 *   (meaningful at concurrency 1, where nothing else runs in between);
 * - process CPU over a phase (HTTP parsing, GC and all), for updates per CPU-second;
 * - a V8 CPU profile of a phase (node:inspector, the profiler behind --cpu-prof,
 *   started and stopped around the measured phase so startup and tsx are left out).
 *
 * Control routes live under /__bench and are answered outside the app.
 */
import { serve } from "@hono/node-server";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { createApp } from "../api/app.js";
import { createContainer } from "../api/container.js";
import { parseConfig } from "../api/env.js";
import { createBaselineApp } from "./baseline.js";

const which = process.argv[2];
if (which !== "ours" && which !== "baseline") throw new Error("usage: sut.ts ours|baseline");

const env = process.env as Record<string, string>;
const app =
  which === "ours"
    ? createApp(createContainer(parseConfig(env)))
    : createBaselineApp({ token: env.BASELINE_BOT_TOKEN!, apiRoot: env.TELEGRAM_API_ROOT!, secret: env.TELEGRAM_WEBHOOK_SECRET!, upstashUrl: env.UPSTASH_REDIS_REST_URL!, upstashToken: env.UPSTASH_REDIS_REST_TOKEN! });

let samples: number[] = [];
let phaseStart = process.cpuUsage();
let phaseWall = performance.now();
const inspector = new Session();
inspector.connect();

async function control(url: URL): Promise<Response> {
  switch (url.pathname) {
    case "/__bench/reset":
      samples = [];
      phaseStart = process.cpuUsage();
      phaseWall = performance.now();
      return Response.json({ ok: true });
    case "/__bench/read": {
      const cpu = process.cpuUsage(phaseStart);
      return Response.json({ samplesUs: samples, processCpuUs: cpu.user + cpu.system, wallMs: performance.now() - phaseWall, rssBytes: process.memoryUsage().rss });
    }
    case "/__bench/profile/start":
      await inspector.post("Profiler.enable");
      await inspector.post("Profiler.setSamplingInterval", { interval: 200 });
      await inspector.post("Profiler.start");
      return Response.json({ ok: true });
    case "/__bench/profile/stop": {
      const { profile } = await inspector.post("Profiler.stop");
      writeFileSync(url.searchParams.get("to")!, JSON.stringify(profile));
      return Response.json({ ok: true });
    }
    case "/__bench/exit":
      setTimeout(() => process.exit(0), 10);
      return Response.json({ ok: true });
    default:
      return new Response("not found", { status: 404 });
  }
}

const server = serve({
  hostname: "127.0.0.1",
  port: 0,
  fetch: async (req: Request) => {
    const url = new URL(req.url);
    if (url.pathname.startsWith("/__bench/")) return control(url);
    const c0 = process.cpuUsage();
    const res = await app.fetch(req);
    const d = process.cpuUsage(c0);
    samples.push(d.user + d.system);
    return res;
  },
}, (info) => process.send?.({ port: info.port }));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
