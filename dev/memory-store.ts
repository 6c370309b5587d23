/**
 * An in-memory Redis for machines without `redis-server`, served through the
 * SAME Upstash REST transport as the real one (`dev/upstash-rest.ts`): only
 * the backend differs, so auth, JSON/base64 encoding, stats and the outage
 * switch behave identically.
 *
 * It implements the commands the app, `@upstash/ratelimit` and the tests use,
 * with redis 7.0's replies and error messages. Lua is NOT interpreted: each
 * script the app runs has a native JS implementation keyed by the SHA-1 of
 * its exact source (see {@link SCRIPTS}). An unknown script fails with an
 * error that says so, so a changed script is caught by the storage tests
 * running against this backend (`TEST_UPSTASH_BACKEND=memory`).
 *
 * Not a database: no persistence, no eviction, single process. Expiry is
 * lazy (checked on access), by the injected clock.
 */
import { createHash } from "node:crypto";
import { RespError, RespStatus, startUpstashRest, type Reply, type UpstashBackend, type UpstashRestHandle } from "./upstash-rest.js";

// ---------------------------------------------------------------------------
// Values and replies
// ---------------------------------------------------------------------------

interface TypeMap {
  string: string;
  hash: Map<string, string>;
  set: Set<string>;
  zset: Map<string, number>;
  list: string[];
}
type Value = { [K in keyof TypeMap]: { type: K; v: TypeMap[K] } }[keyof TypeMap];

interface Entry {
  value: Value;
  /** Epoch ms, or null for no expiry. */
  expireAt: number | null;
}

/**
 * A reply inside the store: bulk strings stay JS strings (convenient for the
 * native scripts) and become Buffers only at the HTTP boundary.
 */
type R = string | number | null | RespStatus | RespError | R[];

const OK = new RespStatus("OK");
const ERR = {
  wrongType: "WRONGTYPE Operation against a key holding the wrong kind of value",
  notInt: "ERR value is not an integer or out of range",
  notFloat: "ERR value is not a valid float",
  syntax: "ERR syntax error",
  overflow: "ERR increment or decrement would overflow",
  minMax: "ERR min or max is not a float",
  noScript: "NOSCRIPT No matching script. Please use EVAL.",
};

/** Thrown inside a command; turned into a RespError reply by {@link MemoryStore.execute}. */
class CommandError extends Error {}
const fail = (message: string): never => {
  throw new CommandError(message);
};

function toReply(r: R): Reply {
  if (typeof r === "string") return Buffer.from(r, "utf8");
  if (Array.isArray(r)) return r.map(toReply);
  return r;
}

const INT = /^(0|-?[1-9][0-9]*)$/;
const MAX_INT = 2n ** 63n - 1n;

/** redis's string2ll: strict decimal, 64-bit range. */
function parseInteger(s: string, message = ERR.notInt): number {
  if (!INT.test(s) || s.length > 20) return fail(message);
  const b = BigInt(s);
  if (b > MAX_INT || b < -MAX_INT - 1n) return fail(message);
  return Number(b);
}

/** redis's string2d for scores and floats: no spaces, no NaN, inf allowed. */
function parseFloatArg(s: string, message = ERR.notFloat): number {
  if (/^[+-]?inf(inity)?$/i.test(s)) return s.startsWith("-") ? -Infinity : Infinity;
  if (!/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)(e[+-]?[0-9]+)?$/i.test(s)) return fail(message);
  return Number(s);
}

/** C's `%.<p>g`: what Lua's tostring (p = 14) and redis 7.0's double replies (p = 17) print. */
export function formatG(n: number, p: number): string {
  if (Number.isNaN(n)) return "nan";
  if (!Number.isFinite(n)) return n > 0 ? "inf" : "-inf";
  if (n === 0) return Object.is(n, -0) ? "-0" : "0";
  const [mant, expText] = n.toExponential(p - 1).split("e") as [string, string];
  const exp = Number(expText);
  const trim = (s: string) => (s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s);
  if (exp < -4 || exp >= p) return `${trim(mant)}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  return trim(n.toFixed(Math.max(0, p - 1 - exp)));
}

/** A score as redis 7.0 replies it (`%.17g`, integers without a fraction). */
const formatScore = (d: number): string => formatG(d, 17);

/** Byte order of UTF-8 = code point order; redis sorts equal scores by bytes. */
function compareBytes(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** A glob (KEYS, SCAN MATCH) as a RegExp: `*`, `?`, `[abc]`, `[^a]`, `[a-z]`, `\x`. */
function globToRegExp(glob: string): RegExp {
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*") out += "[\\s\\S]*";
    else if (c === "?") out += "[\\s\\S]";
    else if (c === "\\" && i + 1 < glob.length) out += `\\${glob[++i]}`;
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end < 0) out += "\\[";
      else {
        const body = glob.slice(i + 1, end).replace(/\\/g, "\\\\");
        out += `[${body.startsWith("^") ? `^${body.slice(1)}` : body}]`;
        i = end;
      }
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(`^${out}$`);
}

// ---------------------------------------------------------------------------
// Score ranges
// ---------------------------------------------------------------------------

interface ScoreBound {
  value: number;
  exclusive: boolean;
}

function parseBound(s: string): ScoreBound {
  const exclusive = s.startsWith("(");
  return { value: parseFloatArg(exclusive ? s.slice(1) : s, ERR.minMax), exclusive };
}

const aboveMin = (score: number, min: ScoreBound) => (min.exclusive ? score > min.value : score >= min.value);
const belowMax = (score: number, max: ScoreBound) => (max.exclusive ? score < max.value : score <= max.value);

// ---------------------------------------------------------------------------
// The store
// ---------------------------------------------------------------------------

/** A command's arity the redis way: n exactly, or -n for at least n (the name counts). */
interface CommandSpec {
  arity: number;
  run: (args: string[]) => R;
}

/** Options for {@link MemoryStore}. */
export interface MemoryStoreOptions {
  /** Clock for expiry; default Date.now. */
  now?: () => number;
}

/**
 * The in-memory keyspace and its commands. {@link execute} runs one command
 * atomically (this is single-threaded JS), as do the native scripts.
 */
export class MemoryStore {
  private readonly data = new Map<string, Entry>();
  private readonly loadedScripts = new Set<string>();
  private readonly now: () => number;
  private readonly commands: Record<string, CommandSpec>;

  constructor(opts: MemoryStoreOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.commands = this.buildCommands();
  }

  /** Runs one command; errors come back as RespError values, never thrown. */
  execute(cmd: readonly string[]): Reply {
    return toReply(this.call(cmd));
  }

  /** The error MULTI would give while queueing (unknown command, wrong arity), or null. */
  queueError(cmd: readonly string[]): RespError | null {
    const spec = this.commands[cmd[0]!.toUpperCase()];
    if (!spec) return new RespError(unknownCommand(cmd));
    if (!arityOk(spec, cmd.length)) return new RespError(wrongArity(cmd[0]!));
    return null;
  }

  /** Number of live keys (drops expired ones first). */
  size(): number {
    this.purgeExpired();
    return this.data.size;
  }

  /** Runs one command, returning the internal reply (scripts use this as `redis.call`). */
  private call(cmd: readonly string[]): R {
    const queued = this.queueError(cmd);
    if (queued) return queued;
    try {
      return this.commands[cmd[0]!.toUpperCase()]!.run(cmd.slice(1));
    } catch (e) {
      if (e instanceof CommandError) return new RespError(e.message);
      throw e;
    }
  }

  // -- keyspace helpers ------------------------------------------------------

  private lookup(key: string): Entry | undefined {
    const e = this.data.get(key);
    if (e && e.expireAt !== null && e.expireAt <= this.now()) {
      this.data.delete(key);
      return undefined;
    }
    return e;
  }

  private purgeExpired(): void {
    for (const key of [...this.data.keys()]) this.lookup(key);
  }

  private get<T extends keyof TypeMap>(key: string, type: T): TypeMap[T] | undefined {
    const e = this.lookup(key);
    if (!e) return undefined;
    if (e.value.type !== type) return fail(ERR.wrongType);
    return e.value.v as TypeMap[T];
  }

  /** The container at `key`, created empty (without expiry) when missing. */
  private getOrCreate<T extends "hash" | "set" | "zset" | "list">(key: string, type: T): TypeMap[T] {
    const found = this.get(key, type);
    if (found) return found;
    const fresh = (type === "hash" || type === "zset" ? new Map() : type === "set" ? new Set() : []) as TypeMap[T];
    this.data.set(key, { value: { type, v: fresh } as Value, expireAt: null });
    return fresh;
  }

  /** Redis deletes a container when it becomes empty. */
  private dropIfEmpty(key: string): void {
    const e = this.data.get(key);
    if (!e || e.value.type === "string") return;
    const v = e.value.v;
    if ((Array.isArray(v) ? v.length : v.size) === 0) this.data.delete(key);
  }

  private getString(key: string): string | null {
    return this.get(key, "string") ?? null;
  }

  private setString(key: string, v: string, keepTtl = false): void {
    const ttl = keepTtl ? (this.lookup(key)?.expireAt ?? null) : null;
    this.data.set(key, { value: { type: "string", v }, expireAt: ttl });
  }

  private incrBy(key: string, by: number): number {
    const cur = this.getString(key);
    const n = cur === null ? 0 : parseInteger(cur);
    const next = BigInt(n) + BigInt(by);
    if (next > MAX_INT || next < -MAX_INT - 1n) fail(ERR.overflow);
    this.setString(key, next.toString(), true);
    return Number(next);
  }

  private setExpiry(key: string, at: number, flags: string[], command: string): number {
    const e = this.lookup(key);
    let nx = false, xx = false, gt = false, lt = false;
    for (const f of flags.map((x) => x.toUpperCase())) {
      if (f === "NX") nx = true;
      else if (f === "XX") xx = true;
      else if (f === "GT") gt = true;
      else if (f === "LT") lt = true;
      else fail(`ERR Unsupported option ${f}`);
    }
    if (nx && (xx || gt || lt)) fail("ERR NX and XX, GT or LT options at the same time are not compatible");
    if (gt && lt) fail("ERR GT and LT options at the same time are not compatible");
    if (!e) return 0;
    const cur = e.expireAt;
    if (nx && cur !== null) return 0;
    if (xx && cur === null) return 0;
    if (gt && (cur === null || at <= cur)) return 0;
    if (lt && cur !== null && at >= cur) return 0;
    if (!Number.isFinite(at)) fail(`ERR invalid expire time in '${command}' command`);
    if (at <= this.now()) this.data.delete(key);
    else e.expireAt = at;
    return 1;
  }

  private sortedZset(key: string): Array<[string, number]> {
    const z = this.get(key, "zset");
    if (!z) return [];
    return [...z.entries()].sort((a, b) => a[1] - b[1] || compareBytes(a[0], b[0]));
  }

  // -- commands ---------------------------------------------------------------

  private buildCommands(): Record<string, CommandSpec> {
    const cmds: Record<string, CommandSpec> = {};
    const def = (names: string, arity: number, run: (args: string[], name: string) => R) => {
      for (const name of names.split(" ")) cmds[name] = { arity, run: (args) => run(args, name) };
    };

    // -- connection / server
    def("PING", -1, (a) => (a.length ? a[0]! : new RespStatus("PONG")));
    def("ECHO", 2, (a) => a[0]!);
    def("TIME", 1, () => {
      const ms = this.now();
      return [String(Math.floor(ms / 1000)), String((ms % 1000) * 1000)];
    });
    def("DBSIZE", 1, () => this.size());
    def("FLUSHDB FLUSHALL", -1, () => {
      this.data.clear();
      return OK;
    });
    def("INFO", -1, () => `# Server\r\nredis_version:7.0.15\r\nredis_mode:standalone\r\nbackend:memory\r\n# Keyspace\r\ndb0:keys=${this.size()},expires=0\r\n`);

    // -- generic keys
    def("DEL UNLINK", -2, (a) => a.filter((k) => this.lookup(k) && this.data.delete(k)).length);
    def("EXISTS", -2, (a) => a.filter((k) => this.lookup(k)).length);
    def("TYPE", 2, (a) => new RespStatus(this.lookup(a[0]!)?.value.type ?? "none"));
    def("EXPIRE", -3, (a) => this.setExpiry(a[0]!, this.now() + parseInteger(a[1]!) * 1000, a.slice(2), "expire"));
    def("PEXPIRE", -3, (a) => this.setExpiry(a[0]!, this.now() + parseInteger(a[1]!), a.slice(2), "pexpire"));
    def("EXPIREAT", -3, (a) => this.setExpiry(a[0]!, parseInteger(a[1]!) * 1000, a.slice(2), "expireat"));
    def("PEXPIREAT", -3, (a) => this.setExpiry(a[0]!, parseInteger(a[1]!), a.slice(2), "pexpireat"));
    const ttl = (key: string, unit: number): number => {
      const e = this.lookup(key);
      if (!e) return -2;
      if (e.expireAt === null) return -1;
      const ms = e.expireAt - this.now();
      return unit === 1 ? ms : Math.floor((ms + 500) / 1000);
    };
    def("TTL", 2, (a) => ttl(a[0]!, 1000));
    def("PTTL", 2, (a) => ttl(a[0]!, 1));
    def("PERSIST", 2, (a) => {
      const e = this.lookup(a[0]!);
      if (!e || e.expireAt === null) return 0;
      e.expireAt = null;
      return 1;
    });
    def("KEYS", 2, (a) => {
      this.purgeExpired();
      const re = globToRegExp(a[0]!);
      return [...this.data.keys()].filter((k) => re.test(k));
    });
    def("SCAN", -2, (a) => {
      const cursor = parseInteger(a[0]!, "ERR invalid cursor");
      let match: RegExp | null = null;
      let count = 10;
      let type: string | null = null;
      for (let i = 1; i < a.length; i += 2) {
        const opt = a[i]!.toUpperCase();
        const arg = a[i + 1] ?? fail(ERR.syntax);
        if (opt === "MATCH") match = globToRegExp(arg);
        else if (opt === "COUNT") count = Math.max(1, parseInteger(arg));
        else if (opt === "TYPE") type = arg.toLowerCase();
        else fail(ERR.syntax);
      }
      this.purgeExpired();
      const all = [...this.data.keys()].sort();
      const page = all.slice(cursor, cursor + count);
      const next = cursor + count >= all.length ? 0 : cursor + count;
      return [String(next), page.filter((k) => (!match || match.test(k)) && (!type || this.data.get(k)!.value.type === type))];
    });
    def("RENAME", 3, (a) => {
      const e = this.lookup(a[0]!) ?? fail("ERR no such key");
      this.data.delete(a[0]!);
      this.data.set(a[1]!, e);
      return OK;
    });

    // -- strings
    def("GET", 2, (a) => this.getString(a[0]!));
    def("GETDEL", 2, (a) => {
      const v = this.getString(a[0]!);
      if (v !== null) this.data.delete(a[0]!);
      return v;
    });
    def("MGET", -2, (a) => a.map((k) => {
      const e = this.lookup(k);
      return e?.value.type === "string" ? e.value.v : null;
    }));
    def("SET", -3, (a) => {
      const [key, value] = a as [string, string];
      let nx = false, xx = false, get = false, keepTtl = false;
      let expireAt: number | null = null;
      for (let i = 2; i < a.length; i++) {
        const opt = a[i]!.toUpperCase();
        if (opt === "NX" && !xx) nx = true;
        else if (opt === "XX" && !nx) xx = true;
        else if (opt === "GET") get = true;
        else if (opt === "KEEPTTL" && expireAt === null) keepTtl = true;
        else if ((opt === "EX" || opt === "PX" || opt === "EXAT" || opt === "PXAT") && !keepTtl && expireAt === null && i + 1 < a.length) {
          const n = parseInteger(a[++i]!);
          if (n <= 0) fail("ERR invalid expire time in 'set' command");
          expireAt = opt === "EX" ? this.now() + n * 1000 : opt === "PX" ? this.now() + n : opt === "EXAT" ? n * 1000 : n;
        } else fail(ERR.syntax);
      }
      const prior = this.lookup(key);
      if (get && prior && prior.value.type !== "string") fail(ERR.wrongType);
      const priorValue = prior?.value.type === "string" ? prior.value.v : null;
      if ((nx && prior) || (xx && !prior)) return get ? priorValue : null;
      this.data.set(key, { value: { type: "string", v: value }, expireAt: keepTtl ? (prior?.expireAt ?? null) : expireAt });
      return get ? priorValue : OK;
    });
    def("SETNX", 3, (a) => {
      if (this.lookup(a[0]!)) return 0;
      this.setString(a[0]!, a[1]!);
      return 1;
    });
    const setWithTtl = (a: string[], unit: number, name: string): R => {
      const n = parseInteger(a[1]!);
      if (n <= 0) fail(`ERR invalid expire time in '${name.toLowerCase()}' command`);
      this.data.set(a[0]!, { value: { type: "string", v: a[2]! }, expireAt: this.now() + n * unit });
      return OK;
    };
    def("SETEX", 4, (a, name) => setWithTtl(a, 1000, name));
    def("PSETEX", 4, (a, name) => setWithTtl(a, 1, name));
    def("MSET", -3, (a) => {
      if (a.length % 2) fail("ERR wrong number of arguments for 'mset' command");
      for (let i = 0; i < a.length; i += 2) this.setString(a[i]!, a[i + 1]!);
      return OK;
    });
    def("INCR", 2, (a) => this.incrBy(a[0]!, 1));
    def("DECR", 2, (a) => this.incrBy(a[0]!, -1));
    def("INCRBY", 3, (a) => this.incrBy(a[0]!, parseInteger(a[1]!)));
    def("DECRBY", 3, (a) => this.incrBy(a[0]!, -parseInteger(a[1]!)));
    def("INCRBYFLOAT", 3, (a) => {
      const cur = this.getString(a[0]!);
      const next = (cur === null ? 0 : parseFloatArg(cur)) + parseFloatArg(a[1]!);
      if (!Number.isFinite(next)) fail("ERR increment would produce NaN or Infinity");
      const text = formatG(next, 17);
      this.setString(a[0]!, text, true);
      return text;
    });
    def("APPEND", 3, (a) => {
      const next = (this.getString(a[0]!) ?? "") + a[1]!;
      this.setString(a[0]!, next, true);
      return Buffer.byteLength(next, "utf8");
    });
    def("STRLEN", 2, (a) => Buffer.byteLength(this.getString(a[0]!) ?? "", "utf8"));

    // -- hashes
    const hset = (a: string[]): number => {
      if (a.length < 3 || a.length % 2 === 0) fail("ERR wrong number of arguments for 'hset' command");
      const h = this.getOrCreate(a[0]!, "hash");
      let added = 0;
      for (let i = 1; i < a.length; i += 2) {
        if (!h.has(a[i]!)) added++;
        h.set(a[i]!, a[i + 1]!);
      }
      return added;
    };
    def("HSET", -4, (a) => hset(a));
    def("HMSET", -4, (a) => {
      hset(a);
      return OK;
    });
    def("HSETNX", 4, (a) => {
      const h = this.getOrCreate(a[0]!, "hash");
      if (h.has(a[1]!)) return 0;
      h.set(a[1]!, a[2]!);
      return 1;
    });
    def("HGET", 3, (a) => this.get(a[0]!, "hash")?.get(a[1]!) ?? null);
    def("HMGET", -3, (a) => {
      const h = this.get(a[0]!, "hash");
      return a.slice(1).map((f) => h?.get(f) ?? null);
    });
    def("HGETALL", 2, (a) => [...(this.get(a[0]!, "hash") ?? new Map<string, string>()).entries()].flat());
    def("HKEYS", 2, (a) => [...(this.get(a[0]!, "hash")?.keys() ?? [])]);
    def("HVALS", 2, (a) => [...(this.get(a[0]!, "hash")?.values() ?? [])]);
    def("HLEN", 2, (a) => this.get(a[0]!, "hash")?.size ?? 0);
    def("HEXISTS", 3, (a) => (this.get(a[0]!, "hash")?.has(a[1]!) ? 1 : 0));
    def("HSTRLEN", 3, (a) => Buffer.byteLength(this.get(a[0]!, "hash")?.get(a[1]!) ?? "", "utf8"));
    def("HDEL", -3, (a) => {
      const h = this.get(a[0]!, "hash");
      if (!h) return 0;
      const n = a.slice(1).filter((f) => h.delete(f)).length;
      this.dropIfEmpty(a[0]!);
      return n;
    });
    def("HINCRBY", 4, (a) => {
      const by = parseInteger(a[2]!);
      const h = this.getOrCreate(a[0]!, "hash");
      const cur = h.get(a[1]!);
      const n = cur === undefined ? 0 : parseInteger(cur, "ERR hash value is not an integer");
      const next = BigInt(n) + BigInt(by);
      if (next > MAX_INT || next < -MAX_INT - 1n) fail(ERR.overflow);
      h.set(a[1]!, next.toString());
      return Number(next);
    });
    def("HINCRBYFLOAT", 4, (a) => {
      const by = parseFloatArg(a[2]!);
      const h = this.getOrCreate(a[0]!, "hash");
      const cur = h.get(a[1]!);
      const next = (cur === undefined ? 0 : parseFloatArg(cur, "ERR hash value is not a float")) + by;
      const text = formatG(next, 17);
      h.set(a[1]!, text);
      return text;
    });

    // -- sets
    def("SADD", -3, (a) => {
      const s = this.getOrCreate(a[0]!, "set");
      let n = 0;
      for (const m of a.slice(1)) {
        if (s.has(m)) continue;
        s.add(m);
        n++;
      }
      return n;
    });
    def("SREM", -3, (a) => {
      const s = this.get(a[0]!, "set");
      if (!s) return 0;
      const n = a.slice(1).filter((m) => s.delete(m)).length;
      this.dropIfEmpty(a[0]!);
      return n;
    });
    def("SMEMBERS", 2, (a) => [...(this.get(a[0]!, "set") ?? [])]);
    def("SCARD", 2, (a) => this.get(a[0]!, "set")?.size ?? 0);
    def("SISMEMBER", 3, (a) => (this.get(a[0]!, "set")?.has(a[1]!) ? 1 : 0));
    def("SMISMEMBER", -3, (a) => {
      const s = this.get(a[0]!, "set");
      return a.slice(1).map((m) => (s?.has(m) ? 1 : 0));
    });
    const sets = (keys: string[]) => keys.map((k) => this.get(k, "set") ?? new Set<string>());
    def("SUNION", -2, (a) => [...new Set(sets(a).flatMap((s) => [...s]))]);
    def("SINTER", -2, (a) => {
      const [first, ...rest] = sets(a);
      return [...first!].filter((m) => rest.every((s) => s.has(m)));
    });
    def("SDIFF", -2, (a) => {
      const [first, ...rest] = sets(a);
      return [...first!].filter((m) => rest.every((s) => !s.has(m)));
    });

    // -- lists
    const push = (a: string[], left: boolean): number => {
      const l = this.getOrCreate(a[0]!, "list");
      for (const v of a.slice(1)) {
        if (left) l.unshift(v);
        else l.push(v);
      }
      return l.length;
    };
    def("LPUSH", -3, (a) => push(a, true));
    def("RPUSH", -3, (a) => push(a, false));
    const pop = (a: string[], left: boolean): R => {
      const l = this.get(a[0]!, "list");
      const count = a[1] === undefined ? null : parseInteger(a[1]!, "ERR value is out of range, must be positive");
      if (count !== null && count < 0) fail("ERR value is out of range, must be positive");
      if (!l) return null;
      const taken = left ? l.splice(0, count ?? 1) : l.splice(Math.max(0, l.length - (count ?? 1))).reverse();
      this.dropIfEmpty(a[0]!);
      return count === null ? (taken[0] ?? null) : taken;
    };
    def("LPOP", -2, (a) => pop(a, true));
    def("RPOP", -2, (a) => pop(a, false));
    def("LLEN", 2, (a) => this.get(a[0]!, "list")?.length ?? 0);
    const span = (len: number, startArg: string, stopArg: string): [number, number] => {
      let start = parseInteger(startArg);
      let stop = parseInteger(stopArg);
      if (start < 0) start = Math.max(0, len + start);
      if (stop < 0) stop = len + stop;
      return [start, Math.min(stop, len - 1)];
    };
    def("LRANGE", 4, (a) => {
      const l = this.get(a[0]!, "list") ?? [];
      const [start, stop] = span(l.length, a[1]!, a[2]!);
      return start > stop ? [] : l.slice(start, stop + 1);
    });
    def("LINDEX", 3, (a) => {
      const l = this.get(a[0]!, "list") ?? [];
      const i = parseInteger(a[1]!);
      return l[i < 0 ? l.length + i : i] ?? null;
    });
    def("LTRIM", 4, (a) => {
      const l = this.get(a[0]!, "list");
      if (!l) return OK;
      const [start, stop] = span(l.length, a[1]!, a[2]!);
      const kept = start > stop ? [] : l.slice(start, stop + 1);
      l.splice(0, l.length, ...kept);
      this.dropIfEmpty(a[0]!);
      return OK;
    });

    // -- sorted sets
    def("ZADD", -4, (a) => {
      const key = a[0]!;
      let i = 1;
      let nx = false, xx = false, gt = false, lt = false, ch = false, incr = false;
      for (; i < a.length; i++) {
        const opt = a[i]!.toUpperCase();
        if (opt === "NX") nx = true;
        else if (opt === "XX") xx = true;
        else if (opt === "GT") gt = true;
        else if (opt === "LT") lt = true;
        else if (opt === "CH") ch = true;
        else if (opt === "INCR") incr = true;
        else break;
      }
      const pairs = a.slice(i);
      if (pairs.length === 0 || pairs.length % 2) fail(ERR.syntax);
      if (nx && xx) fail("ERR XX and NX options at the same time are not compatible");
      if ((gt && nx) || (lt && nx) || (gt && lt)) fail("ERR GT, LT, and/or NX options at the same time are not compatible");
      if (incr && pairs.length > 2) fail("ERR INCR option supports a single increment-element pair");
      const scores = pairs.filter((_, j) => j % 2 === 0).map((s) => parseFloatArg(s));
      const z = this.get(key, "zset") ?? (xx ? null : this.getOrCreate(key, "zset"));
      if (!z) return incr ? null : 0;
      let added = 0, changed = 0;
      let result: number | null = null;
      for (let j = 0; j < scores.length; j++) {
        const member = pairs[j * 2 + 1]!;
        const cur = z.get(member);
        let score = scores[j]!;
        if (cur === undefined) {
          if (xx) continue;
          z.set(member, score);
          added++;
          result = score;
          continue;
        }
        if (nx) continue;
        if (incr) score = cur + score;
        if (Number.isNaN(score)) fail("ERR resulting score is not a number (NaN)");
        if ((gt && score <= cur) || (lt && score >= cur)) continue;
        if (score !== cur) {
          z.set(member, score);
          changed++;
        }
        result = score;
      }
      this.dropIfEmpty(key);
      if (incr) return result === null ? null : formatScore(result);
      return ch ? added + changed : added;
    });
    def("ZINCRBY", 4, (a) => {
      const by = parseFloatArg(a[1]!);
      const z = this.getOrCreate(a[0]!, "zset");
      const next = (z.get(a[2]!) ?? 0) + by;
      if (Number.isNaN(next)) fail("ERR resulting score is not a number (NaN)");
      z.set(a[2]!, next);
      return formatScore(next);
    });
    def("ZREM", -3, (a) => {
      const z = this.get(a[0]!, "zset");
      if (!z) return 0;
      const n = a.slice(1).filter((m) => z.delete(m)).length;
      this.dropIfEmpty(a[0]!);
      return n;
    });
    def("ZCARD", 2, (a) => this.get(a[0]!, "zset")?.size ?? 0);
    def("ZSCORE", 3, (a) => {
      const s = this.get(a[0]!, "zset")?.get(a[1]!);
      return s === undefined ? null : formatScore(s);
    });
    def("ZMSCORE", -3, (a) => {
      const z = this.get(a[0]!, "zset");
      return a.slice(1).map((m) => {
        const s = z?.get(m);
        return s === undefined ? null : formatScore(s);
      });
    });
    def("ZCOUNT", 4, (a) => {
      const min = parseBound(a[1]!);
      const max = parseBound(a[2]!);
      return this.sortedZset(a[0]!).filter(([, s]) => aboveMin(s, min) && belowMax(s, max)).length;
    });
    const rank = (a: string[], rev: boolean): R => {
      const sorted = this.sortedZset(a[0]!);
      const i = sorted.findIndex(([m]) => m === a[1]);
      if (i < 0) return null;
      return rev ? sorted.length - 1 - i : i;
    };
    def("ZRANK", 3, (a) => rank(a, false));
    def("ZREVRANK", 3, (a) => rank(a, true));
    def("ZRANGE", -4, (a) => this.zrange(a[0]!, a[1]!, a[2]!, a.slice(3), "ZRANGE"));
    def("ZREVRANGE", -4, (a) => this.zrange(a[0]!, a[1]!, a[2]!, ["REV", ...a.slice(3)], "ZREVRANGE"));
    def("ZRANGEBYSCORE", -4, (a) => this.zrange(a[0]!, a[1]!, a[2]!, ["BYSCORE", ...a.slice(3)], "ZRANGEBYSCORE"));
    def("ZREVRANGEBYSCORE", -4, (a) => this.zrange(a[0]!, a[1]!, a[2]!, ["BYSCORE", "REV", ...a.slice(3)], "ZREVRANGEBYSCORE"));
    def("ZREMRANGEBYSCORE", 4, (a) => {
      const min = parseBound(a[1]!);
      const max = parseBound(a[2]!);
      const z = this.get(a[0]!, "zset");
      if (!z) return 0;
      let n = 0;
      for (const [m, s] of [...z]) {
        if (!aboveMin(s, min) || !belowMax(s, max)) continue;
        z.delete(m);
        n++;
      }
      this.dropIfEmpty(a[0]!);
      return n;
    });
    def("ZREMRANGEBYRANK", 4, (a) => {
      const sorted = this.sortedZset(a[0]!);
      const [start, stop] = span(sorted.length, a[1]!, a[2]!);
      const z = this.get(a[0]!, "zset");
      if (!z || start > stop) return 0;
      for (const [m] of sorted.slice(start, stop + 1)) z.delete(m);
      this.dropIfEmpty(a[0]!);
      return stop - start + 1;
    });

    // -- scripting
    def("EVAL EVAL_RO", -3, (a) => this.eval(a[0]!, sha1(a[0]!), a.slice(1)));
    def("EVALSHA EVALSHA_RO", -3, (a) => {
      const sha = a[0]!.toLowerCase();
      if (!this.loadedScripts.has(sha)) return new RespError(ERR.noScript);
      return this.eval(null, sha, a.slice(1));
    });
    def("SCRIPT", -2, (a) => {
      const sub = a[0]!.toUpperCase();
      if (sub === "LOAD" && a.length === 2) {
        const sha = sha1(a[1]!);
        if (!SCRIPTS.has(sha)) return new RespError(unknownScript(sha, a[1]!));
        this.loadedScripts.add(sha);
        return sha;
      }
      if (sub === "EXISTS" && a.length >= 2) return a.slice(1).map((s) => (this.loadedScripts.has(s.toLowerCase()) ? 1 : 0));
      if (sub === "FLUSH") {
        this.loadedScripts.clear();
        return OK;
      }
      return fail(`ERR unknown subcommand '${a[0]}'. Try SCRIPT HELP.`);
    });

    return cmds;
  }

  /** ZRANGE and its older forms: by index or BYSCORE, REV, LIMIT, WITHSCORES. */
  private zrange(key: string, startArg: string, stopArg: string, opts: string[], name: string): R {
    let byScore = false, rev = false, withScores = false;
    let limit: [number, number] | null = null;
    for (let i = 0; i < opts.length; i++) {
      const opt = opts[i]!.toUpperCase();
      if (opt === "BYSCORE") byScore = true;
      else if (opt === "REV") rev = true;
      else if (opt === "WITHSCORES") withScores = true;
      else if (opt === "LIMIT" && i + 2 < opts.length) {
        limit = [parseInteger(opts[i + 1]!), parseInteger(opts[i + 2]!)];
        i += 2;
      } else if (opt === "BYLEX") fail(`ERR ${name} BYLEX is not supported by the in-memory store`);
      else fail(ERR.syntax);
    }
    if (limit && !byScore) fail("ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX");
    let sorted = this.sortedZset(key);
    let picked: Array<[string, number]>;
    if (byScore) {
      // With REV the bounds come as max, min.
      const min = parseBound(rev ? stopArg : startArg);
      const max = parseBound(rev ? startArg : stopArg);
      if (rev) sorted = sorted.reverse();
      picked = sorted.filter(([, s]) => aboveMin(s, min) && belowMax(s, max));
      if (limit) {
        const [offset, count] = limit;
        picked = offset < 0 ? [] : picked.slice(offset, count < 0 ? undefined : offset + count);
      }
    } else {
      if (rev) sorted = sorted.reverse();
      let start = parseInteger(startArg);
      let stop = parseInteger(stopArg);
      const len = sorted.length;
      if (start < 0) start = Math.max(0, len + start);
      if (stop < 0) stop = len + stop;
      stop = Math.min(stop, len - 1);
      picked = start > stop ? [] : sorted.slice(start, stop + 1);
    }
    return withScores ? picked.flatMap(([m, s]) => [m, formatScore(s)]) : picked.map(([m]) => m);
  }

  /** EVAL / EVALSHA: a native script by the SHA-1 of its source. */
  private eval(source: string | null, sha: string, rest: string[]): R {
    const numKeys = parseInteger(rest[0]!);
    if (numKeys < 0) fail("ERR Number of keys can't be negative");
    if (numKeys > rest.length - 1) fail("ERR Number of keys can't be greater than number of args");
    const script = SCRIPTS.get(sha);
    if (!script) return new RespError(unknownScript(sha, source ?? ""));
    this.loadedScripts.add(sha);
    const keys = rest.slice(1, 1 + numKeys);
    const argv = rest.slice(1 + numKeys);
    const call = (...args: Array<string | number>): R => {
      const reply = this.call(args.map(luaArg));
      // redis.call raises on an error reply; the script stops there (earlier writes stay, as in redis).
      if (reply instanceof RespError) throw new CommandError(`${reply.message} script: ${sha}, on ${script.name}.`);
      return reply;
    };
    return fromLua(script.run(call, keys, argv));
  }
}

function arityOk(spec: CommandSpec, argc: number): boolean {
  return spec.arity >= 0 ? argc === spec.arity : argc >= -spec.arity;
}

function wrongArity(name: string): string {
  return `ERR wrong number of arguments for '${name.toLowerCase()}' command`;
}

function unknownCommand(cmd: readonly string[]): string {
  return `ERR unknown command '${cmd[0]}', with args beginning with: ${cmd.slice(1, 4).map((a) => `'${a}' `).join("")}`;
}

function unknownScript(sha: string, source: string): string {
  const head = source.trim().split("\n")[0]!.slice(0, 60);
  return `ERR the in-memory store has no native implementation of this Lua script (sha1 ${sha}${head ? `, "${head}"` : ""}); add one to SCRIPTS in dev/memory-store.ts, or run with redis-server`;
}

const sha1 = (s: string): string => createHash("sha1").update(s, "utf8").digest("hex");

// ---------------------------------------------------------------------------
// Native scripts
// ---------------------------------------------------------------------------

/** Values a native script passes back, with Lua's meaning (false = nil reply). */
type LuaValue = string | number | boolean | null | RespStatus | LuaValue[];

/** `redis.call` inside a native script. */
type Call = (...args: Array<string | number>) => R;

/** A Lua script the app runs, reimplemented in JS. `source` is the exact text the client sends. */
interface NativeScript {
  name: string;
  run(call: Call, keys: string[], argv: string[]): LuaValue;
}

/** What redis.call receives from Lua: numbers printed by tostring (`%.14g`). */
function luaArg(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return formatG(v, 14);
  throw new CommandError("ERR Lua redis lib command arguments must be strings or integers");
}

/** Lua → redis reply conversion: numbers truncate to integers, false/nil → nil, tables stop at the first nil. */
function fromLua(v: LuaValue): R {
  if (v === null || v === false) return null;
  if (v === true) return 1;
  if (typeof v === "number") return Math.trunc(v);
  if (typeof v === "string" || v instanceof RespStatus) return v;
  const out: R[] = [];
  for (const x of v) {
    if (x === null || x === undefined) break;
    out.push(fromLua(x));
  }
  return out;
}

/** Lua's tonumber on a redis reply or ARGV (nil when not numeric). */
function tonumber(v: R | undefined): number | null {
  if (typeof v === "number") return v;
  if (typeof v !== "string") return null;
  const t = v.trim();
  if (t === "" || !/^[+-]?(0x[0-9a-f]+|([0-9]+\.?[0-9]*|\.[0-9]+)(e[+-]?[0-9]+)?|inf|nan)$/i.test(t)) return null;
  return Number(t);
}

/** Lua's arithmetic on a string operand (coerced, or an error). */
function arith(v: R | number): number {
  const n = tonumber(v as R);
  if (n === null) throw new CommandError("ERR attempt to perform arithmetic on a non-number value");
  return n;
}

/** Lua's `%`: a - floor(a/b)*b. */
const luaMod = (a: number, b: number) => a - Math.floor(a / b) * b;

/** The dynamic-limit lookup shared by @upstash/ratelimit's scripts. */
function effectiveLimit(call: Call, dynamicLimitKey: string | undefined, tokens: number | null): number | null {
  if (dynamicLimitKey) {
    const dynamic = call("GET", dynamicLimitKey);
    if (typeof dynamic === "string") return tonumber(dynamic);
  }
  return tokens;
}

// The app's scripts, verbatim (api/store/turn-store.ts, writes.ts, item-repo.ts, aggregates.ts).
// If one of them changes, its sha changes and EVAL answers with the "no native
// implementation" error: update the copy and its implementation together.
const BEGIN = `
local prior = redis.call("SET", KEYS[1], "P", "NX", "GET", "PX", ARGV[1])
local owed = {}
if not prior or string.sub(prior, 1, 1) == "D" then
  local now = tonumber(ARGV[2])
  for _, id in ipairs(redis.call("SMEMBERS", KEYS[4])) do
    if #owed >= 2 * tonumber(ARGV[5]) then break end
    local due = redis.call("ZSCORE", KEYS[5], id)
    local b = redis.call("HGETALL", ARGV[4] .. id)
    if not due or #b == 0 then
      redis.call("SREM", KEYS[4], id)
      redis.call("ZREM", KEYS[5], id)
    elseif tonumber(due) <= now then
      redis.call("ZADD", KEYS[5], now + tonumber(ARGV[3]), id)
      owed[#owed + 1] = id
      owed[#owed + 1] = b
    end
  end
end
return {prior or "", redis.call("HGETALL", KEYS[2]), redis.call("HGETALL", KEYS[3]), owed}
`;
const RELEASE = `
if redis.call("GET", KEYS[1]) == "P" then redis.call("DEL", KEYS[1]) end
if redis.call("ZSCORE", KEYS[2], ARGV[1]) then redis.call("ZADD", KEYS[2], ARGV[2], ARGV[1]) end
return 1
`;
const SETTLE = `
if redis.call("EXISTS", KEYS[1]) == 0 then redis.call("ZREM", KEYS[2], ARGV[1]) return 0 end
if ARGV[2] == "" then
  local x = redis.call("HGET", KEYS[1], "x")
  if x then for ix in string.gmatch(x, "%S+") do redis.call("SREM", ix, ARGV[1]) end end
  redis.call("DEL", KEYS[1])
  redis.call("ZREM", KEYS[2], ARGV[1])
  return 1
end
redis.call("HSET", KEYS[1], "s", ARGV[2])
redis.call("HINCRBY", KEYS[1], "a", 1)
redis.call("ZADD", KEYS[2], ARGV[3], ARGV[1])
return 1
`;
const CLAIM_DUE = `
local now = tonumber(ARGV[1])
local out = {}
for _, id in ipairs(redis.call("ZRANGEBYSCORE", KEYS[1], "-inf", now, "LIMIT", 0, tonumber(ARGV[3]))) do
  local b = redis.call("HGETALL", ARGV[4] .. id)
  if #b == 0 then
    redis.call("ZREM", KEYS[1], id)
  else
    redis.call("ZADD", KEYS[1], now + tonumber(ARGV[2]), id)
    out[#out + 1] = id
    out[#out + 1] = b
  end
end
return out
`;
const CAS = `
local p = cjson.decode(ARGV[1])
if p.mark and redis.call("GET", p.mark[1]) == p.mark[2] then return {1, -1} end
for i, c in ipairs(p.checks) do
  if c[1] == "hv" then
    local v = redis.call("HGET", c[2], "v")
    if (v or "0") ~= c[3] then return {0, i} end
  elseif c[1] == "nx" then
    if redis.call("EXISTS", c[2]) == 1 then return {0, i} end
  elseif c[1] == "hs" then
    local v = redis.call("HGET", c[2], "v")
    if v and v ~= c[3] then return {0, i} end
  end
end
for _, op in ipairs(p.ops) do
  if op[1] == "OBFORGET" then
    for _, id in ipairs(redis.call("SMEMBERS", op[2])) do
      local key = op[4] .. id
      local x = redis.call("HGET", key, "x")
      if x then for ix in string.gmatch(x, "%S+") do redis.call("SREM", ix, id) end end
      redis.call("DEL", key)
      redis.call("ZREM", op[5], id)
    end
    for _, id in ipairs(redis.call("SMEMBERS", op[3])) do
      local key = op[4] .. id
      local n = tonumber(redis.call("HGET", key, "n") or "0")
      for i = 0, n - 1 do
        if redis.call("HGET", key, "t" .. i) == op[6] then redis.call("HDEL", key, "m" .. i, "t" .. i) end
      end
    end
    redis.call("DEL", op[2], op[3])
  elseif op[1] == "IFX" or op[1] == "IFNX" then
    if (redis.call("EXISTS", op[2]) == 1) == (op[1] == "IFX") then
      for _, o in ipairs(op[3]) do redis.call(unpack(o)) end
    end
  else
    redis.call(unpack(op))
  end
end
return {1, 0}
`;
const RELOAD = `return {redis.call("HGETALL", KEYS[1]), redis.call("HGETALL", KEYS[2])}`;
const SUBSCRIPTIONS = `return redis.call("HGETALL", KEYS[1])`;
const VERSIONED = `return redis.call("HMGET", KEYS[1], "v", "s")`;
const GET_MANY = `local out = {} for i, k in ipairs(KEYS) do out[i] = redis.call("HGET", k, "s") or "" end return out`;
const HGETALL_MANY = `local out = {} for i, k in ipairs(KEYS) do out[i] = redis.call("HGETALL", k) end return out`;
const FACET_PAGE = `
local limit = tonumber(ARGV[5])
local out = {}
local offset = 0
local n = 0
while n < limit do
  local page = redis.call("ZRANGE", KEYS[1], ARGV[1], ARGV[2], "BYSCORE", "REV", "LIMIT", offset, 200, "WITHSCORES")
  if #page == 0 then break end
  for i = 1, #page, 2 do
    local id, score = page[i], page[i + 1]
    if not (ARGV[4] ~= "" and score == ARGV[3] and id >= ARGV[4]) then
      out[#out + 1] = id
      out[#out + 1] = score
      out[#out + 1] = redis.call("HGET", ARGV[6] .. id, "s") or ""
      n = n + 1
      if n == limit then break end
    end
  end
  if #page < 400 then break end
  offset = offset + 200
end
return out
`;
const DEPUTY_PROFILES = `local ids = redis.call("SMEMBERS", KEYS[1]) local out = {} for i, id in ipairs(ids) do out[#out + 1] = id out[#out + 1] = redis.call("HGET", ARGV[1] .. id, "s") or "" end return out`;

/** cjson.decode of the CAS plan; a malformed plan is a script error, as in redis. */
function decodePlan(text: string | undefined): { checks: unknown[][]; ops: unknown[][]; mark?: unknown[] } {
  let p: unknown;
  try {
    p = JSON.parse(text ?? "");
  } catch {
    throw new CommandError("ERR Error running script: cjson.decode: invalid JSON");
  }
  const plan = p as { checks?: unknown; ops?: unknown };
  if (!Array.isArray(plan?.checks) || !Array.isArray(plan.ops)) throw new CommandError("ERR Error running script: bad argument to ipairs (table expected)");
  return plan as { checks: unknown[][]; ops: unknown[][]; mark?: unknown[] };
}

/** The string a native script got from redis.call, or null (Lua's false/nil). */
const str = (v: R): string | null => (typeof v === "string" ? v : null);

/** Lua's string.gmatch(x, "%S+"). */
const words = (x: string | null): string[] => (x ?? "").split(/[ \t\n\r\f\v]+/).filter(Boolean);

/** The outbox erasure op of the CAS script (see api/store/writes.ts). */
function obForget(call: Call, op: string[]): void {
  const [, byParty, toResident, batchPrefix, due, tag] = op as [string, string, string, string, string, string];
  for (const id of call("SMEMBERS", byParty) as string[]) {
    const key = batchPrefix + id;
    for (const ix of words(str(call("HGET", key, "x")))) call("SREM", ix, id);
    call("DEL", key);
    call("ZREM", due, id);
  }
  for (const id of call("SMEMBERS", toResident) as string[]) {
    const key = batchPrefix + id;
    const n = tonumber(call("HGET", key, "n") ?? "0") ?? 0;
    for (let i = 0; i < n; i++) if (call("HGET", key, `t${i}`) === tag) call("HDEL", key, `m${i}`, `t${i}`);
  }
  call("DEL", byParty, toResident);
}

/** Native scripts by the SHA-1 of the source the client sends (EVAL) or its precomputed hash (EVALSHA). */
const SCRIPTS = new Map<string, NativeScript>([
  [sha1(BEGIN), {
    name: "turn-store BEGIN",
    run: (call, keys, argv) => {
      const prior = str(call("SET", keys[0]!, "P", "NX", "GET", "PX", argv[0]!));
      const owed: LuaValue[] = [];
      if (prior === null || prior.startsWith("D")) {
        const now = arith(argv[1]!);
        for (const id of call("SMEMBERS", keys[3]!) as string[]) {
          if (owed.length >= 2 * arith(argv[4]!)) break;
          const due = call("ZSCORE", keys[4]!, id);
          const b = call("HGETALL", argv[3]! + id) as string[];
          if (due === null || b.length === 0) {
            call("SREM", keys[3]!, id);
            call("ZREM", keys[4]!, id);
          } else if (arith(due) <= now) {
            call("ZADD", keys[4]!, now + arith(argv[2]!), id);
            owed.push(id, b);
          }
        }
      }
      return [prior ?? "", call("HGETALL", keys[1]!) as LuaValue, call("HGETALL", keys[2]!) as LuaValue, owed];
    },
  }],
  [sha1(CAS), {
    name: "writes CAS",
    run: (call, _keys, argv) => {
      const plan = decodePlan(argv[0]);
      if (Array.isArray(plan.mark) && call("GET", plan.mark[0] as string) === plan.mark[1]) return [1, -1];
      for (const [i, c] of plan.checks.entries()) {
        if (c[0] === "hv") {
          const v = call("HGET", c[1] as string, "v");
          // Lua's ~= is false across types: a numeric expected version never matches.
          if ((typeof v === "string" ? v : "0") !== c[2]) return [0, i + 1];
        } else if (c[0] === "nx") {
          if (call("EXISTS", c[1] as string) === 1) return [0, i + 1];
        } else if (c[0] === "hs") {
          const v = call("HGET", c[1] as string, "v");
          if (typeof v === "string" && v !== c[2]) return [0, i + 1];
        }
      }
      for (const op of plan.ops) {
        if (op[0] === "OBFORGET") obForget(call, op as string[]);
        else if (op[0] === "IFX" || op[0] === "IFNX") {
          if ((call("EXISTS", op[1] as string) === 1) === (op[0] === "IFX")) for (const o of op[2] as unknown[][]) call(...(o as Array<string | number>));
        } else call(...(op as Array<string | number>));
      }
      return [1, 0];
    },
  }],
  [sha1(RELEASE), {
    name: "turn-store release",
    run: (call, keys, argv) => {
      if (call("GET", keys[0]!) === "P") call("DEL", keys[0]!);
      if (call("ZSCORE", keys[1]!, argv[0]!) !== null) call("ZADD", keys[1]!, argv[1]!, argv[0]!);
      return 1;
    },
  }],
  [sha1(SETTLE), {
    name: "outbox settle",
    run: (call, keys, argv) => {
      if (call("EXISTS", keys[0]!) === 0) {
        call("ZREM", keys[1]!, argv[0]!);
        return 0;
      }
      if (argv[1] === "") {
        for (const ix of words(str(call("HGET", keys[0]!, "x")))) call("SREM", ix, argv[0]!);
        call("DEL", keys[0]!);
        call("ZREM", keys[1]!, argv[0]!);
        return 1;
      }
      call("HSET", keys[0]!, "s", argv[1]!);
      call("HINCRBY", keys[0]!, "a", 1);
      call("ZADD", keys[1]!, argv[2]!, argv[0]!);
      return 1;
    },
  }],
  [sha1(CLAIM_DUE), {
    name: "outbox claim due",
    run: (call, keys, argv) => {
      const now = arith(argv[0]!);
      const out: LuaValue[] = [];
      for (const id of call("ZRANGEBYSCORE", keys[0]!, "-inf", luaArg(now), "LIMIT", 0, luaArg(arith(argv[2]!))) as string[]) {
        const b = call("HGETALL", argv[3]! + id) as string[];
        if (b.length === 0) call("ZREM", keys[0]!, id);
        else {
          call("ZADD", keys[0]!, luaArg(now + arith(argv[1]!)), id);
          out.push(id, b);
        }
      }
      return out;
    },
  }],
  [sha1(SUBSCRIPTIONS), {
    name: "turn-store subscriptions",
    run: (call, keys) => call("HGETALL", keys[0]!) as LuaValue,
  }],
  [sha1(RELOAD), {
    name: "turn-store reload",
    run: (call, keys) => [call("HGETALL", keys[0]!) as LuaValue, call("HGETALL", keys[1]!) as LuaValue],
  }],
  [sha1(VERSIONED), {
    name: "item-repo VERSIONED",
    // HMGET's nils are false in Lua and come back as nil replies.
    run: (call, keys) => (call("HMGET", keys[0]!, "v", "s") as R[]).map((x) => (x === null ? false : (x as LuaValue))),
  }],
  [sha1(GET_MANY), {
    name: "item-repo GET",
    run: (call, keys) => keys.map((k) => {
      const s = call("HGET", k, "s");
      return typeof s === "string" ? s : "";
    }),
  }],
  [sha1(HGETALL_MANY), {
    name: "aggregates HGETALL many",
    run: (call, keys) => keys.map((k) => call("HGETALL", k) as LuaValue),
  }],
  [sha1(FACET_PAGE), {
    name: "facets PAGE",
    run: (call, keys, argv) => {
      const limit = tonumber(argv[4]) ?? 0;
      const out: string[] = [];
      let offset = 0;
      let n = 0;
      while (n < limit) {
        const page = call("ZRANGE", keys[0]!, argv[0]!, argv[1]!, "BYSCORE", "REV", "LIMIT", offset, 200, "WITHSCORES") as string[];
        if (page.length === 0) break;
        for (let i = 0; i < page.length; i += 2) {
          const id = page[i]!;
          const score = page[i + 1]!;
          // Lua compares strings by bytes (C locale), as compareBytes does.
          if (argv[3] !== "" && score === argv[2] && compareBytes(id, argv[3]!) >= 0) continue;
          const value = call("HGET", `${argv[5]!}${id}`, "s");
          out.push(id, score, typeof value === "string" ? value : "");
          n++;
          if (n === limit) break;
        }
        if (page.length < 400) break;
        offset += 200;
      }
      return out;
    },
  }],
  [sha1(DEPUTY_PROFILES), {
    name: "member-directory deputy profiles",
    run: (call, keys, argv) => (call("SMEMBERS", keys[0]!) as string[]).flatMap((id) => {
      const s = call("HGET", `${argv[0]!}${id}`, "s");
      return [id, typeof s === "string" ? s : ""];
    }),
  }],
  // @upstash/ratelimit 2.x single-region scripts, by the hashes the library sends.
  ["b2efc02798c8e9b471a10f9b1d5745db89923ff3", {
    name: "@upstash/ratelimit fixedWindow limit",
    run: (call, keys, argv) => {
      const limit = effectiveLimit(call, keys[1], tonumber(argv[0]));
      const incrementBy = argv[2]!;
      const r = call("INCRBY", keys[0]!, incrementBy) as number;
      if (r === tonumber(incrementBy)) call("PEXPIRE", keys[0]!, argv[1]!);
      return [r, limit];
    },
  }],
  ["823cb2a5a902d69681244f5e28e5ebb8f2a89edd", {
    name: "@upstash/ratelimit fixedWindow getRemaining",
    run: (call, keys, argv) => {
      const limit = effectiveLimit(call, keys[1], tonumber(argv[0]));
      const used = call("GET", keys[0]!);
      return [arith(limit ?? Number.NaN) - (typeof used === "string" ? arith(used) : 0), limit];
    },
  }],
  ["74740bb3d7792848093cdef586b6b6037c455fd6", {
    name: "@upstash/ratelimit slidingWindow limit",
    run: (call, keys, argv) => {
      const limit = effectiveLimit(call, keys[2], tonumber(argv[0]));
      const now = arith(argv[1]!);
      const window = arith(argv[2]!);
      const incrementBy = tonumber(argv[3]) ?? Number.NaN;
      const cur = call("GET", keys[0]!);
      const prev = call("GET", keys[1]!);
      const inCurrent = typeof cur === "string" ? arith(cur) : 0;
      const percentageInCurrent = luaMod(now, window) / window;
      const inPrevious = Math.floor((1 - percentageInCurrent) * (typeof prev === "string" ? arith(prev) : 0));
      if (incrementBy > 0 && inPrevious + inCurrent >= arith(limit ?? Number.NaN)) return [-1, limit];
      const newValue = call("INCRBY", keys[0]!, incrementBy) as number;
      if (newValue === incrementBy) call("PEXPIRE", keys[0]!, window * 2 + 1000);
      return [arith(limit ?? Number.NaN) - (newValue + inPrevious), limit];
    },
  }],
  ["7ca36169e0fc9caedd81b4eef8e99854c157f9b5", {
    name: "@upstash/ratelimit slidingWindow getRemaining",
    run: (call, keys, argv) => {
      const limit = effectiveLimit(call, keys[2], tonumber(argv[0]));
      const now = arith(argv[1]!);
      const window = arith(argv[2]!);
      const cur = call("GET", keys[0]!);
      const prev = call("GET", keys[1]!);
      const inPrevious = Math.floor((1 - luaMod(now, window) / window) * (typeof prev === "string" ? arith(prev) : 0));
      return [arith(limit ?? Number.NaN) - (inPrevious + (typeof cur === "string" ? arith(cur) : 0)), limit];
    },
  }],
]);

/** The names of the scripts the in-memory store can run (for docs and tests). */
export const NATIVE_SCRIPT_NAMES: readonly string[] = [...SCRIPTS.values()].map((s) => s.name);

// ---------------------------------------------------------------------------
// Backend and endpoint
// ---------------------------------------------------------------------------

/**
 * An {@link UpstashBackend} over a {@link MemoryStore}: pipelines run command
 * by command, MULTI/EXEC checks every command first (EXECABORT like redis) and
 * then runs them back to back, which is atomic in single-threaded JS.
 */
export function createMemoryBackend(store: MemoryStore = new MemoryStore()): UpstashBackend & { store: MemoryStore } {
  return {
    store,
    async pipeline(commands) {
      return commands.map((c) => store.execute(c));
    },
    async multiExec(commands) {
      const queueError = commands.map((c) => store.queueError(c)).find((e) => e !== null);
      if (queueError) return new RespError(`EXECABORT Transaction discarded because of previous errors.: ${queueError.message}`);
      return commands.map((c) => store.execute(c));
    },
    close() {
      // Nothing to release: the data goes with the process.
    },
  };
}

/** Options for {@link startMemoryUpstash}. */
export interface MemoryUpstashOptions extends MemoryStoreOptions {
  token: string;
  /** HTTP port on 127.0.0.1; 0 or omitted = a free port. */
  port?: number;
}

/** The Upstash REST endpoint in front of a fresh in-memory store. */
export async function startMemoryUpstash(opts: MemoryUpstashOptions): Promise<UpstashRestHandle & { store: MemoryStore }> {
  const backend = createMemoryBackend(new MemoryStore({ now: opts.now }));
  const rest = await startUpstashRest({ backend, token: opts.token, port: opts.port });
  return { ...rest, store: backend.store };
}
