/**
 * Fault-test support: the whole system under Node with a switchable proxy
 * between the app and the Upstash REST endpoint, so one chosen Redis request
 * can fail before it reaches Redis (nothing applied) or after (applied, but
 * the app sees a 503), beside the endpoint's own whole-outage switch.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { parseConfig } from "../../api/env.js";
import { startNodeServer } from "../../api/node.js";
import { startFakeTelegram, type FakeTelegram, type RecordedCall } from "../../dev/fake-telegram.js";
import { testEnv, TEST_SECRET } from "../support/env.js";
import { startTestUpstash, type TestUpstash } from "../support/upstash.js";

/** A planned failure of the next Redis request whose body matches. */
export interface RedisFault {
  match: (body: string) => boolean;
  /**
   * "before": answer 503 without forwarding; "after": forward (Redis applies it), then answer 503;
   * "drop": forward (Redis applies it), then reset the connection (the client retries the same request).
   */
  when: "before" | "after" | "drop";
}

/** A small HTTP proxy that can fail chosen requests. */
export interface FlakyProxy {
  url: string;
  failNext(fault: RedisFault): void;
  /** How many planned faults have fired. */
  fired: number;
  close(): Promise<void>;
}

/** Starts the proxy in front of `target`. */
export async function startFlakyProxy(target: string): Promise<FlakyProxy> {
  const planned: RedisFault[] = [];
  const state = { fired: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        const body = Buffer.concat(chunks).toString("utf8");
        const i = planned.findIndex((f) => f.match(body));
        const fault = i >= 0 ? planned.splice(i, 1)[0] : undefined;
        if (fault) state.fired++;
        if (fault?.when === "before") {
          res.writeHead(503, { "content-type": "application/json" }).end(JSON.stringify({ error: "injected fault (before)" }));
          return;
        }
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string" && k !== "host" && k !== "content-length") headers[k] = v;
        const upstream = await fetch(`${target}${req.url ?? "/"}`, { method: req.method ?? "POST", headers, ...(req.method !== "GET" && { body }) });
        const text = await upstream.text();
        if (fault?.when === "drop") {
          req.socket.destroy();
          return;
        }
        if (fault?.when === "after") {
          res.writeHead(503, { "content-type": "application/json" }).end(JSON.stringify({ error: "injected fault (after)" }));
          return;
        }
        res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" }).end(text);
      })().catch((e: unknown) => res.writeHead(502).end(String(e)));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    failNext: (f) => void planned.push(f),
    get fired() {
      return state.fired;
    },
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

/** The commit of a turn: the compare-and-set script's argument carries "checks" and "ops". */
export const isCommit = (body: string) => body.includes('\\"ops\\"');

/** The Node app, real Redis behind the REST endpoint, the proxy between them, and the fake Bot API. */
export interface FaultStack {
  url: string;
  upstash: TestUpstash;
  proxy: FlakyProxy;
  telegram: FakeTelegram;
  post(bot: "resident" | "staff", body: unknown): Promise<Response>;
  /** Bot messages to a chat (any method but answerCallbackQuery), failed attempts (method "x!429") included. */
  to(token: string, chatId: number): RecordedCall[];
  stop(): Promise<void>;
}

/** Starts a FaultStack; `extraEnv` overrides the contract environment. */
export async function startFaultStack(extraEnv: Record<string, string> = {}): Promise<FaultStack> {
  const upstash = await startTestUpstash();
  const proxy = await startFlakyProxy(upstash.url);
  const telegram = await startFakeTelegram();
  const config = parseConfig(testEnv({ upstashUrl: proxy.url, upstashToken: upstash.token, telegramUrl: telegram.url }, extraEnv));
  const server = await startNodeServer(config, 0, "127.0.0.1");
  const url = `http://127.0.0.1:${server.port}`;
  return {
    url,
    upstash,
    proxy,
    telegram,
    post: (bot, body) => fetch(`${url}/telegram/${bot}`, { method: "POST", headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": TEST_SECRET }, body: JSON.stringify(body) }),
    to: (token, chatId) => telegram.calls.filter((c) => c.token === token && Number(c.params.chat_id) === chatId && !c.method.startsWith("answerCallbackQuery")),
    async stop() {
      await server.close();
      await telegram.close();
      await proxy.close();
      await upstash.stop();
    },
  };
}
