/**
 * `npm run bench`: what an update costs, ours against a plain grammY bot,
 * all on this machine (real redis-server behind the local Upstash REST
 * endpoint, fake Bot API). Writes bench-results/bench-<time>.{json,md} and
 * docs/bench.{json,md}.
 *
 * Flags: --quick (fewer updates, for a smoke run; not written to docs/),
 * --no-bundle (skip the wrangler builds), --no-docs, --no-scale (skip the
 * scale section), --scale-only (only the scale section), --scale-sizes
 * 10000,100000,1000000 (default 10000,100000; a million takes a while and
 * several GiB of memory). The scale section is written to
 * bench-results/scale-<time>.{json,md} and docs/bench-scale.{json,md}.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { measureBundle, type BundleReport } from "../bench/bundle.js";
import { closedLoop, percentile, processCpuUs, textTurns } from "../bench/load-gen.js";
import { summariseProfile, type CpuProfile, type ProfileSummary } from "../bench/profile.js";
import { renderMarkdown, type BenchReport, type SideFigures } from "../bench/report.js";
import { BUDGETS, measureRoundTrips } from "../bench/round-trips.js";
import { ADMIN_ID, BASELINE_TOKEN, BENCH_SECRET, RESIDENT_TOKEN, STAFF_TOKEN, startBenchServices } from "../bench/services.js";
import { runScale } from "../bench/scale-run.js";
import { startSut } from "../bench/sut-process.js";
import { textUpdate } from "../bench/telegram.js";
import { readFileSync } from "node:fs";

const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const root = new URL("..", import.meta.url).pathname;
const outDir = path.join(root, "bench-results");
mkdirSync(outDir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, "-");

const N = quick ? { warm: 100, cpu: 200, levels: { 1: 150, 10: 300, 50: 400 }, profile: 300 } : { warm: 400, cpu: 1000, levels: { 1: 1000, 10: 3000, 50: 3000 }, profile: 2000 };
const LEVELS = [1, 10, 50] as const;

const log = (...a: unknown[]) => console.log(`[bench ${((performance.now() / 1000) | 0).toString().padStart(4)}s]`, ...a);

function conditions() {
  const git = (...a: string[]) => {
    try {
      return execFileSync("git", a, { cwd: root, encoding: "utf8" }).trim();
    } catch {
      return "";
    }
  };
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpu: `${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAvgAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    commit: git("rev-parse", "--short", "HEAD"),
    dirty: git("status", "--porcelain").length > 0,
    quick,
  };
}

/** The scale section (bench/scale.ts): its own services, so the figures above are not disturbed. */
async function scaleSection(cond: ReturnType<typeof conditions>): Promise<void> {
  const i = process.argv.indexOf("--scale-sizes");
  const sizes = (i >= 0 ? process.argv[i + 1]! : quick ? "2000,10000" : "10000,100000").split(",").map(Number);
  const { rows, markdown } = await runScale(sizes, log);
  writeFileSync(path.join(outDir, `scale-${stamp}.json`), JSON.stringify({ conditions: cond, rows }, null, 2));
  writeFileSync(path.join(outDir, `scale-${stamp}.md`), markdown);
  if (!quick && !args.has("--no-docs")) {
    mkdirSync(path.join(root, "docs"), { recursive: true });
    writeFileSync(path.join(root, "docs", "bench-scale.json"), JSON.stringify({ conditions: cond, rows }, null, 2) + "\n");
    writeFileSync(path.join(root, "docs", "bench-scale.md"), `# Scale benchmark\n\n${new Date().toISOString().slice(0, 10)}, ${cond.cpu}, Node ${cond.node}, commit ${cond.commit}.\n\n${markdown}`);
  }
  console.log(markdown);
}

async function main(): Promise<void> {
  const cond = conditions();
  log("conditions", cond);
  if (args.has("--scale-only")) return scaleSection(cond);
  const services = await startBenchServices();
  const env = services.env({ BASELINE_BOT_TOKEN: BASELINE_TOKEN });
  const ours = await startSut("ours", env);
  const baseline = await startSut("baseline", env);
  const paths = { ours: `${ours.url}/telegram/resident`, baseline: `${baseline.url}/telegram/baseline` };
  const sut = { ours, baseline };
  let userBase = 10_000_000;
  const phase = () => (userBase += 10_000_000);
  try {
    // 1. Redis cost per update type (ours), and the baseline's text.
    log("round trips");
    const post = async (bot: "resident" | "staff", update: unknown) =>
      (await fetch(`${ours.url}/telegram/${bot}`, { method: "POST", headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": BENCH_SECRET }, body: JSON.stringify(update) })).status;
    const roundTrips = await measureRoundTrips({ post, telegram: services.telegram, stats: services.upstash.stats, residentToken: RESIDENT_TOKEN, staffToken: STAFF_TOKEN, adminId: ADMIN_ID, idBase: 800_000 });
    const baselineRoundTrips: Record<string, { requests: number; commands: number; shape: string[][] }> = {};
    const bPerson = { id: 880_001, first_name: "B", language_code: "en" };
    for (const [kind, text] of [["first-text", "hello"], ["free-text", "more words"]] as const) {
      services.upstash.stats.reset();
      const status = (await fetch(paths.baseline, { method: "POST", headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": BENCH_SECRET }, body: JSON.stringify(textUpdate(bPerson, text)) })).status;
      if (status !== 200) throw new Error(`baseline answered ${status}`);
      baselineRoundTrips[kind] = { requests: services.upstash.stats.requests, commands: services.upstash.stats.commands, shape: services.upstash.stats.log.map((l) => l.commands.map((c) => c[0]!.toUpperCase())) };
    }

    // 2. Warm both (JIT, connection pools, scripts).
    for (const s of [ours, baseline]) {
      log("warm", s.name);
      await closedLoop({ concurrency: 10, total: N.warm, make: textTurns(paths[s.name], BENCH_SECRET, phase()) });
    }

    // 3. CPU per update at concurrency 1 (nothing else runs in the SUT between start and end of a request).
    //    In alternating rounds (ours, baseline, baseline, ours), so a drift in the machine's load hits both sides alike.
    const cpuRaw = { ours: { samples: [] as number[], processUs: 0, updates: 0 }, baseline: { samples: [] as number[], processUs: 0, updates: 0 } };
    for (const s of [ours, baseline, baseline, ours]) {
      log("cpu", s.name);
      await s.control("reset");
      const r = await closedLoop({ concurrency: 1, total: N.cpu / 2, make: textTurns(paths[s.name], BENCH_SECRET, phase()) });
      const read = await s.control<{ samplesUs: number[]; processCpuUs: number; wallMs: number }>("read");
      checkAllOk(s.name, r.statuses);
      cpuRaw[s.name].samples.push(...read.samplesUs);
      cpuRaw[s.name].processUs += read.processCpuUs;
      cpuRaw[s.name].updates += r.total;
    }
    const cpu = {} as Record<"ours" | "baseline", SideFigures["cpu"]>;
    for (const name of ["ours", "baseline"] as const) {
      const { samples, processUs, updates } = cpuRaw[name];
      cpu[name] = { updates: samples.length, medianUs: percentile(samples, 50), p99Us: percentile(samples, 99), meanUs: Math.round(samples.reduce((a, b) => a + b, 0) / samples.length), processUsPerUpdate: Math.round(processUs / updates) };
    }

    // 4. Throughput and latency at 1, 10, 50 concurrent requests (alternating who goes first).
    const throughput: Record<"ours" | "baseline", SideFigures["throughput"]> = { ours: [], baseline: [] };
    for (const [i, c] of LEVELS.entries()) {
      for (const s of i % 2 ? [baseline, ours] : [ours, baseline]) {
        log(`throughput c=${c}`, s.name);
        await s.control("reset");
        services.upstash.stats.reset();
        const calls0 = services.telegram.calls.length;
        const here0 = process.cpuUsage();
        const redis0 = processCpuUs(services.redisPid);
        const r = await closedLoop({ concurrency: c, total: N.levels[c], make: textTurns(paths[s.name], BENCH_SECRET, phase()) });
        const here = process.cpuUsage(here0);
        const redisUs = processCpuUs(services.redisPid) - redis0;
        const read = await s.control<{ processCpuUs: number }>("read");
        checkAllOk(s.name, r.statuses);
        throughput[s.name].push({
          concurrency: c,
          updates: r.total,
          perSecond: Math.round((r.total / r.wallMs) * 1000),
          p50Ms: round(percentile(r.latenciesMs, 50)),
          p99Ms: round(percentile(r.latenciesMs, 99)),
          processUsPerUpdate: Math.round(read.processCpuUs / r.total),
          machineUsPerUpdate: Math.round((read.processCpuUs + here.user + here.system + redisUs) / r.total),
          botApiCallsPerUpdate: round((services.telegram.calls.length - calls0) / r.total),
          redisRequestsPerUpdate: round(services.upstash.stats.requests / r.total),
          redisCommandsPerUpdate: round(services.upstash.stats.commands / r.total),
        });
      }
    }

    // 5. Where the time goes: a V8 CPU profile of each SUT over a run at concurrency 10.
    const profiles = {} as Record<"ours" | "baseline", ProfileSummary>;
    for (const s of [ours, baseline]) {
      log("profile", s.name);
      const file = path.join(outDir, `${s.name}-${stamp}.cpuprofile`);
      await s.control("profile/start");
      await closedLoop({ concurrency: 10, total: N.profile, make: textTurns(paths[s.name], BENCH_SECRET, phase()) });
      await s.control(`profile/stop?to=${encodeURIComponent(file)}`);
      profiles[s.name] = summariseProfile(JSON.parse(readFileSync(file, "utf8")) as CpuProfile, 15);
    }

    await Promise.all([ours.stop(), baseline.stop()]);
    await services.close();

    // 6. Bundle size and startup.
    let bundle: BundleReport | null = null;
    if (!args.has("--no-bundle")) {
      log("bundle");
      bundle = await measureBundle(path.join(outDir, "bundle"));
    }

    const report: BenchReport = {
      conditions: { ...cond, loadAvgAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100) },
      roundTrips: Object.fromEntries(Object.entries(roundTrips).map(([k, v]) => [k, { ...v, budget: BUDGETS[k as keyof typeof BUDGETS] }])),
      baselineRoundTrips,
      ours: { cpu: cpu.ours, throughput: throughput.ours, profile: profiles.ours },
      baseline: { cpu: cpu.baseline, throughput: throughput.baseline, profile: profiles.baseline },
      bundle,
    };
    const md = renderMarkdown(report);
    writeFileSync(path.join(outDir, `bench-${stamp}.json`), JSON.stringify(report, null, 2));
    writeFileSync(path.join(outDir, `bench-${stamp}.md`), md);
    if (!quick && !args.has("--no-docs")) {
      mkdirSync(path.join(root, "docs"), { recursive: true });
      // Committed copies leave out the per-update samples' noise: the summary is the record.
      writeFileSync(path.join(root, "docs", "bench.json"), JSON.stringify(report, null, 2) + "\n");
      writeFileSync(path.join(root, "docs", "bench.md"), md);
    }
    console.log(md);
    log(`written: bench-results/bench-${stamp}.{json,md}${!quick && !args.has("--no-docs") ? " and docs/bench.{json,md}" : ""}`);
    if (!args.has("--no-scale")) await scaleSection(cond);
  } catch (error) {
    await Promise.allSettled([sut.ours.stop(), sut.baseline.stop()]);
    await services.close().catch(() => undefined);
    throw error;
  }
}

function checkAllOk(name: string, statuses: Record<number, number>): void {
  const bad = Object.entries(statuses).filter(([s]) => s !== "200");
  if (bad.length) throw new Error(`${name}: non-200 answers ${JSON.stringify(statuses)}`);
}

const round = (x: number) => Math.round(x * 100) / 100;

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
