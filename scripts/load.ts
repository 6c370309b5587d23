/**
 * `npm run load`: 1,000 simulated residents each complete a whole intake
 * (text → skip → anonymous → submit, tapping the reply markup the bot
 * actually sent), 50 at a time, against the Node server with a real
 * redis-server behind the local Upstash REST endpoint and the fake Bot API.
 * Telegram-style redeliveries are mixed in: some updates are delivered twice
 * at once, some again after they were answered, and every 5xx is retried
 * like Telegram would. Afterwards it checks, from Redis itself: one item per
 * resident (0 doubles, 0 lost), each item's text is its own resident's
 * (no state crossed), and every resident got exactly one code.
 *
 * Flags: --residents N (default 1000), --concurrency N (default 50), --seed N
 * (seeds the mix of redeliveries; their interleaving still varies run to run).
 * Exits 1 if any check fails.
 */
import { parseConfig } from "../api/env.js";
import { startNodeServer } from "../api/node.js";
import { createUpstashItemRepository } from "../api/store/item-repo.js";
import { createRedis } from "../api/store/redis.js";
import type { Item } from "../handlers/items/model.js";
import { percentile } from "../bench/load-gen.js";
import { BENCH_SECRET, RESIDENT_TOKEN, startBenchServices } from "../bench/services.js";
import { CallIndex, INTAKE_TEXTS, runIntake, textOf, type Person } from "../bench/telegram.js";
import { seededRandom } from "../bench/rng.js";

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
};
const RESIDENTS = arg("residents", 1000);
const CONCURRENCY = arg("concurrency", 50);
const SEED = arg("seed", 20260501);
/** Chance that a delivery is doubled at once, and that it is delivered again after its answer. */
const P_CONCURRENT = 0.15;
const P_AFTER = 0.15;

const prng = seededRandom;

async function main(): Promise<number> {
  const random = prng(SEED);
  const services = await startBenchServices();
  const server = await startNodeServer(parseConfig(services.env()), 0, "127.0.0.1");
  const url = `http://127.0.0.1:${server.port}`;
  const counts = { deliveries: 0, concurrentRedeliveries: 0, laterRedeliveries: 0, answered503: 0, answered5xx: 0, retries: 0 };
  const latencies: number[] = [];

  const postOnce = async (bot: string, body: string): Promise<number> => {
    counts.deliveries++;
    const t0 = performance.now();
    const res = await fetch(`${url}/telegram/${bot}`, { method: "POST", headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": BENCH_SECRET }, body });
    await res.arrayBuffer();
    latencies.push(performance.now() - t0);
    if (res.status === 503) counts.answered503++;
    else if (res.status >= 500) counts.answered5xx++;
    return res.status;
  };
  /** Like Telegram: a 5xx is delivered again a little later, until it is accepted. */
  const untilAccepted = async (bot: string, body: string, first: number): Promise<number> => {
    let status = first;
    for (let i = 0; status >= 500 && i < 30; i++) {
      await new Promise((r) => setTimeout(r, 20 + Math.floor(random() * 80)));
      counts.retries++;
      status = await postOnce(bot, body);
    }
    return status;
  };
  const deliver = async (bot: "resident" | "staff", update: unknown): Promise<number> => {
    const body = JSON.stringify(update);
    const doubled = random() < P_CONCURRENT;
    const again = random() < P_AFTER;
    if (doubled) counts.concurrentRedeliveries++;
    const firsts = await Promise.all((doubled ? [0, 1] : [0]).map(() => postOnce(bot, body)));
    const statuses = await Promise.all(firsts.map((s) => untilAccepted(bot, body, s)));
    if (again) {
      counts.laterRedeliveries++;
      statuses.push(await untilAccepted(bot, body, await postOnce(bot, body)));
    }
    return statuses.every((s) => s === 200) ? 200 : statuses.find((s) => s !== 200)!;
  };

  const index = new CallIndex(services.telegram);
  const expected = new Map<number, { text: string; code: string | null; confirmations: number }>();
  const failures: string[] = [];
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < RESIDENTS) {
        const i = next++;
        const base = INTAKE_TEXTS[i % INTAKE_TEXTS.length]!;
        const person: Person = { id: 30_000_000 + i, first_name: `R${i}`, language_code: base.language_code };
        // Each resident's words are their own (a number in them), so a crossed state would show.
        const text = `${base.text} (${i})`;
        try {
          const r = await runIntake(person, text, { post: deliver, deliver, index, token: RESIDENT_TOKEN });
          const confirmations = r.code ? (textOf(r.transcript).match(new RegExp(`<code>${r.code}</code>`, "g")) ?? []).length : 0;
          expected.set(person.id, { text, code: r.code, confirmations });
        } catch (error) {
          failures.push(`resident ${i}: ${error instanceof Error ? error.message : String(error)}`);
          expected.set(person.id, { text, code: null, confirmations: 0 });
        }
      }
    }),
  );
  const wallMs = performance.now() - t0;

  // Check from Redis itself.
  const repo = createUpstashItemRepository(createRedis({ url: services.upstash.url, token: services.upstash.token }), "yy:");
  const all: Item[] = [];
  for await (const item of repo.scan({})) all.push(item);
  const byResident = new Map<number, Item[]>();
  for (const item of all) byResident.set(item.residentId ?? -1, [...(byResident.get(item.residentId ?? -1) ?? []), item]);
  let doubles = 0;
  let lost = 0;
  let crossed = 0;
  let codesOk = 0;
  let repliesDoubled = 0;
  for (const [id, want] of expected) {
    const got = byResident.get(id) ?? [];
    if (got.length === 0) lost++;
    if (got.length > 1) doubles += got.length - 1;
    if (got.some((item) => item.text !== want.text)) crossed++;
    if (want.code && got.length === 1 && got[0]!.id === want.code) codesOk++;
    if (want.confirmations > 1) repliesDoubled++;
  }
  const strangers = all.filter((item) => !expected.has(item.residentId ?? -1)).length;

  await server.close();
  await services.close();

  const ok = failures.length === 0 && all.length === RESIDENTS && doubles === 0 && lost === 0 && crossed === 0 && strangers === 0 && codesOk === RESIDENTS && repliesDoubled === 0;
  console.log(`load test: ${RESIDENTS} residents, ${CONCURRENCY} at a time, seed ${SEED}`);
  console.log(`  residents:             ${expected.size}`);
  console.log(`  items:                 ${all.length}`);
  console.log(`  doubles:               ${doubles}`);
  console.log(`  lost:                  ${lost}`);
  console.log(`  texts crossed:         ${crossed}`);
  console.log(`  items of no resident:  ${strangers}`);
  console.log(`  residents with a code: ${codesOk} (code = their item's id)`);
  console.log(`  code sent twice:       ${repliesDoubled}`);
  console.log(`  deliveries:            ${counts.deliveries} (${counts.concurrentRedeliveries} doubled at once, ${counts.laterRedeliveries} again after the answer, ${counts.retries} retries after 5xx; answered 503 busy ${counts.answered503}, other 5xx ${counts.answered5xx})`);
  console.log(`  time:                  ${(wallMs / 1000).toFixed(1)} s, ${Math.round((counts.deliveries / wallMs) * 1000)} deliveries/s, latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`);
  for (const f of failures.slice(0, 10)) console.log(`  failure: ${f}`);
  console.log(ok ? "PASS" : "FAIL");
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
