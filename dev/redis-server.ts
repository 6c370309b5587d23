/**
 * Launch a throwaway `redis-server` for tests and local runs.
 *
 * Each instance gets its own free loopback port and a temp working dir, never
 * persists to disk, and is killed on `stop()` (or when this process exits).
 * It never talks to any redis it did not start (e.g. one already on 6379).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { accessSync, constants as fsConstants, mkdtempSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/** A running redis-server started by {@link startRedisServer}. */
export interface RedisServerHandle {
  /** TCP port on 127.0.0.1. */
  port: number;
  /** `redis://127.0.0.1:<port>` */
  url: string;
  /** Process id of the redis-server child. */
  pid: number;
  /** Kill the server (SIGTERM, then SIGKILL) and remove its temp dir. Idempotent. */
  stop(): Promise<void>;
}

/** Options for {@link startRedisServer}. */
export interface StartRedisServerOptions {
  /** Use exactly this port (no retry on another port). Default: a free port. */
  port?: number;
  /** Binary to run. Default: `REDIS_SERVER_BIN` env, else `redis-server` on PATH. */
  binary?: string;
  /** Give up if not answering PING within this many ms (per attempt). Default 10000. */
  startTimeoutMs?: number;
}

/**
 * Locate the `redis-server` binary: `REDIS_SERVER_BIN` if set, else the first
 * executable `redis-server` on PATH. Returns null when there is none.
 *
 * The path is NOT resolved through symlinks: on Debian `redis-server` is a
 * symlink to `redis-check-rdb`, which picks its role from argv[0].
 */
export function findRedisServerBinary(): string | null {
  const isExecutable = (p: string): boolean => {
    try {
      accessSync(p, fsConstants.X_OK);
      return statSync(p).isFile();
    } catch {
      return false;
    }
  };
  const fromEnv = process.env.REDIS_SERVER_BIN;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, "redis-server");
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

/** Ask the OS for a currently free loopback port (it may be taken again before we use it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error("could not get a free port"))));
    });
  });
}

/**
 * Send PING then INFO server and return the `process_id` the server reports,
 * or null if it does not answer properly. Uses raw RESP so this file has no
 * dependency on the REST shim's client.
 */
function pingAndGetPid(port: number, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    const sock = net.connect({ host: "127.0.0.1", port });
    let buf = "";
    let done = false;
    const finish = (v: number | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock.destroy();
      resolve(v);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    sock.setEncoding("utf8");
    sock.on("error", () => finish(null));
    sock.on("close", () => finish(null));
    sock.on("connect", () => sock.write("*1\r\n$4\r\nPING\r\n*2\r\n$4\r\nINFO\r\n$6\r\nserver\r\n"));
    sock.on("data", (chunk: string) => {
      buf += chunk;
      if (!buf.startsWith("+PONG\r\n")) {
        // -LOADING, -NOAUTH, or not redis at all.
        if (buf.length >= 7 || buf.includes("\r\n")) finish(null);
        return;
      }
      const m = /process_id:(\d+)\r\n/.exec(buf);
      if (m) finish(Number(m[1]));
    });
  });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// Children still running; killed synchronously if this process exits without stop().
const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const child of liveChildren) child.kill("SIGKILL");
  });
}

interface Attempt {
  ok: boolean;
  /** true when redis exited because the port was taken: worth retrying on another port */
  portInUse: boolean;
  output: string;
  handle?: RedisServerHandle;
}

async function attemptStart(binary: string, port: number, timeoutMs: number): Promise<Attempt> {
  const dir = mkdtempSync(path.join(tmpdir(), "redis-dev-"));
  const args = [
    "--port", String(port),
    "--bind", "127.0.0.1",
    // No RDB snapshots, no AOF: nothing is ever written to disk.
    "--save", "",
    "--appendonly", "no",
    "--dir", dir,
    "--daemonize", "no",
    "--logfile", "",
    "--loglevel", "warning",
  ];
  const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
  liveChildren.add(child);
  installExitHook();

  // Keep draining output (a full pipe would block redis) but remember only the tail for errors.
  let output = "";
  const collect = (b: Buffer) => {
    output = (output + b.toString("utf8")).slice(-4000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  let exited = false;
  const exitPromise = new Promise<void>((resolve) => {
    child.once("exit", () => {
      exited = true;
      liveChildren.delete(child);
      resolve();
    });
    child.once("error", (err) => {
      collect(Buffer.from(String(err)));
      exited = true;
      liveChildren.delete(child);
      resolve();
    });
  });

  const cleanupDir = () => rmSync(dir, { recursive: true, force: true });

  const deadline = Date.now() + timeoutMs;
  while (!exited && Date.now() < deadline) {
    const pid = await pingAndGetPid(port, 1000);
    // The pid check makes sure we are talking to OUR child, not some other
    // server that grabbed the port between freePort() and spawn().
    if (pid !== null && pid === child.pid && !exited) {
      let stopping: Promise<void> | null = null;
      const handle: RedisServerHandle = {
        port,
        url: `redis://127.0.0.1:${port}`,
        pid,
        stop() {
          stopping ??= (async () => {
            if (!exited) {
              child.kill("SIGTERM");
              await Promise.race([exitPromise, sleep(3000)]);
              if (!exited) {
                child.kill("SIGKILL");
                await exitPromise;
              }
            }
            cleanupDir();
          })();
          return stopping;
        },
      };
      return { ok: true, portInUse: false, output, handle };
    }
    await sleep(50);
  }

  if (!exited) {
    child.kill("SIGKILL");
    await exitPromise;
  }
  cleanupDir();
  return { ok: false, portInUse: /address already in use|could not create server tcp/i.test(output), output };
}

/**
 * Start a private `redis-server` bound to 127.0.0.1 with persistence off
 * (`--save "" --appendonly no`). Picks a free port unless `opts.port` is given,
 * retrying on a new port if the chosen one was grabbed meanwhile. Resolves
 * once the server answers PING.
 *
 * @throws if no binary is found or the server does not come up.
 */
export async function startRedisServer(opts: StartRedisServerOptions = {}): Promise<RedisServerHandle> {
  const binary = opts.binary ?? findRedisServerBinary();
  if (!binary) {
    throw new Error("redis-server not found on PATH (install it, e.g. `apt-get install redis-server`, or set REDIS_SERVER_BIN)");
  }
  const timeoutMs = opts.startTimeoutMs ?? 10_000;
  const maxAttempts = opts.port ? 1 : 5;
  let last: Attempt | undefined;
  for (let i = 0; i < maxAttempts; i++) {
    const port = opts.port ?? (await freePort());
    last = await attemptStart(binary, port, timeoutMs);
    if (last.ok && last.handle) return last.handle;
    if (!last.portInUse) break;
  }
  throw new Error(`redis-server failed to start: ${last?.output.trim() || "no output"}`);
}
