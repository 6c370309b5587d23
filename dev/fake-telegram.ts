import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One Bot API call the fake received. */
export interface RecordedCall {
  token: string;
  method: string;
  params: Record<string, unknown>;
  at: number;
}

/** A scripted failure for the next matching calls (429 with retry_after, or a 5xx). */
export interface FaultPlan {
  method?: string;
  /** Only calls to this chat. */
  chatId?: number;
  /**
   * "hang": accept the call and never answer; "hold": answer it normally once
   * released (`release()`, POST /__release), recorded as `method!held` on
   * arrival and `method!abandoned` if the caller gives up first.
   */
  status: 403 | 429 | 500 | 502 | "hang" | "hold";
  retryAfter?: number;
  times: number;
}

/** A local stand-in for api.telegram.org that records every call. */
export interface FakeTelegram {
  url: string;
  calls: RecordedCall[];
  /** Calls of one method, optionally for one token and chat. */
  sent(filter?: { method?: string; token?: string; chatId?: number }): RecordedCall[];
  /** Waits until at least `n` calls match. */
  waitFor(n: number, filter?: { method?: string; token?: string; chatId?: number }, timeoutMs?: number): Promise<RecordedCall[]>;
  fail(plan: FaultPlan): void;
  /** Answers every held call (recorded as `method!held` on arrival, then as `method` when answered). */
  release(): void;
  reset(): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers["content-type"] ?? "";
  if (raw.length === 0) return {};
  if (type.includes("application/json")) return JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
  if (type.includes("multipart/form-data")) {
    // Enough multipart parsing to record fields and file names (documents).
    const boundary = /boundary=(.+)$/.exec(type)?.[1];
    const out: Record<string, unknown> = {};
    if (!boundary) return out;
    for (const part of raw.toString("utf8").split(`--${boundary}`)) {
      const name = /name="([^"]+)"/.exec(part)?.[1];
      if (!name) continue;
      const filename = /filename="([^"]*)"/.exec(part)?.[1];
      const value = part.slice(part.indexOf("\r\n\r\n") + 4).replace(/\r\n$/, "");
      out[name] = filename !== undefined ? { filename, content: value } : value;
    }
    return out;
  }
  if (type.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(raw.toString("utf8")));
  return {};
}

/**
 * Starts a fake Bot API on a free port. Answers every method with a
 * plausible result (sendMessage returns a Message with a fresh message_id),
 * and can be told to fail the next calls with 429 or 5xx.
 */
export async function startFakeTelegram(port = 0): Promise<FakeTelegram> {
  const calls: RecordedCall[] = [];
  const faults: FaultPlan[] = [];
  const held: Array<() => void> = [];
  const release = () => {
    for (const answer of held.splice(0)) answer();
  };
  let messageId = 1000;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = req.url?.split("?")[0] ?? "";
      // Inspection endpoints, so tests running inside workerd can read what was sent.
      if (path === "/__calls") {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(calls));
        return;
      }
      if (path === "/__reset" && req.method === "POST") {
        release();
        calls.length = 0;
        faults.length = 0;
        res.writeHead(204).end();
        return;
      }
      if (path === "/__release" && req.method === "POST") {
        release();
        res.writeHead(204).end();
        return;
      }
      if (path === "/__fail" && req.method === "POST") {
        faults.push((await readBody(req)) as unknown as FaultPlan);
        res.writeHead(204).end();
        return;
      }
      const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(path);
      if (!m) {
        res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error_code: 404, description: "Not Found" }));
        return;
      }
      const [, token, method] = m as unknown as [string, string, string];
      const params: Record<string, unknown> = await readBody(req).catch(() => ({}));
      const fault = faults.find((f) => f.times > 0 && (!f.method || f.method === method) && (f.chatId === undefined || Number(params.chat_id) === f.chatId));
      if (fault) {
        fault.times--;
        if (fault.status === "hang") {
          calls.push({ token, method: `${method}!hang`, params, at: Date.now() });
          return;
        }
        if (fault.status === "hold") {
          calls.push({ token, method: `${method}!held`, params, at: Date.now() });
          // A caller that gives up while held (its timeout) is recorded, so a test can tell it did not wait.
          const gaveUp = () => calls.push({ token, method: `${method}!abandoned`, params, at: Date.now() });
          res.once("close", () => {
            if (!res.writableEnded) gaveUp();
          });
          await new Promise<void>((resolve) => held.push(resolve));
          if (!res.destroyed) answer(token, method, params);
          return;
        }
        calls.push({ token, method: `${method}!${fault.status}`, params, at: Date.now() });
        const body = fault.status === 429
          ? { ok: false, error_code: 429, description: `Too Many Requests: retry after ${fault.retryAfter ?? 1}`, parameters: { retry_after: fault.retryAfter ?? 1 } }
          : fault.status === 403
            ? { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" }
            : { ok: false, error_code: fault.status, description: "Internal Server Error" };
        res.writeHead(fault.status, { "content-type": "application/json" }).end(JSON.stringify(body));
        return;
      }
      answer(token, method, params);
    })();
    function answer(token: string, method: string, params: Record<string, unknown>): void {
      calls.push({ token, method, params, at: Date.now() });
      const chatId = Number(params.chat_id ?? 0);
      let result: unknown = true;
      if (method.startsWith("send") || method === "copyMessage") {
        result = { message_id: ++messageId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private" }, text: params.text ?? params.caption };
      } else if (method === "getMe") {
        result = { id: Number(token.split(":")[0]) || 1, is_bot: true, first_name: "Fake", username: "fake_bot" };
      } else if (method === "editMessageText") {
        result = { message_id: Number(params.message_id ?? 0), date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private" }, text: params.text };
      } else if (method === "getFile") {
        result = { file_id: params.file_id, file_unique_id: "u", file_path: "photos/file.jpg" };
      }
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, result }));
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const match = (c: RecordedCall, f: { method?: string; token?: string; chatId?: number } = {}) =>
    (!f.method || c.method === f.method) && (!f.token || c.token === f.token) && (f.chatId === undefined || Number(c.params.chat_id) === f.chatId);
  return {
    url,
    calls,
    sent: (f) => calls.filter((c) => match(c, f)),
    async waitFor(n, f, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const got = calls.filter((c) => match(c, f));
        if (got.length >= n) return got;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`timed out waiting for ${n} call(s) matching ${JSON.stringify(f)}; have ${calls.length}: ${calls.map((c) => c.method).join(",")}`);
    },
    fail: (plan) => void faults.push({ ...plan }),
    release,
    reset() {
      release();
      calls.length = 0;
      faults.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
