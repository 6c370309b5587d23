/**
 * Budgets of the deployable artifact: the Worker exactly as `npm run deploy`
 * builds it (wrangler, minified, wrangler.toml's [alias] applied), run in
 * workerd (Miniflare) against real Redis behind the REST endpoint:
 * - gzip size ≤ 360 KiB (see MAX_GZIP_KIB), and no zod locale but English inside;
 * - the same Redis round-trip budgets per update kind as under Node (counting
 *   what each update finishes after its response, through waitUntil).
 * The workerd test project runs the sources through vitest instead, which
 * does not apply wrangler's [alias]: this is where the shim is exercised.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUDGETS, measureRoundTrips, UPDATE_KINDS } from "../../bench/round-trips.js";
import { startFakeTelegram, type FakeTelegram } from "../../dev/fake-telegram.js";
import { RESIDENT_TOKEN, STAFF_TOKEN, testEnv, TEST_SECRET } from "../support/env.js";
import { startTestUpstash, type TestUpstash } from "../support/upstash.js";

const root = new URL("../..", import.meta.url).pathname;
/**
 * The Worker's budget: Cloudflare takes up to 3 MiB gzip (free plan), but every
 * KiB is parsed at each cold start, so growth must be a decision. 300 KiB held
 * the first release; 360 makes room for the public item pages, the
 * consultation cycle and the typed button protocols (issues 12, 15, 16).
 */
const MAX_GZIP_KIB = 360;

/** Entry module in front of the deployed bundle: its waitUntil work is awaited before the response. */
const SETTLE_SHIM = `import worker from "./worker.js";
export default {
  async fetch(request, env, ctx) {
    const pending = [];
    const response = await worker.fetch(request, env, { waitUntil: (p) => void pending.push(p), passThroughOnException: () => ctx.passThroughOnException() });
    while (pending.length) await Promise.allSettled(pending.splice(0));
    return response;
  },
};
`;

let outdir: string;
let wranglerGzipKiB: number;
let bundle: Buffer;
let localeInputs: string[];
let upstash: TestUpstash;
let telegram: FakeTelegram;
let mf: Miniflare;

beforeAll(async () => {
  outdir = mkdtempSync(path.join(tmpdir(), "worker-bundle-"));
  const { stdout } = await promisify(execFile)("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir, "--minify", "--metafile", path.join(outdir, "meta.json")], { cwd: root, maxBuffer: 16 << 20 });
  wranglerGzipKiB = Number(/gzip: ([\d.]+) KiB/.exec(stdout)?.[1] ?? NaN);
  bundle = readFileSync(path.join(outdir, "worker.js"));
  const meta = JSON.parse(readFileSync(path.join(outdir, "meta.json"), "utf8")) as { outputs: Record<string, { entryPoint?: string; inputs: Record<string, { bytesInOutput: number }> }> };
  const out = Object.values(meta.outputs).find((o) => o.entryPoint)!;
  localeInputs = Object.entries(out.inputs).filter(([f, v]) => /zod\/v4\/locales\//.test(f) && v.bytesInOutput > 0).map(([f]) => f.split("/").pop()!);

  upstash = await startTestUpstash();
  telegram = await startFakeTelegram();
  const toml = readFileSync(path.join(root, "wrangler.toml"), "utf8");
  mf = new Miniflare({
    modulesRoot: outdir,
    // The bundle runs behind a shim that answers only once its waitUntil work is done (the notices to others
    // go on after the response there), so every round trip of an update is counted in that update.
    modules: [
      { type: "ESModule", path: path.join(outdir, "settle-shim.js"), contents: SETTLE_SHIM },
      { type: "ESModule", path: path.join(outdir, "worker.js") },
    ],
    compatibilityDate: /^compatibility_date = "(.+)"/m.exec(toml)![1]!,
    compatibilityFlags: ["nodejs_compat"],
    bindings: testEnv({ upstashUrl: upstash.url, upstashToken: upstash.token, telegramUrl: telegram.url }),
  });
  await mf.ready;
}, 120_000);

afterAll(async () => {
  await mf?.dispose();
  await telegram?.close();
  await upstash?.stop();
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

describe("the Worker as deployed", () => {
  it(`is at most ${MAX_GZIP_KIB} KiB gzip`, () => {
    expect(wranglerGzipKiB).toBeLessThanOrEqual(MAX_GZIP_KIB);
    expect(gzipSync(bundle, { level: 9 }).length / 1024).toBeLessThanOrEqual(MAX_GZIP_KIB);
  });

  it("carries no zod locale but English (wrangler.toml [alias] → api/zod-lean.ts)", () => {
    expect(localeInputs).toEqual(["en.js"]);
  });

  it("meets the same Redis budgets per update kind, and zod's messages are intact", async () => {
    const costs = await measureRoundTrips({
      post: async (bot, update) =>
        (await mf.dispatchFetch(`http://worker.test/telegram/${bot}`, { method: "POST", headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": TEST_SECRET }, body: JSON.stringify(update) })).status,
      telegram,
      stats: upstash.stats,
      residentToken: RESIDENT_TOKEN,
      staffToken: STAFF_TOKEN,
      adminId: 900001,
      idBase: 650_000,
    });
    for (const kind of UPDATE_KINDS) {
      expect(costs[kind].requests, kind).toBeLessThanOrEqual(BUDGETS[kind].requests);
      expect(costs[kind].commands, kind).toBeLessThanOrEqual(BUDGETS[kind].commands);
    }
    // A zod validation message (English locale) from the bundled API.
    const res = await mf.dispatchFetch("http://worker.test/api/v1/items?status=bogus", { headers: { authorization: "Bearer test-api-token-0123456789abcdef" } });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Invalid option: expected one of/);
  }, 60_000);
});
