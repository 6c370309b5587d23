/**
 * The whole system on this machine, offline: storage behind the local
 * Upstash REST endpoint, the Telegram emulator both bots talk to, the app
 * (under workerd when wrangler can run it here, else under Node), the seeded
 * team, and the playground page. `npm start`, `npm run demo` and the
 * playground tests all start it through {@link startPlayground}.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseConfig, type Config } from "../../api/env.js";
import { startNodeServer } from "../../api/node.js";
import { setupTelegram } from "../../api/telegram-setup.js";
import { createTranslator } from "../../locales/index.js";
import { playgroundTeam, seedMembers } from "../../scripts/seed.js";
import { startMemoryUpstash } from "../memory-store.js";
import { findRedisServerBinary, startRedisServer, type RedisServerHandle } from "../redis-server.js";
import { startTelegramEmulator, type TelegramEmulator } from "../telegram-emulator.js";
import { startUpstashRest, type UpstashRestHandle } from "../upstash-rest.js";
import { ADMIN_ID, RESIDENT_BOT, STAFF_BOT } from "./personas.js";
import { startPlaygroundServer } from "./server.js";

/** Where the storage lives: a real redis-server, or the in-memory store. */
export type StorageChoice = "auto" | "redis" | "memory";
/** Where the app runs: workerd (through wrangler) or Node. */
export type RuntimeChoice = "auto" | "node" | "workerd";

/** Options for {@link startPlayground}. */
export interface PlaygroundOptions {
  /** Port of the playground page on 127.0.0.1; 0 = free. Default 0. */
  port?: number;
  /** Default "auto": redis-server when one is on the PATH. */
  storage?: StorageChoice;
  /** Default "auto": workerd when it starts and answers /healthz in time, else Node. */
  runtime?: RuntimeChoice;
  /** How long to wait for workerd before falling back to Node. Default 25 s. */
  workerdTimeoutMs?: number;
  /** DEFAULT_LOCALE of the app. Default zh-CN. */
  defaultLocale?: string;
  /** Progress lines (the one-line notices). Default: none. */
  log?: (line: string) => void;
}

/** A running playground. */
export interface Playground {
  /** The one URL to open: the playground page. */
  url: string;
  /** The app itself (webhooks, /api/v1, /healthz). */
  appUrl: string;
  /** Bearer token of the app's REST API. */
  apiToken: string;
  emulator: TelegramEmulator;
  storage: { kind: "redis" | "memory"; notice: string };
  runtime: { kind: "node" | "workerd"; notice: string };
  /** GET on the app's REST API with the token (path after /api/v1). */
  api<T = unknown>(path: string): Promise<{ status: number; body: T }>;
  stop(): Promise<void>;
}

const root = fileURLToPath(new URL("../../", import.meta.url));
const SAMPLE_PHOTO = fileURLToPath(new URL("./static/sample-photo.svg", import.meta.url));

/** Starts everything; resolves once the page is being served and the team is seeded. */
export async function startPlayground(opts: PlaygroundOptions = {}): Promise<Playground> {
  const log = opts.log ?? (() => undefined);
  const stops: Array<() => Promise<unknown> | void> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await Promise.resolve(stop()).catch(() => undefined);
  };
  try {
    // 1. Storage, behind the same Upstash REST endpoint either way.
    const restToken = randomBytes(16).toString("hex");
    const storageChoice = opts.storage ?? "auto";
    let rest: UpstashRestHandle;
    let storage: Playground["storage"];
    const binary = storageChoice === "memory" ? null : findRedisServerBinary();
    if (storageChoice === "redis" && !binary) throw new Error("storage=redis was asked for, but no redis-server is on the PATH");
    if (binary) {
      const redis: RedisServerHandle = await startRedisServer({ binary });
      stops.push(() => redis.stop());
      rest = await startUpstashRest({ redisPort: redis.port, token: restToken });
      storage = { kind: "redis", notice: `storage: a private redis-server on 127.0.0.1:${redis.port}, behind the local Upstash REST endpoint` };
    } else {
      rest = await startMemoryUpstash({ token: restToken });
      storage = {
        kind: "memory",
        notice: storageChoice === "memory" ? "storage: the in-memory store (asked for), behind the local Upstash REST endpoint" : "storage: no redis-server on PATH, so the in-memory store behind the same Upstash REST endpoint (nothing is kept after exit)",
      };
    }
    stops.push(() => rest.close());
    log(storage.notice);

    // 2. Telegram.
    const emulator = await startTelegramEmulator({
      bots: [RESIDENT_BOT, STAFF_BOT],
      samplePhoto: { bytes: readFileSync(SAMPLE_PHOTO), mime: "image/svg+xml", width: 1280, height: 960, name: "yunyang-street.svg" },
    });
    stops.push(() => emulator.close());

    // 3. The app, with the contract environment pointing at the local services.
    const apiToken = randomBytes(16).toString("hex");
    const env: Record<string, string> = {
      RESIDENT_BOT_TOKEN: RESIDENT_BOT.token,
      STAFF_BOT_TOKEN: STAFF_BOT.token,
      RESIDENT_BOT_INFO: JSON.stringify({ ...RESIDENT_BOT.info, is_bot: true }),
      STAFF_BOT_INFO: JSON.stringify({ ...STAFF_BOT.info, is_bot: true }),
      TELEGRAM_WEBHOOK_SECRET: randomBytes(24).toString("base64url"),
      TELEGRAM_API_ROOT: emulator.url,
      UPSTASH_REDIS_REST_URL: rest.url,
      UPSTASH_REDIS_REST_TOKEN: restToken,
      API_TOKEN: apiToken,
      ADMIN_TELEGRAM_IDS: String(ADMIN_ID),
      DEFAULT_LOCALE: opts.defaultLocale ?? "zh-CN",
    };
    const config = parseConfig(env);
    const app = await startApp(env, config, opts.runtime ?? "auto", opts.workerdTimeoutMs ?? 25_000);
    stops.push(app.close);
    log(app.notice);

    // 4. Webhooks (with the secret) and command menus, set by the app's own setup against the emulator.
    const steps = await setupTelegram(config, app.url, createTranslator());
    const failed = steps.filter((s) => !s.ok);
    if (failed.length) throw new Error(`Telegram setup failed: ${failed.map((s) => `${s.bot} ${s.method}: ${s.description}`).join("; ")}`);

    // 5. The team.
    const seeded = await seedMembers({ url: rest.url, token: restToken, grantedBy: ADMIN_ID }, playgroundTeam());
    log(`team: admin ${ADMIN_ID}; ${seeded.join("; ")}`);

    const api: Playground["api"] = async (path) => {
      const res = await fetch(`${app.url}/api/v1${path}`, { headers: { authorization: `Bearer ${apiToken}` } });
      return { status: res.status, body: (await res.json()) as never };
    };

    // 6. The page.
    const page = await startPlaygroundServer({
      port: opts.port ?? 0,
      emulator,
      appUrl: app.url,
      apiToken,
      notices: { storage: storage.notice, runtime: app.notice, storageKind: storage.kind, runtimeKind: app.kind },
    });
    stops.push(() => page.close());

    return {
      url: page.url,
      appUrl: app.url,
      apiToken,
      emulator,
      storage,
      runtime: { kind: app.kind, notice: app.notice },
      api,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

interface RunningApp {
  kind: "node" | "workerd";
  url: string;
  notice: string;
  close(): Promise<void>;
}

async function startApp(env: Record<string, string>, config: Config, choice: RuntimeChoice, workerdTimeoutMs: number): Promise<RunningApp> {
  let why = "asked for";
  if (choice !== "node") {
    try {
      const worker = await startWorkerd(env, workerdTimeoutMs);
      return { kind: "workerd", url: worker.url, notice: "app: the Worker under workerd (wrangler, local mode, offline)", close: worker.close };
    } catch (error) {
      if (choice === "workerd") throw error;
      why = `workerd did not come up: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}`;
    }
  }
  const server = await startNodeServer(config, 0, "127.0.0.1");
  return { kind: "node", url: `http://127.0.0.1:${server.port}`, notice: `app: under Node, the same Hono app (${why})`, close: server.close };
}

/**
 * Runs api/worker.ts in workerd through wrangler's programmatic dev server,
 * local mode, no network: the vars are the bindings, the services are on
 * 127.0.0.1. Resolves once /healthz answers 200.
 */
async function startWorkerd(env: Record<string, string>, timeoutMs: number): Promise<{ url: string; close(): Promise<void> }> {
  // Offline: no Request.cf download, no telemetry.
  process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= "false";
  process.env.WRANGLER_SEND_METRICS ??= "false";
  const deadline = Date.now() + timeoutMs;
  const { unstable_startWorker } = await import("wrangler");
  const worker = await unstable_startWorker({
    config: `${root}wrangler.toml`,
    bindings: Object.fromEntries(Object.entries(env).map(([k, value]) => [k, { type: "plain_text" as const, value }])),
    sendMetrics: false,
    // The CLI derives this from compatibility_flags; the programmatic API needs it spelled out.
    build: { nodejsCompatMode: "v2" },
    triggers: [],
    dev: { remote: false, server: { hostname: "127.0.0.1", port: 0 }, inspector: false, watch: false, persist: false, logLevel: "error" },
  });
  const close = () => Promise.race([worker.dispose(), new Promise<void>((r) => setTimeout(r, 5000))]);
  try {
    await withDeadline(worker.ready, deadline, "wrangler did not get ready");
    const url = (await withDeadline(worker.url, deadline, "wrangler gave no URL")).href.replace(/\/$/, "");
    let last = "no answer";
    while (Date.now() < deadline) {
      try {
        const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(Math.max(500, Math.min(5000, deadline - Date.now()))) });
        if (res.ok) return { url, close };
        last = `/healthz answered ${res.status}`;
      } catch (e) {
        last = e instanceof Error ? e.message : String(e);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${last} within ${Math.round(timeoutMs / 1000)} s`);
  } catch (error) {
    await close();
    throw error;
  }
}

function withDeadline<T>(p: Promise<T>, deadline: number, what: string): Promise<T> {
  return Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(what)), Math.max(0, deadline - Date.now())))]);
}
