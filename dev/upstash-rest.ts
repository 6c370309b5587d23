/**
 * A local stand-in for the Upstash Redis REST API, in front of a real redis-server.
 *
 * It speaks exactly what `@upstash/redis` (1.39) sends and expects, so the
 * official client and `@upstash/ratelimit` run against it unchanged:
 *
 * - `POST /`            body `["SET","k","v"]`          → `{"result": ...}` (redis error → 400 `{"error"}`)
 * - `POST /pipeline`    body `[["SET","k","v"],["GET","k"]]` → `[{"result"}|{"error"}, ...]` (always 200)
 * - `POST /multi-exec`  same body, run as MULTI/EXEC      → same shape; an aborted transaction → 400
 * - `GET|POST /cmd/arg/arg` path form (a POST body is appended as the last argument)
 * - `Authorization: Bearer <token>` on every request, else 401 `{"error":"Unauthorized"}`
 * - `Upstash-Encoding: base64` → strings in results are base64 (see {@link toUpstashJson})
 *
 * The HTTP layer is separate from what runs the commands (an {@link UpstashBackend}):
 * by default a real redis-server reached through the small RESP2 client below
 * (node:net, pipelined, binary-safe); `dev/memory-store.ts` plugs in an
 * in-memory one for machines without redis-server.
 * Run directly (`tsx dev/upstash-rest.ts`) to get a local endpoint; see {@link main}.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { startRedisServer, type RedisServerHandle } from "./redis-server.js";

// ---------------------------------------------------------------------------
// RESP2 client
// ---------------------------------------------------------------------------

/** A RESP simple-string reply (`+OK`). Kept apart from bulk strings because the encodings differ. */
export class RespStatus {
  constructor(readonly value: string) {}
}

/** A RESP error reply (`-ERR ...`). A value, not thrown: pipelines carry errors per command. */
export class RespError {
  constructor(readonly message: string) {}
}

/** A decoded RESP2 reply. Bulk strings stay as bytes (Buffer) so binary values survive. */
export type Reply = Buffer | number | null | RespStatus | RespError | Reply[];

/** Incremental, binary-safe RESP2 parser. Holds partial input until a whole reply can be read. */
class RespParser {
  private chunks: Buffer[] = [];
  private total = 0;
  /** Bytes that must be buffered before parsing can make progress (avoids O(n²) on big bulks). */
  private need = 1;
  /** Arrays being filled, innermost last, so a reply split across chunks resumes where it stopped. */
  private stack: { items: Reply[]; remaining: number }[] = [];

  constructor(private readonly onReply: (r: Reply) => void) {}

  feed(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.total += chunk.length;
    if (this.total < this.need) return;
    const buf = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.total);
    const pos = this.parse(buf);
    const rest = buf.subarray(pos);
    this.chunks = rest.length ? [rest] : [];
    this.total = rest.length;
  }

  /** Parse as much of `buf` as possible; returns the offset of the first unconsumed byte. */
  private parse(buf: Buffer): number {
    let pos = 0;
    for (;;) {
      if (pos >= buf.length) {
        this.need = 1;
        return pos;
      }
      const lineEnd = buf.indexOf("\r\n", pos);
      if (lineEnd < 0) {
        this.need = buf.length - pos + 1;
        return pos;
      }
      const type = buf[pos];
      const line = buf.toString("utf8", pos + 1, lineEnd);
      let value: Reply;
      let next = lineEnd + 2;
      switch (type) {
        case 0x2b /* + */:
          value = new RespStatus(line);
          break;
        case 0x2d /* - */:
          value = new RespError(line);
          break;
        case 0x3a /* : */:
          value = Number(line);
          break;
        case 0x24 /* $ */: {
          const len = Number(line);
          if (len < 0) {
            value = null;
            break;
          }
          const end = next + len;
          if (end + 2 > buf.length) {
            this.need = end + 2 - pos;
            return pos;
          }
          // Copy: a subarray would pin the whole (possibly large) read buffer.
          value = Buffer.from(buf.subarray(next, end));
          next = end + 2;
          break;
        }
        case 0x2a /* * */: {
          const len = Number(line);
          if (len > 0) {
            this.stack.push({ items: [], remaining: len });
            pos = next;
            continue;
          }
          value = len < 0 ? null : [];
          break;
        }
        default:
          throw new Error(`RESP protocol error: unexpected byte 0x${(type ?? 0).toString(16)}`);
      }
      pos = next;
      this.emit(value);
    }
  }

  private emit(value: Reply): void {
    for (;;) {
      const top = this.stack[this.stack.length - 1];
      if (!top) {
        this.onReply(value);
        return;
      }
      top.items.push(value);
      if (--top.remaining > 0) return;
      this.stack.pop();
      value = top.items;
    }
  }
}

/** Encode one command as a RESP array of bulk strings. */
function encodeCommand(args: readonly (string | Buffer)[]): Buffer[] {
  const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
  for (const a of args) {
    const b = typeof a === "string" ? Buffer.from(a, "utf8") : a;
    parts.push(Buffer.from(`$${b.length}\r\n`), b, Buffer.from("\r\n"));
  }
  return parts;
}

/** One pipelined connection: replies come back in the order commands were written. */
class RedisConnection {
  private readonly socket: net.Socket;
  private readonly waiting: Array<{ resolve: (r: Reply) => void; reject: (e: Error) => void }> = [];
  dead = false;

  constructor(host: string, port: number) {
    this.socket = net.connect({ host, port });
    this.socket.setNoDelay(true);
    const parser = new RespParser((r) => this.waiting.shift()?.resolve(r));
    this.socket.on("data", (chunk: Buffer) => {
      try {
        parser.feed(chunk);
      } catch (e) {
        this.fail(e instanceof Error ? e : new Error(String(e)));
      }
    });
    this.socket.on("error", (e) => this.fail(e));
    this.socket.on("close", () => this.fail(new Error("redis connection closed")));
  }

  get pending(): number {
    return this.waiting.length;
  }

  /** Write all commands in ONE socket write (so a MULTI..EXEC block is never interleaved) and await all replies. */
  send(commands: readonly (readonly (string | Buffer)[])[]): Promise<Reply[]> {
    if (this.dead) return Promise.reject(new Error("redis connection closed"));
    const promises = commands.map(
      () => new Promise<Reply>((resolve, reject) => this.waiting.push({ resolve, reject })),
    );
    // Node queues writes issued before 'connect', so no need to wait for it.
    this.socket.write(Buffer.concat(commands.flatMap((c) => encodeCommand(c))));
    return Promise.all(promises);
  }

  private fail(err: Error): void {
    if (!this.dead) {
      this.dead = true;
      this.socket.destroy();
    }
    for (const w of this.waiting.splice(0)) w.reject(err);
  }

  close(): void {
    this.dead = true;
    this.socket.destroy();
    for (const w of this.waiting.splice(0)) w.reject(new Error("redis connection closed"));
  }
}

/** A few lazily opened connections; each request goes to the least busy one. */
class RedisPool {
  private conns: RedisConnection[] = [];

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly size = 4,
  ) {}

  acquire(): RedisConnection {
    this.conns = this.conns.filter((c) => !c.dead);
    let best: RedisConnection | undefined;
    for (const c of this.conns) if (!best || c.pending < best.pending) best = c;
    if (best && (best.pending === 0 || this.conns.length >= this.size)) return best;
    const conn = new RedisConnection(this.host, this.port);
    this.conns.push(conn);
    return conn;
  }

  /** A private connection for commands that block the connection (BLPOP...). Caller closes it. */
  dedicated(): RedisConnection {
    return new RedisConnection(this.host, this.port);
  }

  close(): void {
    for (const c of this.conns) c.close();
    this.conns = [];
  }
}

// ---------------------------------------------------------------------------
// Command preparation (script rewriting, connection-state commands)
// ---------------------------------------------------------------------------

/**
 * Commands that would change the state of a shared, pipelined connection.
 * MULTI/EXEC are only available through /multi-exec.
 */
const CONNECTION_STATE_COMMANDS = new Set([
  "MULTI", "EXEC", "DISCARD", "WATCH", "UNWATCH", "SELECT", "HELLO", "RESET", "QUIT", "AUTH",
  "SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE", "UNSUBSCRIBE", "PUNSUBSCRIBE", "SUNSUBSCRIBE", "MONITOR", "SYNC", "PSYNC",
]);

const BLOCKING_COMMANDS = new Set([
  "BLPOP", "BRPOP", "BRPOPLPUSH", "BLMOVE", "BLMPOP", "BZPOPMIN", "BZPOPMAX", "BZMPOP", "WAIT", "WAITAOF",
]);

function isBlocking(args: readonly string[]): boolean {
  const name = args[0]!.toUpperCase();
  if (BLOCKING_COMMANDS.has(name)) return true;
  return (name === "XREAD" || name === "XREADGROUP") && args.some((a) => a.toUpperCase() === "BLOCK");
}

interface Prepared {
  /** What is sent to redis. */
  args: string[];
  /** Post-process the redis reply (e.g. SCRIPT LOAD must return the client's sha). */
  fix?: (r: Reply) => Reply;
}

const sha1 = (s: string): string => createHash("sha1").update(s, "utf8").digest("hex");

/**
 * Redis 7.0 rejects the Upstash-only `#!lua flags=allow-key-locking` shebang,
 * so the first line is blanked (keeping the newline so Lua line numbers in
 * errors still match the original).
 */
function stripShebang(script: string): string | null {
  if (!script.startsWith("#!lua")) return null;
  const nl = script.indexOf("\n");
  return nl < 0 ? "" : script.slice(nl);
}

/** JSON argument → redis argument, the way the client itself serializes (null → "null"). */
function toArg(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v) ?? "null";
}

// ---------------------------------------------------------------------------
// Upstash JSON encoding
// ---------------------------------------------------------------------------

/**
 * Convert one command's reply to Upstash JSON.
 *
 * With base64 on, the client (`decode()` in @upstash/redis http.ts) treats a
 * top-level string `"OK"` as literal and base64-decodes every other string; in
 * an array, depth-1 strings are ALWAYS base64-decoded (even "OK": atob("OK")
 * is "8"), deeper ones again spare "OK". So: every bulk/status string is
 * base64 except a top-level status reply `OK`. A stored value "OK" (bulk)
 * goes out as "T0s=" and decodes back to "OK"; base64 output is never the
 * literal "OK", so nothing is ambiguous.
 */
export function toUpstashJson(r: Reply, base64: boolean, topLevel = true): unknown {
  if (r === null || typeof r === "number") return r;
  if (Buffer.isBuffer(r)) return base64 ? r.toString("base64") : r.toString("utf8");
  if (r instanceof RespStatus) {
    if (!base64 || (topLevel && r.value === "OK")) return r.value;
    return Buffer.from(r.value, "utf8").toString("base64");
  }
  if (r instanceof RespError) {
    // Only reachable nested (e.g. a Lua table holding an error); send the message as a string.
    return base64 ? Buffer.from(r.message, "utf8").toString("base64") : r.message;
  }
  return r.map((x) => toUpstashJson(x, base64, false));
}

type Entry = { result: unknown } | { error: string };

function toEntry(r: Reply, base64: boolean): Entry {
  if (r instanceof RespError) return { error: r.message };
  return { result: toUpstashJson(r, base64) };
}

// ---------------------------------------------------------------------------
// HTTP server
// ---------------------------------------------------------------------------

/** Request/command counters, so tests can assert round-trip budgets. */
export interface UpstashRestStats {
  /** HTTP requests received (= client round trips), including rejected ones. */
  requests: number;
  /** Redis commands requested, counting each one inside /pipeline and /multi-exec. */
  commands: number;
  /** One entry per authorized request: its path and commands as received (before rewriting). */
  log: Array<{ path: string; commands: string[][] }>;
  /** Zero the counters and empty `log` (same array instance). */
  reset(): void;
}

/**
 * What runs the commands behind the REST endpoint: a real redis-server
 * ({@link createRedisBackend}) or the in-memory store (`dev/memory-store.ts`).
 * The HTTP layer (auth, JSON and base64 encoding, stats, outage switch,
 * refusing connection-state commands) is the same for both.
 */
export interface UpstashBackend {
  /** Runs commands in order; each reply (or RespError) in its slot. */
  pipeline(commands: string[][]): Promise<Reply[]>;
  /** Runs commands as one transaction; a RespError when the whole transaction was refused (EXECABORT). */
  multiExec(commands: string[][]): Promise<Reply[] | RespError>;
  /** Releases connections or memory. */
  close(): void;
}

/** Options for {@link createRedisBackend}. */
export interface RedisBackendOptions {
  port: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Max pooled redis connections. Default 4. */
  poolSize?: number;
}

/** Options for {@link startUpstashRest}: a backend, or the redis-server to forward to. */
export type UpstashRestOptions = {
  /** Bearer token clients must send. */
  token: string;
  /** HTTP port on 127.0.0.1; 0 or omitted = a free port. */
  port?: number;
} & (
  | { backend: UpstashBackend }
  | {
      redisPort: number;
      /** Default 127.0.0.1. */
      redisHost?: string;
      /** Max pooled redis connections. Default 4. */
      poolSize?: number;
    }
);

/** A running endpoint from {@link startUpstashRest}. */
export interface UpstashRestHandle {
  /** `http://127.0.0.1:<port>`, for `new Redis({ url, token })`. */
  url: string;
  token: string;
  port: number;
  stats: UpstashRestStats;
  /** Simulates a storage outage: while on, every request is answered 503. */
  setOutage(down: boolean): void;
  /** Stop the HTTP server (dropping keep-alive sockets) and the backend. */
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, "ERR request body too large"));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function parseCommand(v: unknown): string[] {
  if (!Array.isArray(v) || v.length === 0) throw new HttpError(400, "ERR failed to parse command: expected a non-empty JSON array");
  return v.map(toArg);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(text),
  });
  res.end(text);
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const expected = Buffer.from(`Bearer ${token}`);
  const got = Buffer.from(header ?? "");
  return got.length === expected.length && timingSafeEqual(got, expected);
}

/**
 * The redis-server backend: commands go to a real redis over pooled,
 * pipelined RESP connections. Rewrites what redis 7 refuses but Upstash
 * accepts (the `#!lua` shebang) and keeps EVALSHA working on the client's sha.
 */
export function createRedisBackend(opts: RedisBackendOptions): UpstashBackend {
  const pool = new RedisPool(opts.host ?? "127.0.0.1", opts.port, opts.poolSize ?? 4);

  // sha1(original script) → sha1(script with shebang stripped). The client
  // computes EVALSHA's sha over the original text; without this map every
  // EVALSHA would miss and cost an extra EVAL round trip.
  const shaMap = new Map<string, string>();

  function prepare(cmd: string[]): Prepared {
    const name = cmd[0]!.toUpperCase();
    if ((name === "EVAL" || name === "EVAL_RO") && cmd.length > 1) {
      const stripped = stripShebang(cmd[1]!);
      if (stripped === null) return { args: cmd };
      shaMap.set(sha1(cmd[1]!), sha1(stripped));
      return { args: [cmd[0]!, stripped, ...cmd.slice(2)] };
    }
    if ((name === "EVALSHA" || name === "EVALSHA_RO") && cmd.length > 1) {
      const mapped = shaMap.get(cmd[1]!.toLowerCase());
      // Unknown sha: pass through; redis says NOSCRIPT and the client falls back to EVAL.
      return { args: mapped ? [cmd[0]!, mapped, ...cmd.slice(2)] : cmd };
    }
    if (name === "SCRIPT" && cmd.length > 1) {
      const sub = cmd[1]!.toUpperCase();
      if (sub === "LOAD" && cmd.length === 3) {
        const stripped = stripShebang(cmd[2]!);
        if (stripped === null) return { args: cmd };
        const original = sha1(cmd[2]!);
        shaMap.set(original, sha1(stripped));
        // Answer with the sha the client would compute, as real Upstash does.
        return {
          args: [cmd[0]!, cmd[1]!, stripped],
          fix: (r) => (r instanceof RespError ? r : Buffer.from(original)),
        };
      }
      if (sub === "EXISTS") {
        return { args: cmd.map((a, i) => (i < 2 ? a : (shaMap.get(a.toLowerCase()) ?? a))) };
      }
    }
    return { args: cmd };
  }

  return {
    /** Pipelined on one connection, in order; errors come back as RespError values. */
    async pipeline(commands) {
      const prepared = commands.map(prepare);
      const toSend = prepared.map((p) => p.args);
      let replies: Reply[] = [];
      if (toSend.length) {
        const blocking = toSend.some(isBlocking);
        const conn = blocking ? pool.dedicated() : pool.acquire();
        try {
          replies = await conn.send(toSend);
        } finally {
          if (blocking) conn.close();
        }
      }
      return prepared.map((p, i) => (p.fix ? p.fix(replies[i]!) : replies[i]!));
    },

    async multiExec(commands) {
      const prepared = commands.map(prepare);
      const inner = prepared.map((p) => p.args);
      const blocking = inner.some(isBlocking);
      const conn = blocking ? pool.dedicated() : pool.acquire();
      let replies: Reply[];
      try {
        // One write: MULTI, the commands, EXEC — never interleaved with other requests on this connection.
        replies = await conn.send([["MULTI"], ...inner, ["EXEC"]]);
      } finally {
        if (blocking) conn.close();
      }
      const exec = replies[replies.length - 1]!;
      if (exec instanceof RespError) {
        // EXECABORT: say which command failed to queue, the useful part.
        const queueError = replies.slice(1, -1).find((r): r is RespError => r instanceof RespError);
        return new RespError(queueError ? `${exec.message}: ${queueError.message}` : exec.message);
      }
      if (!Array.isArray(exec)) return new RespError("EXECABORT Transaction aborted");
      return exec.map((r, idx) => {
        const fix = prepared[idx]!.fix;
        return fix ? fix(r) : r;
      });
    },

    close: () => pool.close(),
  };
}

/** Refuses commands that would change the state of a shared connection (any backend). */
function connectionStateRefusal(cmd: string[]): RespError | null {
  return CONNECTION_STATE_COMMANDS.has(cmd[0]!.toUpperCase())
    ? new RespError(`ERR command '${cmd[0]}' is not supported by this REST endpoint`)
    : null;
}

/**
 * Start an Upstash-REST-compatible HTTP endpoint on 127.0.0.1 in front of a
 * backend (`opts.backend`, or the redis at `redisHost:redisPort`). Resolves once listening.
 */
export async function startUpstashRest(opts: UpstashRestOptions): Promise<UpstashRestHandle> {
  const backend = "backend" in opts ? opts.backend : createRedisBackend({ host: opts.redisHost, port: opts.redisPort, poolSize: opts.poolSize });
  const token = opts.token;

  const stats: UpstashRestStats = {
    requests: 0,
    commands: 0,
    log: [],
    reset() {
      this.requests = 0;
      this.commands = 0;
      this.log.length = 0;
    },
  };

  /** Run commands in order; refused ones get their error in place, the rest go to the backend. */
  async function run(commands: string[][]): Promise<Reply[]> {
    const refused = commands.map(connectionStateRefusal);
    const allowed = commands.filter((_, i) => !refused[i]);
    const replies = allowed.length ? await backend.pipeline(allowed) : [];
    let j = 0;
    return commands.map((_, i) => refused[i] ?? replies[j++]!);
  }

  async function runMultiExec(commands: string[][]): Promise<Reply[] | RespError> {
    const refused = commands.map(connectionStateRefusal).find((r) => r !== null);
    if (refused) return new RespError(`EXECABORT Transaction discarded because of previous errors: ${refused.message}`);
    return backend.multiExec(commands);
  }

  let outage = false;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    stats.requests++;
    if (outage) {
      // Simulated storage outage: what a client sees when Upstash is unreachable or failing.
      req.resume();
      sendJson(res, 503, { error: "service unavailable (simulated outage)" });
      return;
    }
    if (!tokenMatches(req.headers.authorization, token)) {
      req.resume(); // drain the body so the keep-alive socket stays usable
      sendJson(res, 401, { error: "Unauthorized" });
      return;
    }
    const base64 = String(req.headers["upstash-encoding"] ?? "").toLowerCase() === "base64";
    const url = new URL(req.url ?? "/", "http://localhost");
    const pathname = url.pathname.replace(/\/+$/, "") || "/";
    const body = await readBody(req);

    const parseJsonBody = (): unknown => {
      try {
        return JSON.parse(body.toString("utf8"));
      } catch {
        throw new HttpError(400, "ERR failed to parse request body as JSON");
      }
    };

    if (pathname === "/pipeline" || pathname === "/multi-exec") {
      if (req.method !== "POST") throw new HttpError(405, "ERR method not allowed");
      const parsed = parseJsonBody();
      if (!Array.isArray(parsed) || parsed.length === 0) {
        throw new HttpError(400, "ERR expected a non-empty JSON array of commands");
      }
      const commands = parsed.map(parseCommand);
      stats.commands += commands.length;
      stats.log.push({ path: pathname, commands });
      if (pathname === "/pipeline") {
        const replies = await run(commands);
        sendJson(res, 200, replies.map((r) => toEntry(r, base64)));
        return;
      }
      const result = await runMultiExec(commands);
      if (result instanceof RespError) sendJson(res, 400, { error: result.message });
      else sendJson(res, 200, result.map((r) => toEntry(r, base64)));
      return;
    }

    let command: string[];
    if (pathname === "/") {
      if (req.method !== "POST") throw new HttpError(405, "ERR send the command as a JSON array with POST");
      command = parseCommand(parseJsonBody());
    } else {
      // Path form: /set/key/value; a POST body becomes the last argument.
      try {
        command = pathname.slice(1).split("/").map((s) => decodeURIComponent(s));
      } catch {
        throw new HttpError(400, "ERR malformed percent-encoding in path");
      }
      if (req.method === "POST" && body.length) command.push(body.toString("utf8"));
    }
    stats.commands += 1;
    stats.log.push({ path: pathname, commands: [command] });
    const [reply] = await run([command]);
    const entry = toEntry(reply!, base64);
    sendJson(res, "error" in entry ? 400 : 200, entry);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      const message = e instanceof Error ? e.message : String(e);
      if (!res.headersSent) sendJson(res, status, { error: message });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const addr = server.address();
  const port = typeof addr === "object" && addr ? addr.port : 0;

  let closing: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    port,
    stats,
    setOutage(down: boolean) {
      outage = down;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // fetch keeps sockets alive; without this close() would wait for them to time out.
        server.closeAllConnections();
        backend.close();
      });
      return closing;
    },
  };
}

/**
 * CLI: `tsx dev/upstash-rest.ts`. Uses the redis at `REDIS_HOST`:`REDIS_PORT`
 * if `REDIS_PORT` is set, else starts a private redis-server. Token from
 * `UPSTASH_REDIS_REST_TOKEN` (else random), HTTP port from `UPSTASH_REST_PORT`
 * (else free). Prints the env lines to use and runs until SIGINT/SIGTERM.
 */
export async function main(): Promise<void> {
  let redis: RedisServerHandle | undefined;
  let redisPort = Number(process.env.REDIS_PORT ?? 0);
  if (!redisPort) {
    redis = await startRedisServer();
    redisPort = redis.port;
  }
  const rest = await startUpstashRest({
    redisPort,
    redisHost: process.env.REDIS_HOST,
    token: process.env.UPSTASH_REDIS_REST_TOKEN || randomBytes(16).toString("hex"),
    port: Number(process.env.UPSTASH_REST_PORT ?? 0),
  });
  console.log(`redis: ${redis ? `${redis.url} (started here)` : `${process.env.REDIS_HOST ?? "127.0.0.1"}:${redisPort}`}`);
  console.log(`UPSTASH_REDIS_REST_URL=${rest.url}`);
  console.log(`UPSTASH_REDIS_REST_TOKEN=${rest.token}`);
  const shutdown = () => {
    void Promise.all([rest.close(), redis?.stop()]).then(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
