/**
 * The local Upstash REST endpoint (dev/upstash-rest.ts) against a real
 * redis-server, driven by the real @upstash/redis and @upstash/ratelimit.
 */
import { createHash } from "node:crypto";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestUpstash, type TestUpstash } from "../support/upstash.js";

let up: TestUpstash;

beforeAll(async () => {
  up = await startTestUpstash();
});

afterAll(async () => {
  await up?.stop();
});

/** POST straight to the endpoint, to check the wire format the client relies on. */
async function raw(
  path: string,
  body: unknown,
  opts: { token?: string | null; base64?: boolean; method?: string } = {},
): Promise<{ status: number; json: unknown }> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  const token = opts.token === undefined ? up.token : opts.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  if (opts.base64 ?? true) headers["Upstash-Encoding"] = "base64";
  const method = opts.method ?? "POST";
  const res = await fetch(up.url + path, {
    method,
    headers,
    body: method === "GET" ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
const sha1 = (s: string) => createHash("sha1").update(s, "utf8").digest("hex");

describe.each([
  { name: "plain client", auto: false },
  { name: "auto-pipelining client", auto: true },
])("@upstash/redis ($name)", ({ auto }) => {
  let redis: Redis;
  const k = (s: string) => `${auto ? "auto" : "plain"}:${s}`;

  beforeAll(() => {
    redis = new Redis({ url: up.url, token: up.token, enableAutoPipelining: auto });
  });

  it("get / set / del", async () => {
    expect(await redis.set(k("a"), "hello")).toBe("OK");
    expect(await redis.get(k("a"))).toBe("hello");
    expect(await redis.del(k("a"), k("missing"))).toBe(1);
    expect(await redis.get(k("a"))).toBeNull();
  });

  it("a stored value that is literally OK round-trips", async () => {
    await redis.set(k("ok"), "OK");
    expect(await redis.get(k("ok"))).toBe("OK");
    expect(await redis.mget(k("ok"), k("nope"), k("ok"))).toEqual(["OK", null, "OK"]);
  });

  it("unicode (Chinese, emoji) and binary-ish strings", async () => {
    const zh = "云阳县人大代表之家：请留下您的意见 🏛️";
    await redis.set(k("zh"), zh);
    expect(await redis.get(k("zh"))).toBe(zh);

    const weird = "\u0000nul\r\n\t\"quote\" \\back ÿ\u0001\u007f \uFFFD end";
    await redis.set(k("weird"), weird);
    expect(await redis.get(k("weird"))).toBe(weird);
    expect(await redis.strlen(k("weird"))).toBe(Buffer.byteLength(weird, "utf8"));
  });

  it("nulls are real nulls", async () => {
    expect(await redis.get(k("never-set"))).toBeNull();
    expect(await redis.hget(k("no-hash"), "f")).toBeNull();
    expect(await redis.hgetall(k("no-hash"))).toBeNull();
  });

  it("hashes: hgetall gives an object", async () => {
    await redis.hset(k("h"), { name: "王小明", count: 3, note: "OK" });
    expect(await redis.hgetall(k("h"))).toEqual({ name: "王小明", count: 3, note: "OK" });
    expect(await redis.hincrby(k("h"), "count", 2)).toBe(5);
  });

  it("sorted sets with scores", async () => {
    await redis.zadd(k("z"), { score: 2.5, member: "b" }, { score: 1, member: "a" }, { score: 10, member: "c" });
    expect(await redis.zrange(k("z"), 0, -1, { withScores: true })).toEqual(["a", 1, "b", 2.5, "c", 10]);
    expect(await redis.zscore(k("z"), "b")).toBe(2.5);
    expect(await redis.zincrby(k("z"), 0.25, "a")).toBe(1.25);
  });

  it("set with { nx, get } (Redis 7)", async () => {
    expect(await redis.set(k("nxget"), "first", { nx: true, get: true })).toBeNull();
    expect(await redis.get(k("nxget"))).toBe("first");
    expect(await redis.set(k("nxget"), "second", { nx: true, get: true })).toBe("first");
    expect(await redis.get(k("nxget"))).toBe("first");
  });

  it("pipeline: an error in the middle leaves the other results intact", async () => {
    await redis.set(k("text"), "not a number");
    const p = redis.pipeline();
    p.set(k("p1"), "v1");
    p.incr(k("text"));
    p.get(k("p1"));
    const res = await p.exec({ keepErrors: true });
    expect(res[0]).toEqual({ result: "OK", error: undefined });
    expect(res[1]?.error).toMatch(/^ERR value is not an integer/);
    expect(res[2]).toEqual({ result: "v1", error: undefined });

    const p2 = redis.pipeline();
    p2.get(k("p1"));
    p2.incr(k("text"));
    await expect(p2.exec()).rejects.toThrow(/Command 2 \[ incr \] failed: ERR value is not an integer/);
  });

  it("multi-exec: results per command, runtime errors per command", async () => {
    const tx = redis.multi();
    tx.set(k("t1"), "x");
    tx.incr(k("t1"));
    tx.set(k("t2"), "y");
    tx.get(k("t2"));
    const res = await tx.exec({ keepErrors: true });
    expect(res[0]?.result).toBe("OK");
    expect(res[1]?.error).toMatch(/^ERR value is not an integer/);
    expect(res[2]?.result).toBe("OK");
    expect(res[3]?.result).toBe("y");
  });

  it("multi-exec really uses MULTI/EXEC and is isolated from concurrent writers", async () => {
    const key = k("atomic");
    const execCalls = async () => {
      const { json } = await raw("/", ["INFO", "commandstats"], { base64: false });
      return Number(/cmdstat_exec:calls=(\d+)/.exec((json as { result: string }).result)?.[1] ?? 0);
    };
    const execBefore = await execCalls();
    const txs = Array.from({ length: 30 }, () => {
      const tx = redis.multi();
      tx.set(key, "a");
      tx.append(key, "b");
      tx.append(key, "c");
      tx.get(key);
      return tx.exec();
    });
    const noise = Array.from({ length: 30 }, (_, i) => redis.set(key, `noise${i}`));
    const results = await Promise.all(txs);
    await Promise.all(noise);
    for (const r of results) expect(r).toEqual(["OK", 2, 3, "abc"]);
    expect((await execCalls()) - execBefore).toBe(30);
  });

  it("eval / evalsha, including a #!lua shebang script", async () => {
    expect(await redis.eval("return ARGV[1]", [], ["云阳"])).toBe("云阳");
    // Nested replies, including status replies inside arrays.
    expect(
      await redis.eval("return {1, {2, {'a', 'OK'}}, redis.status_reply('OK'), redis.status_reply('PONG')}", [], []),
    ).toEqual([1, [2, ["a", "OK"]], "OK", "PONG"]);

    const script = `#!lua flags=allow-key-locking\nreturn redis.call('INCRBY', KEYS[1], ARGV[1])`;
    expect(await redis.eval(script, [k("ev")], [5])).toBe(5);
    // The client computes the sha over the original text, shebang included.
    expect(await redis.evalsha(sha1(script), [k("ev")], [2])).toBe(7);

    const loadedScript = `#!lua flags=allow-key-locking\nreturn 'loaded:' .. ARGV[1]`;
    const sha = await redis.scriptLoad(loadedScript);
    expect(sha).toBe(sha1(loadedScript));
    expect(await redis.evalsha(sha, [], ["x"])).toBe("loaded:x");
    expect(await redis.scriptExists(sha, "0".repeat(40))).toEqual([1, 0]);

    await expect(redis.evalsha("f".repeat(40), [], [])).rejects.toThrow(/NOSCRIPT/);
  });

  it("createScript().exec costs one request once the script is known", async () => {
    // Script text differs per client variant so neither finds it already loaded.
    const s = redis.createScript<number>(`#!lua flags=allow-key-locking\nreturn redis.call('INCR', KEYS[1]) -- ${k("")}`);
    up.stats.reset();
    expect(await s.exec([k("cs")], [])).toBe(1); // EVALSHA → NOSCRIPT → EVAL
    expect(up.stats.requests).toBe(2);
    up.stats.reset();
    expect(await s.exec([k("cs")], [])).toBe(2);
    expect(up.stats.requests).toBe(1);
  });

  it("a large value survives (RESP reply split across many socket reads)", async () => {
    const big = "云".repeat(400_000) + "end"; // ~1.2 MB
    await redis.set(k("big"), big);
    expect(await redis.get(k("big"))).toBe(big);
  });
});

describe("wire format", () => {
  it("single command: {result}, explicit null, status OK kept, strings base64", async () => {
    expect(await raw("/", ["SET", "wire:ok", "OK"])).toEqual({ status: 200, json: { result: "OK" } });
    // A bulk string "OK" is base64 like any other value; the client decodes it back to "OK".
    expect(await raw("/", ["GET", "wire:ok"])).toEqual({ status: 200, json: { result: b64("OK") } });
    expect(await raw("/", ["GET", "wire:missing"])).toEqual({ status: 200, json: { result: null } });
    expect(await raw("/", ["PING"])).toEqual({ status: 200, json: { result: b64("PONG") } });
    expect(await raw("/", ["INCR", "wire:n"])).toEqual({ status: 200, json: { result: 1 } });
    expect(await raw("/", ["GET", "wire:ok"], { base64: false })).toEqual({ status: 200, json: { result: "OK" } });
    // Numbers in the JSON body are sent as their decimal text.
    expect(await raw("/", ["INCRBY", "wire:n", 41])).toEqual({ status: 200, json: { result: 42 } });
  });

  it("binary values are passed through byte for byte", async () => {
    const bytes = [0, 255, 128, 13, 10, 1, 0xc3, 0x28];
    await raw("/", ["EVAL", `redis.call('SET', KEYS[1], string.char(${bytes.join(",")})) return 1`, 1, "wire:bin"]);
    const { json } = await raw("/", ["GET", "wire:bin"]);
    expect([...Buffer.from((json as { result: string }).result, "base64")]).toEqual(bytes);
  });

  it("redis errors: 400 for a single command, per command in a pipeline", async () => {
    const single = await raw("/", ["NOSUCHCOMMAND", "x"]);
    expect(single.status).toBe(400);
    expect((single.json as { error: string }).error).toMatch(/^ERR unknown command/);

    const pipe = await raw("/pipeline", [["SET", "wire:p", "1"], ["HGET", "wire:p", "f"], ["GET", "wire:p"]]);
    expect(pipe.status).toBe(200);
    expect(pipe.json).toEqual([
      { result: "OK" },
      { error: expect.stringMatching(/^WRONGTYPE/) },
      { result: b64("1") },
    ]);
  });

  it("multi-exec that fails to queue aborts the whole transaction", async () => {
    const res = await raw("/multi-exec", [["SET", "wire:tx", "1"], ["SET", "wire:tx"], ["SET", "wire:tx2", "2"]]);
    expect(res.status).toBe(400);
    expect((res.json as { error: string }).error).toMatch(/^EXECABORT .*wrong number of arguments/);
    expect(await raw("/", ["EXISTS", "wire:tx", "wire:tx2"])).toEqual({ status: 200, json: { result: 0 } });
  });

  it("connection-state commands are refused instead of poisoning the shared connection", async () => {
    const res = await raw("/pipeline", [["SELECT", "1"], ["SET", "wire:db0", "yes"]]);
    expect(res.json).toEqual([{ error: expect.stringMatching(/not supported/) }, { result: "OK" }]);
    expect(await raw("/", ["GET", "wire:db0"], { base64: false })).toEqual({ status: 200, json: { result: "yes" } });
  });

  it("path form /set/k/v and GET /get/k", async () => {
    expect(await raw("/set/wire:path/%E4%BA%91%20v", undefined, { method: "GET", base64: false })).toEqual({
      status: 200,
      json: { result: "OK" },
    });
    expect(await raw("/get/wire:path", undefined, { method: "GET", base64: false })).toEqual({
      status: 200,
      json: { result: "云 v" },
    });
  });

  it("counts requests and commands, and logs them", async () => {
    up.stats.reset();
    await raw("/", ["SET", "wire:c", "1"]);
    await raw("/pipeline", [["GET", "wire:c"], ["INCR", "wire:c"]]);
    await raw("/multi-exec", [["INCR", "wire:c"], ["INCR", "wire:c"], ["GET", "wire:c"]]);
    expect(up.stats.requests).toBe(3);
    expect(up.stats.commands).toBe(6);
    expect(up.stats.log).toEqual([
      { path: "/", commands: [["SET", "wire:c", "1"]] },
      { path: "/pipeline", commands: [["GET", "wire:c"], ["INCR", "wire:c"]] },
      { path: "/multi-exec", commands: [["INCR", "wire:c"], ["INCR", "wire:c"], ["GET", "wire:c"]] },
    ]);
    up.stats.reset();
    expect(up.stats).toMatchObject({ requests: 0, commands: 0, log: [] });
  });
});

describe("auth", () => {
  it("wrong or missing token → 401 Unauthorized", async () => {
    expect(await raw("/", ["GET", "x"], { token: "wrong" })).toEqual({ status: 401, json: { error: "Unauthorized" } });
    expect(await raw("/", ["GET", "x"], { token: null })).toEqual({ status: 401, json: { error: "Unauthorized" } });
    expect(await raw("/pipeline", [["GET", "x"]], { token: up.token + "x" })).toEqual({
      status: 401,
      json: { error: "Unauthorized" },
    });
    const bad = new Redis({ url: up.url, token: "wrong-token" });
    await expect(bad.get("x")).rejects.toThrow(/Unauthorized/);
  });
});

describe("auto-pipelining", () => {
  it("batches concurrent commands into one request", async () => {
    const redis = new Redis({ url: up.url, token: up.token, enableAutoPipelining: true });
    up.stats.reset();
    const writes = await Promise.all(Array.from({ length: 10 }, (_, i) => redis.set(`ap:${i}`, `v${i}`)));
    expect(writes).toEqual(Array(10).fill("OK"));
    expect(up.stats.requests).toBe(1);
    expect(up.stats.commands).toBe(10);
    expect(up.stats.log[0]?.path).toBe("/pipeline");

    up.stats.reset();
    const reads = await Promise.all(Array.from({ length: 10 }, (_, i) => redis.get(`ap:${i}`)));
    expect(reads).toEqual(Array.from({ length: 10 }, (_, i) => `v${i}`));
    expect(up.stats.requests).toBe(1);
    expect(up.stats.commands).toBe(10);
  });
});

describe("@upstash/ratelimit", () => {
  // Fresh redis + endpoint per case so "first call" really finds no script loaded.
  it.each([
    { name: "slidingWindow, plain client", auto: false, limiter: () => Ratelimit.slidingWindow(3, "30 s") },
    { name: "slidingWindow, auto-pipelining", auto: true, limiter: () => Ratelimit.slidingWindow(3, "30 s") },
    { name: "fixedWindow, plain client", auto: false, limiter: () => Ratelimit.fixedWindow(3, "30 s") },
    { name: "fixedWindow, auto-pipelining", auto: true, limiter: () => Ratelimit.fixedWindow(3, "30 s") },
  ])("$name: after the first call, limit() is exactly one round trip", async ({ auto, limiter }) => {
    const local = await startTestUpstash();
    try {
      const redis = new Redis({ url: local.url, token: local.token, enableAutoPipelining: auto });
      const rl = new Ratelimit({ redis, limiter: limiter(), prefix: "rl-test", ephemeralCache: false });

      // First call: EVALSHA misses (NOSCRIPT), client falls back to EVAL with the #!lua script.
      const first = await rl.limit("user-1");
      expect(first).toMatchObject({ success: true, limit: 3, remaining: 2 });
      expect(first.reason).toBeUndefined(); // not the library's fail-open "timeout"
      expect(local.stats.requests).toBe(2);
      const [miss, evalCall] = local.stats.log.map((e) => e.commands[0]!);
      expect(miss![0]!.toLowerCase()).toBe("evalsha");
      expect(evalCall![0]!.toLowerCase()).toBe("eval");
      expect(evalCall![1]).toMatch(/^#!lua flags=allow-key-locking/);
      expect(miss![1]).toBe(sha1(evalCall![1]!));

      // Later calls: EVALSHA with the original sha hits the stripped script.
      for (const remaining of [1, 0]) {
        local.stats.reset();
        const res = await rl.limit("user-1");
        expect(res).toMatchObject({ success: true, remaining });
        expect(res.reason).toBeUndefined();
        expect(local.stats.requests).toBe(1);
        expect(local.stats.commands).toBe(1);
        expect(local.stats.log[0]!.commands[0]![0]!.toLowerCase()).toBe("evalsha");
      }

      local.stats.reset();
      const blocked = await rl.limit("user-1");
      expect(blocked).toMatchObject({ success: false, remaining: 0 });
      expect(local.stats.requests).toBe(1);

      // Another identifier is independent.
      expect(await rl.limit("user-2")).toMatchObject({ success: true, remaining: 2 });
    } finally {
      await local.stop();
    }
  });
});
