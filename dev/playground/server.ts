/**
 * The playground page's server (node:http, no framework): the static page,
 * a small JSON + SSE API over the Telegram emulator (the page is a Telegram
 * client, nothing more), and a read-only proxy to the app's REST API that
 * adds the bearer token, so nobody has to type it.
 */
import { readFileSync, readdirSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import type { EmulatorEvent, EmulatorUser, TelegramEmulator } from "../telegram-emulator.js";
import { DEPUTIES, PERSONAS, RESIDENTS, STAFF, YUNYANG_PIN, type Persona } from "./personas.js";

/** Options for {@link startPlaygroundServer}. */
export interface PlaygroundServerOptions {
  port: number;
  emulator: TelegramEmulator;
  /** The app, for the REST proxy. */
  appUrl: string;
  apiToken: string;
  /** Shown in the page's status bar. */
  notices: { storage: string; runtime: string; storageKind: string; runtimeKind: string };
}

const STATIC_DIR = fileURLToPath(new URL("./static/", import.meta.url));
const TYPES: Record<string, string> = { html: "text/html; charset=utf-8", js: "text/javascript; charset=utf-8", css: "text/css; charset=utf-8", svg: "image/svg+xml", png: "image/png", json: "application/json" };
/** The languages the resident pane offers, as Telegram language codes. */
const LANGUAGES = [
  { code: "zh-hans", label: "简体中文" },
  { code: "zh-hant", label: "繁體中文" },
  { code: "en", label: "English" },
];

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), "cache-control": "no-store" }).end(text);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 12 * 1024 * 1024) throw new HttpError(413, "body too large");
    chunks.push(chunk as Buffer);
  }
  if (!chunks.length) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
  } catch {
    throw new HttpError(400, "body is not JSON");
  }
}

/** The person acting: a known persona, optionally speaking another language. */
function actor(chatId: number, body: Record<string, unknown>): EmulatorUser {
  const persona = PERSONAS.get(chatId);
  if (!persona) throw new HttpError(404, `no persona with id ${chatId}`);
  const { label: _label, role: _role, target: _target, ...user } = persona;
  const lang = body.language_code;
  return typeof lang === "string" && LANGUAGES.some((l) => l.code === lang) ? { ...user, language_code: lang } : user;
}

const publicPersona = (p: Persona) => ({ id: p.id, label: p.label, role: p.role, first_name: p.first_name, last_name: p.last_name, language_code: p.language_code, target: p.target ?? null });

/** Starts the page server on 127.0.0.1; resolves once listening. */
export async function startPlaygroundServer(opts: PlaygroundServerOptions): Promise<{ url: string; port: number; close(): Promise<void> }> {
  const { emulator } = opts;
  const staticFiles = new Set(readdirSync(STATIC_DIR));
  const sseClients = new Set<ServerResponse>();

  const config = () => ({
    bots: Object.fromEntries(emulator.bots.map((b) => [b.name, { username: b.info.username, first_name: b.info.first_name }])),
    panes: [
      { id: "resident", title: "Resident", bot: "resident", personas: RESIDENTS.map(publicPersona), languages: LANGUAGES },
      { id: "deputy", title: "Deputy", bot: "staff", personas: DEPUTIES.map(publicPersona) },
      { id: "staff", title: "Staff", bot: "staff", personas: STAFF.map(publicPersona) },
    ],
    pin: YUNYANG_PIN,
    notices: opts.notices,
  });

  async function action(bot: string, chatId: number, kind: string, body: Record<string, unknown>) {
    const user = actor(chatId, body);
    switch (kind) {
      case "text": {
        const text = typeof body.text === "string" ? body.text : "";
        if (!text.trim()) throw new HttpError(400, "empty message");
        return emulator.sendText(bot, user, text);
      }
      case "button":
        return emulator.pressButton(bot, user, Number(body.message_id), String(body.data ?? ""));
      case "keyboard":
        return emulator.pressKeyboardButton(bot, user, String(body.text ?? ""), YUNYANG_PIN);
      case "contact":
        return emulator.sendContact(bot, user);
      case "location":
        return emulator.sendLocation(bot, user, YUNYANG_PIN);
      case "photo": {
        const caption = typeof body.caption === "string" && body.caption ? body.caption : undefined;
        if (typeof body.data === "string" && body.data) {
          // An image the user picked, sent as a data URL.
          const m = /^data:(image\/[a-z+.-]+);base64,(.+)$/.exec(body.data);
          if (!m) throw new HttpError(400, "photo must be an image data URL");
          return emulator.sendPhoto(bot, user, { bytes: Buffer.from(m[2]!, "base64"), mime: m[1]!, caption });
        }
        return emulator.sendPhoto(bot, user, { caption });
      }
      default:
        throw new HttpError(404, `unknown action ${kind}`);
    }
  }

  /** GET /pg/api/... → GET {app}/api/v1/... with the token. */
  async function proxy(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== "GET") throw new HttpError(405, "the proxy is read-only");
    const upstream = await fetch(`${opts.appUrl}/api/v1/${path}`, { headers: { authorization: `Bearer ${opts.apiToken}` } });
    const body = Buffer.from(await upstream.arrayBuffer());
    res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json", "cache-control": "no-store" }).end(body);
  }

  function events(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", connection: "keep-alive" });
    res.write("retry: 1000\n\n");
    const send = (e: EmulatorEvent) => res.write(`id: ${e.seq}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);
    const last = Number(req.headers["last-event-id"] ?? new URL(req.url ?? "/", "http://x").searchParams.get("after") ?? NaN);
    if (Number.isFinite(last)) for (const e of emulator.eventsSince(last)) send(e);
    const unsubscribe = emulator.subscribe(send);
    const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), 15_000);
    sseClients.add(res);
    req.on("close", () => {
      clearInterval(heartbeat);
      unsubscribe();
      sseClients.delete(res);
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = url.pathname;
    if (req.method === "GET" && (path === "/" || path === "/index.html")) return serveStatic(res, "index.html");
    const file = /^\/static\/([A-Za-z0-9._-]+)$/.exec(path)?.[1];
    if (req.method === "GET" && file) {
      if (!staticFiles.has(file)) throw new HttpError(404, "not found");
      return serveStatic(res, file);
    }
    if (path === "/pg/config") return json(res, 200, config());
    if (path === "/pg/events") return events(req, res);
    const chat = /^\/pg\/chats\/(resident|staff)\/(\d+)(?:\/([a-z]+))?$/.exec(path);
    if (chat) {
      const [, bot, id, kind] = chat as unknown as [string, string, string, string | undefined];
      const chatId = Number(id);
      if (!kind && req.method === "GET") {
        const persona = PERSONAS.get(chatId);
        const lang = url.searchParams.get("lang") ?? persona?.language_code;
        return json(res, 200, { ...emulator.chat(bot, chatId), commands: emulator.commands(bot, lang ?? undefined) });
      }
      if (kind && req.method === "POST") {
        try {
          return json(res, 200, await action(bot, chatId, kind, await readJson(req)));
        } catch (e) {
          if (e instanceof HttpError) throw e;
          throw new HttpError(400, e instanceof Error ? e.message : String(e));
        }
      }
      throw new HttpError(405, "method not allowed");
    }
    const fileId = /^\/pg\/files\/([A-Za-z0-9_-]+)$/.exec(path)?.[1];
    if (fileId) {
      const f = emulator.file(fileId);
      if (!f) throw new HttpError(404, "no such file");
      const headers: Record<string, string | number> = { "content-type": f.mime, "content-length": f.bytes.length, "cache-control": "private, max-age=3600" };
      if (!f.mime.startsWith("image/")) headers["content-disposition"] = `attachment; filename*=UTF-8''${encodeURIComponent(f.name)}`;
      res.writeHead(200, headers).end(f.bytes);
      return;
    }
    const api = /^\/pg\/api\/(.+)$/.exec(path)?.[1];
    if (api) return proxy(req, res, `${api}${url.search}`);
    throw new HttpError(404, "not found");
  }

  function serveStatic(res: ServerResponse, name: string): void {
    // Read on every request: editing the page needs no restart.
    const body = readFileSync(`${STATIC_DIR}${name}`);
    res.writeHead(200, { "content-type": TYPES[name.split(".").pop() ?? ""] ?? "application/octet-stream", "cache-control": "no-cache" }).end(body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      if (!res.headersSent) json(res, status, { error: e instanceof Error ? e.message : String(e) });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of sseClients) c.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
