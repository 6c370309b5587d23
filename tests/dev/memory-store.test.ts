/**
 * The in-memory store (dev/memory-store.ts) must answer exactly like
 * redis-server behind the same REST endpoint. Most checks here are
 * differential: the same commands go to both backends and the raw Upstash
 * JSON must match.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatG, MemoryStore, NATIVE_SCRIPT_NAMES } from "../../dev/memory-store.js";
import { RELEASE_SCRIPT } from "../../api/store/turn-store.js";
import { startTestUpstash, type TestUpstash } from "../support/upstash.js";

let real: TestUpstash;
let mem: TestUpstash;

beforeAll(async () => {
  [real, mem] = await Promise.all([startTestUpstash({ backend: "redis" }), startTestUpstash({ backend: "memory" })]);
});
afterAll(async () => {
  await Promise.all([real?.stop(), mem?.stop()]);
});

async function post(up: TestUpstash, path: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(up.url + path, {
    method: "POST",
    headers: { authorization: `Bearer ${up.token}`, "content-type": "application/json", "upstash-encoding": "base64" },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

/** Sends the same request to both backends and returns both answers. */
async function both(path: string, body: unknown) {
  const [a, b] = await Promise.all([post(real, path, body), post(mem, path, body)]);
  return { redis: a, memory: b };
}

/** Commands whose reply order redis does not define: compare them sorted. */
const UNORDERED = new Set(["SMEMBERS", "KEYS", "SUNION", "SINTER", "SDIFF"]);
const decode = (v: unknown): unknown => (typeof v === "string" ? Buffer.from(v, "base64").toString("utf8") : v);
function normalise(cmd: string[], entry: unknown): unknown {
  const e = entry as { result?: unknown; error?: string };
  if (UNORDERED.has(cmd[0]!.toUpperCase()) && Array.isArray(e.result)) return { result: e.result.map(decode).sort() };
  return entry;
}

/** Runs commands one by one on both backends; every reply must be identical. */
async function expectSameReplies(commands: string[][]): Promise<void> {
  for (const cmd of commands) {
    const { redis, memory } = await both("/", cmd);
    expect({ cmd, status: memory.status, reply: normalise(cmd, memory.json) }).toEqual({ cmd, status: redis.status, reply: normalise(cmd, redis.json) });
  }
}

let ns = 0;
/** A fresh key prefix per test, so both backends start from the same (empty) keys. */
const fresh = () => `m${++ns}:`;

describe("in-memory store answers like redis-server (differential)", () => {
  it("strings: SET options (NX, XX, GET, EX, PX, KEEPTTL), GET, MGET, INCR family, APPEND, STRLEN, errors", async () => {
    const k = fresh();
    await expectSameReplies([
      ["SET", `${k}a`, "云阳 OK"], ["GET", `${k}a`], ["GET", `${k}none`], ["SET", `${k}a`, "x", "NX"], ["SET", `${k}b`, "y", "XX"],
      ["SET", `${k}a`, "second", "NX", "GET"], ["SET", `${k}c`, "first", "NX", "GET"], ["SET", `${k}a`, "third", "GET"], ["GET", `${k}a`],
      ["SET", `${k}t`, "v", "EX", "100"], ["TTL", `${k}t`], ["SET", `${k}t`, "w", "KEEPTTL"], ["TTL", `${k}t`], ["SET", `${k}t`, "z"], ["TTL", `${k}t`],
      ["SET", `${k}p`, "v", "PX", "100000"], ["TTL", `${k}p`], ["SET", `${k}e`, "v", "EX", "0"], ["SET", `${k}e`, "v", "EX", "abc"], ["SET", `${k}e`, "v", "NX", "XX"], ["SET", `${k}e`, "v", "BOGUS"],
      ["MGET", `${k}a`, `${k}none`, `${k}c`], ["INCR", `${k}n`], ["INCRBY", `${k}n`, "41"], ["DECR", `${k}n`], ["DECRBY", `${k}n`, "-10"], ["INCR", `${k}a`],
      ["INCRBY", `${k}n`, "1.5"], ["SET", `${k}big`, "9223372036854775807"], ["INCR", `${k}big`], ["INCRBYFLOAT", `${k}f`, "10.5"], ["INCRBYFLOAT", `${k}f`, "0.25"],
      ["APPEND", `${k}s`, "ab"], ["APPEND", `${k}s`, "云"], ["STRLEN", `${k}s`], ["STRLEN", `${k}none`], ["SETNX", `${k}s`, "x"], ["SETNX", `${k}s2`, "x"],
      ["SETEX", `${k}se`, "50", "v"], ["TTL", `${k}se`], ["GETDEL", `${k}se`], ["EXISTS", `${k}se`], ["MSET", `${k}m1`, "1", `${k}m2`, "2"], ["MGET", `${k}m1`, `${k}m2`],
      ["GET"], ["SET", `${k}only`],
    ]);
  });

  it("keys: DEL, EXISTS, EXPIRE family with NX/XX/GT/LT, TTL, PERSIST, TYPE, KEYS, DBSIZE, unknown commands", async () => {
    const k = fresh();
    await expectSameReplies([
      ["SET", `${k}a`, "1"], ["SET", `${k}b`, "2"], ["HSET", `${k}h`, "f", "v"], ["SADD", `${k}s`, "m"], ["ZADD", `${k}z`, "1", "m"],
      ["EXISTS", `${k}a`, `${k}a`, `${k}none`], ["TYPE", `${k}a`], ["TYPE", `${k}h`], ["TYPE", `${k}s`], ["TYPE", `${k}z`], ["TYPE", `${k}none`],
      ["TTL", `${k}a`], ["TTL", `${k}none`], ["EXPIRE", `${k}a`, "100"], ["TTL", `${k}a`], ["EXPIRE", `${k}a`, "50", "NX"], ["EXPIRE", `${k}a`, "50", "GT"], ["EXPIRE", `${k}a`, "200", "GT"], ["TTL", `${k}a`],
      ["EXPIRE", `${k}a`, "300", "LT"], ["EXPIRE", `${k}b`, "100", "XX"], ["EXPIRE", `${k}b`, "100", "NX"], ["EXPIRE", `${k}a`, "1", "NX", "XX"], ["EXPIRE", `${k}none`, "10"],
      ["PEXPIRE", `${k}h`, "100000"], ["TTL", `${k}h`], ["PERSIST", `${k}h`], ["TTL", `${k}h`], ["PERSIST", `${k}h`], ["EXPIRE", `${k}s`, "0"], ["EXISTS", `${k}s`], ["EXPIRE", `${k}b`, "-5"], ["EXISTS", `${k}b`],
      ["EXPIRE", `${k}a`, "x"], ["KEYS", `${k}*`], ["KEYS", `${k}[ah]`], ["KEYS", `${k}?`], ["DEL", `${k}a`, `${k}z`, `${k}none`], ["KEYS", `${k}*`],
      ["NOSUCHCOMMAND", "x", "y"], ["GET", "a", "b"], ["PING"], ["ECHO", "云"],
    ]);
  });

  it("hashes: HSET/HMSET/HSETNX, HGET/HMGET/HGETALL order, HDEL removes empty keys, HINCRBY, WRONGTYPE", async () => {
    const k = fresh();
    await expectSameReplies([
      ["HSET", `${k}h`, "v", "1", "s", "{\"a\":1}"], ["HSET", `${k}h`, "v", "2", "x", "y"], ["HGETALL", `${k}h`], ["HGET", `${k}h`, "v"], ["HGET", `${k}h`, "nope"],
      ["HMGET", `${k}h`, "v", "nope", "s"], ["HMGET", `${k}none`, "v", "s"], ["HGETALL", `${k}none`], ["HSETNX", `${k}h`, "v", "9"], ["HSETNX", `${k}h`, "w", "9"],
      ["HLEN", `${k}h`], ["HKEYS", `${k}h`], ["HVALS", `${k}h`], ["HEXISTS", `${k}h`, "w"], ["HINCRBY", `${k}h`, "v", "5"], ["HINCRBY", `${k}h`, "s", "1"],
      ["HDEL", `${k}h`, "v", "s", "nope"], ["HGETALL", `${k}h`], ["HDEL", `${k}h`, "x", "w"], ["EXISTS", `${k}h`], ["HMSET", `${k}m`, "a", "1"], ["HSET", `${k}m`, "b"],
      ["SET", `${k}str`, "x"], ["HGET", `${k}str`, "f"], ["HSET", `${k}str`, "f", "v"], ["GET", `${k}m`], ["INCR", `${k}m`],
    ]);
  });

  it("sets: SADD/SREM/SMEMBERS/SISMEMBER/SMISMEMBER/SCARD and set algebra", async () => {
    const k = fresh();
    await expectSameReplies([
      ["SADD", `${k}s`, "900002", "900001", "900002"], ["SADD", `${k}t`, "900001", "3"], ["SMEMBERS", `${k}s`], ["SCARD", `${k}s`], ["SISMEMBER", `${k}s`, "900001"],
      ["SMISMEMBER", `${k}s`, "900001", "x"], ["SUNION", `${k}s`, `${k}t`], ["SINTER", `${k}s`, `${k}t`], ["SDIFF", `${k}s`, `${k}t`], ["SREM", `${k}s`, "900001", "x"],
      ["SREM", `${k}s`, "900002"], ["EXISTS", `${k}s`], ["SMEMBERS", `${k}none`], ["SREM", `${k}none`, "a"],
    ]);
  });

  it("sorted sets: ZADD flags, ZRANGE by index / BYSCORE / REV / LIMIT / WITHSCORES, legacy forms, ZSCORE formatting", async () => {
    const k = fresh();
    await expectSameReplies([
      ["ZADD", `${k}z`, "1760000000000", "AAAAAA", "1760000001000", "BBBBBB", "1760000001000", "ABBBBB", "2.5", "c", "-1.25", "d", "0.1", "e"],
      ["ZRANGE", `${k}z`, "0", "-1"], ["ZRANGE", `${k}z`, "0", "-1", "WITHSCORES"], ["ZRANGE", `${k}z`, "0", "2", "REV"], ["ZRANGE", `${k}z`, "-2", "-1"], ["ZRANGE", `${k}z`, "5", "1"],
      ["ZRANGE", `${k}z`, "9007199254740991", "0", "BYSCORE", "REV", "LIMIT", "0", "100", "WITHSCORES"], ["ZRANGE", `${k}z`, "(1760000001000", "(0", "BYSCORE", "REV", "LIMIT", "1", "2"],
      ["ZRANGE", `${k}z`, "-inf", "+inf", "BYSCORE", "LIMIT", "2", "-1"], ["ZRANGE", `${k}z`, "(2.5", "inf", "BYSCORE"], ["ZRANGE", `${k}z`, "0", "-1", "LIMIT", "0", "1"], ["ZRANGE", `${k}z`, "a", "b", "BYSCORE"],
      ["ZREVRANGE", `${k}z`, "0", "1", "WITHSCORES"], ["ZRANGEBYSCORE", `${k}z`, "0", "10", "WITHSCORES", "LIMIT", "0", "2"], ["ZREVRANGEBYSCORE", `${k}z`, "+inf", "0"],
      ["ZSCORE", `${k}z`, "c"], ["ZSCORE", `${k}z`, "e"], ["ZSCORE", `${k}z`, "AAAAAA"], ["ZSCORE", `${k}z`, "none"], ["ZMSCORE", `${k}z`, "c", "none"], ["ZCARD", `${k}z`], ["ZCARD", `${k}none`],
      ["ZCOUNT", `${k}z`, "(0.1", "2.5"], ["ZRANK", `${k}z`, "c"], ["ZREVRANK", `${k}z`, "c"], ["ZINCRBY", `${k}z`, "0.25", "c"], ["ZADD", `${k}z`, "NX", "100", "c"], ["ZADD", `${k}z`, "XX", "CH", "3", "c", "9", "new"],
      ["ZADD", `${k}z`, "GT", "CH", "1", "c", "4", "d"], ["ZADD", `${k}z`, "INCR", "2", "d"], ["ZADD", `${k}z`, "NX", "XX", "1", "q"], ["ZADD", `${k}z`, "1"], ["ZADD", `${k}z`, "x", "m"],
      ["ZREM", `${k}z`, "c", "none"], ["ZREMRANGEBYSCORE", `${k}z`, "-inf", "(1"], ["ZRANGE", `${k}z`, "0", "-1", "WITHSCORES"], ["ZREM", `${k}z`, "AAAAAA", "ABBBBB", "BBBBBB", "d"], ["EXISTS", `${k}z`],
    ]);
  });

  it("lists: push, pop, range, trim", async () => {
    const k = fresh();
    await expectSameReplies([
      ["RPUSH", `${k}l`, "a", "b", "c"], ["LPUSH", `${k}l`, "z", "y"], ["LRANGE", `${k}l`, "0", "-1"], ["LRANGE", `${k}l`, "-2", "10"], ["LLEN", `${k}l`], ["LINDEX", `${k}l`, "-1"],
      ["LPOP", `${k}l`], ["RPOP", `${k}l`, "2"], ["LTRIM", `${k}l`, "0", "0"], ["LRANGE", `${k}l`, "0", "-1"], ["LTRIM", `${k}l`, "5", "1"], ["EXISTS", `${k}l`], ["LPOP", `${k}l`],
    ]);
  });

  it("pipelines and MULTI/EXEC: per-command errors, EXECABORT on a bad queue, connection-state refusal", async () => {
    const k = fresh();
    const cases: Array<[string, unknown]> = [
      ["/pipeline", [["SET", `${k}p`, "1"], ["HGET", `${k}p`, "f"], ["INCR", `${k}p`], ["GET", `${k}p`]]],
      ["/multi-exec", [["SET", `${k}t`, "x"], ["INCR", `${k}t`], ["GET", `${k}t`]]],
      ["/multi-exec", [["SET", `${k}t2`, "1"], ["SET", `${k}t2`], ["SET", `${k}t3`, "2"]]],
      ["/multi-exec", [["SET", `${k}t4`, "1"], ["NOPE"]]],
      ["/pipeline", [["EXISTS", `${k}t2`, `${k}t3`, `${k}t4`], ["SELECT", "1"], ["GET", `${k}p`]]],
      ["/multi-exec", [["WATCH", `${k}p`], ["GET", `${k}p`]]],
    ];
    for (const [path, body] of cases) {
      const { redis, memory } = await both(path, body);
      expect({ path, body, ...memory }).toEqual({ path, body, ...redis });
    }
  });

  it("random command sequences over a few keys give identical replies", async () => {
    const key = fc.constantFrom("a", "b", "c");
    const member = fc.constantFrom("m1", "m2", "云", "OK", "");
    const int = fc.integer({ min: -5, max: 5 }).map(String);
    const score = fc.oneof(fc.integer({ min: -3, max: 3 }).map(String), fc.constantFrom("1.5", "-inf", "+inf", "(1", "0.1"));
    const command = fc.oneof(
      fc.tuple(fc.constant("SET"), key, member),
      fc.tuple(fc.constant("SET"), key, member, fc.constantFrom("NX", "XX", "GET")),
      fc.tuple(fc.constant("GET"), key),
      fc.tuple(fc.constant("DEL"), key, key),
      fc.tuple(fc.constant("EXISTS"), key, key),
      fc.tuple(fc.constant("INCRBY"), key, int),
      fc.tuple(fc.constant("HSET"), key, member, member),
      fc.tuple(fc.constant("HGET"), key, member),
      fc.tuple(fc.constant("HGETALL"), key),
      fc.tuple(fc.constant("HMGET"), key, member, member),
      fc.tuple(fc.constant("HDEL"), key, member),
      fc.tuple(fc.constant("SADD"), key, member, member),
      fc.tuple(fc.constant("SREM"), key, member),
      fc.tuple(fc.constant("SMEMBERS"), key),
      fc.tuple(fc.constant("ZADD"), key, score.filter((s) => !s.startsWith("(")), member),
      fc.tuple(fc.constant("ZREM"), key, member),
      fc.tuple(fc.constant("ZCARD"), key),
      fc.tuple(fc.constant("ZSCORE"), key, member),
      fc.tuple(fc.constant("ZRANGE"), key, int, int),
      fc.tuple(fc.constant("ZRANGE"), key, int, int, fc.constantFrom("REV", "WITHSCORES")),
      fc.tuple(fc.constant("ZRANGE"), key, score, score, fc.constant("BYSCORE"), fc.constantFrom("REV", "WITHSCORES"), fc.constant("LIMIT"), int, int),
      fc.tuple(fc.constant("EXPIRE"), key, fc.constantFrom("100", "0", "-1")),
      fc.tuple(fc.constant("TTL"), key),
      fc.tuple(fc.constant("TYPE"), key),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), async (cmds) => {
        const p = `r${++run}:`;
        const prefixed = cmds.map((c) => [c[0], `${p}${c[1]}`, ...c.slice(2)] as string[]);
        const { redis, memory } = await both("/pipeline", prefixed);
        const norm = (r: { json: unknown }) => (r.json as unknown[]).map((e, i) => normalise(prefixed[i]!, e));
        expect(norm(memory)).toEqual(norm(redis));
      }),
      { numRuns: 150 },
    );
  });
});

describe("the app's Lua scripts, natively", () => {
  it("knows every script the app and @upstash/ratelimit run", () => {
    expect(NATIVE_SCRIPT_NAMES).toEqual(expect.arrayContaining(["turn-store BEGIN", "writes CAS", "turn-store release", "outbox settle", "outbox claim due", "turn-store reload", "item-repo VERSIONED", "item-repo GET", "similar open items", "@upstash/ratelimit fixedWindow limit", "@upstash/ratelimit slidingWindow limit"]));
  });

  it("EVALSHA misses until the script was seen, like redis, so the client's NOSCRIPT → EVAL path is exercised", async () => {
    const script = RELEASE_SCRIPT;
    const sha = createHash("sha1").update(script).digest("hex");
    const k = fresh();
    await expectSameReplies([
      ["SET", `${k}u`, "P"], ["ZADD", `${k}due`, "500", "b1"], ["EVALSHA", sha, "2", `${k}u`, `${k}due`, "b1", "100"], ["EVAL", script, "2", `${k}u`, `${k}due`, "b1", "100"],
      ["EXISTS", `${k}u`], ["ZSCORE", `${k}due`, "b1"], ["SET", `${k}u`, "D"], ["EVALSHA", sha, "2", `${k}u`, `${k}due`, "b2", "7"], ["GET", `${k}u`], ["EXISTS", `${k}due:b2`],
      ["SCRIPT", "EXISTS", sha, "0".repeat(40)], ["EVAL", script, "-1"], ["EVAL", script, "2", "onlyone"],
    ]);
  });

  it("an unknown script fails with an error that names the fix, not silently", async () => {
    const { json, status } = await post(mem, "/", ["EVAL", "return redis.call('TIME')", "0"]);
    expect(status).toBe(400);
    expect((json as { error: string }).error).toMatch(/no native implementation of this Lua script \(sha1 [0-9a-f]{40}.*dev\/memory-store\.ts/);
  });

  it.each([
    { name: "slidingWindow", limiter: () => Ratelimit.slidingWindow(3, "30 s") },
    { name: "fixedWindow", limiter: () => Ratelimit.fixedWindow(3, "30 s") },
  ])("@upstash/ratelimit $name limits the same on both backends, one round trip per call once warm", async ({ limiter }) => {
    const results: Record<string, unknown[]> = {};
    for (const up of [real, mem]) {
      const rl = new Ratelimit({ redis: new Redis({ url: up.url, token: up.token, enableAutoPipelining: true }), limiter: limiter(), prefix: fresh(), ephemeralCache: false });
      const seen: unknown[] = [];
      for (let i = 0; i < 5; i++) {
        up.stats.reset();
        const r = await rl.limit("u1");
        seen.push([r.success, r.remaining, r.limit, r.reason ?? null, i === 0 ? "first" : up.stats.requests]);
      }
      results[up.backend] = seen;
    }
    expect(results.memory).toEqual(results.redis);
    expect(results.memory!.map((r) => (r as unknown[])[0])).toEqual([true, true, true, false, false]);
  });
});

describe("MemoryStore directly", () => {
  it("expires keys lazily by its clock", () => {
    let now = 1_000_000;
    const store = new MemoryStore({ now: () => now });
    store.execute(["SET", "k", "v", "PX", "1500"]);
    store.execute(["HSET", "h", "f", "v"]);
    store.execute(["EXPIRE", "h", "2"]);
    expect(store.execute(["PTTL", "k"])).toBe(1500);
    now += 1499;
    expect(store.execute(["GET", "k"])).toEqual(Buffer.from("v"));
    now += 1;
    expect(store.execute(["GET", "k"])).toBeNull();
    expect(store.size()).toBe(1);
    now += 500;
    expect(store.execute(["HGETALL", "h"])).toEqual([]);
    expect(store.size()).toBe(0);
  });

  it("prints numbers like C's %g (Lua's tostring is %.14g, redis 7.0 doubles are %.17g)", () => {
    expect(formatG(1_760_000_000_000, 14)).toBe("1760000000000");
    expect(formatG(1e14, 14)).toBe("1e+14");
    expect(formatG(0.1, 17)).toBe("0.10000000000000001");
    expect(formatG(2.5, 17)).toBe("2.5");
    expect(formatG(0.00001, 14)).toBe("1e-05");
    expect(formatG(-Infinity, 17)).toBe("-inf");
  });
});

describe("the storage suite against the in-memory store", () => {
  it("tests/api/store passes with TEST_UPSTASH_BACKEND=memory", () => {
    const { FORCE_COLOR: _color, ...env } = process.env;
    const run = spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--project", "node", "tests/api/store"], {
      env: { ...env, TEST_UPSTASH_BACKEND: "memory", NO_COLOR: "1" },
      encoding: "utf8",
      timeout: 120_000,
    });
    // eslint-disable-next-line no-control-regex
    const out = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, "");
    expect(run.status, out).toBe(0);
    expect(out).toMatch(/Tests\s+\d+ passed/);
  }, 130_000);
});
