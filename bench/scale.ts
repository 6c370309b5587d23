/**
 * The scale section of `npm run bench` (issue 14): imports synthetic past
 * suggestions through `POST /api/v1/items/import` up to each size, then
 * measures the round trips (at the Upstash REST endpoint) and wall time of
 * `GET /stats`, `GET /stats?target=…`, a page of a rare target + category +
 * place combination, and the CSV export of that combination, plus Redis
 * memory per item. Times are medians of several runs; nothing here is asserted
 * (tests/budgets/scale.test.ts holds the round-trip budgets).
 */
import { loadDefaultDirectory } from "../handlers/directory/default.js";
import type { UpstashRestStats } from "../dev/upstash-rest.js";
import { seededRandom } from "./rng.js";

/** The combination made rare on purpose (one row in RARE_EVERY). */
export const RARE = { target: "room-renhe", category: "health", place: "renhe" } as const;
const RARE_EVERY = 2000;

const rng = seededRandom;

const PHRASES = ["公交车班次太少，早晚高峰等车要一个小时", "小区门口的路灯坏了很久，晚上出行不安全", "菜市场周边污水横流，希望尽快整治", "学校门口接送孩子的车辆乱停，堵得厉害", "村里的自来水时有时无，老人用水困难", "医院挂号排队时间太长，希望增加窗口", "河道有人倾倒垃圾，气味很大", "老旧小区没有电梯，希望纳入改造计划"];
const START = Date.parse("2023-01-01T00:00:00+08:00");
const SPAN = 3 * 365 * 24 * 3600_000;
const H = 3600_000;

/** Synthetic import rows number `from` … `to - 1` (the same rows for the same numbers). */
export function syntheticRows(from: number, to: number): object[] {
  const dir = loadDefaultDirectory();
  const targets = dir.targets.map((t) => t.id);
  const categories = dir.categories.map((c) => c.id);
  const places = dir.places.map((p) => p.id);
  const rows: object[] = [];
  for (let n = from; n < to; n++) {
    const r = rng(n * 7919 + 17);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    let facets = { target: pick(targets), category: pick(categories), place: pick(places) };
    if (n % RARE_EVERY === 7) facets = { ...RARE };
    else if (facets.target === RARE.target && facets.category === RARE.category && facets.place === RARE.place) facets = { ...facets, category: categories.find((c) => c !== RARE.category)! };
    const created = START + Math.floor(r() * SPAN);
    const roll = r();
    const status = roll < 0.2 ? "new" : roll < 0.35 ? "forwarded" : roll < 0.45 ? "accepted" : roll < 0.6 ? "answered" : roll < 0.9 ? "closed" : "rejected";
    const iso = (ms: number) => new Date(ms).toISOString();
    const fwd = created + Math.floor((1 + r() * 120) * H);
    const acc = fwd + Math.floor((1 + r() * 72) * H);
    const ans = acc + Math.floor((2 + r() * 400) * H);
    const row: Record<string, unknown> = { external_id: `SCALE-${n}`, text: `${pick(PHRASES)}（第${n}号来信）`, created_at: iso(created), status, ...facets };
    if (["forwarded", "accepted", "answered", "closed"].includes(status)) row.forwarded_at = iso(fwd);
    if (["accepted", "answered", "closed"].includes(status)) row.accepted_at = iso(acc);
    if (["answered", "closed"].includes(status)) row.answered_at = iso(ans);
    if (status === "closed") {
      row.closed_at = iso(ans + 24 * H);
      if (r() < 0.7) row.rating = 1 + Math.floor(r() * 5);
    }
    rows.push(row);
  }
  return rows;
}

/** One measured request. */
export interface Probe {
  roundTrips: number;
  commands: number;
  ms: number;
}

/** Figures at one size. */
export interface ScaleFigures {
  items: number;
  importRowsPerSecond: number;
  redisBytesPerItem: number | null;
  stats: Probe;
  statsByTarget: Probe;
  rarePage: Probe & { items: number };
  rareCsv: Probe & { rows: number };
}

/** What the measurements need: the API and the REST endpoint's counters. */
export interface ScaleTarget {
  apiUrl: string;
  apiToken: string;
  stats: UpstashRestStats;
  /** Redis used_memory in bytes. */
  usedMemory(): Promise<number>;
}

/** Imports rows [from, to) with `concurrency` requests in flight; rows per second. */
export async function importUpTo(t: ScaleTarget, from: number, to: number, concurrency = 2, onProgress?: (done: number) => void): Promise<number> {
  const started = performance.now();
  let next = from;
  const worker = async () => {
    while (next < to) {
      const start = next;
      next = Math.min(to, next + 1000);
      const body = syntheticRows(start, next).map((r) => JSON.stringify(r)).join("\n");
      const res = await fetch(`${t.apiUrl}/api/v1/items/import`, { method: "POST", headers: { authorization: `Bearer ${t.apiToken}`, "content-type": "application/x-ndjson" }, body });
      if (!res.ok) throw new Error(`import answered ${res.status}: ${await res.text()}`);
      const r = (await res.json()) as { created: number; duplicates: number; invalid: number };
      if (r.invalid) throw new Error(`import: ${r.invalid} invalid rows`);
      // The endpoint logs every request's commands: drop them, or a million rows fill the heap.
      t.stats.reset();
      onProgress?.(next);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return Math.round(((to - from) / (performance.now() - started)) * 1000);
}

async function probe(t: ScaleTarget, path: string, runs = 5): Promise<Probe & { body: string }> {
  const times: number[] = [];
  let last = { roundTrips: 0, commands: 0, body: "" };
  for (let i = 0; i < runs; i++) {
    t.stats.reset();
    const t0 = performance.now();
    const res = await fetch(`${t.apiUrl}/api/v1${path}`, { headers: { authorization: `Bearer ${t.apiToken}` } });
    const body = await res.text();
    times.push(performance.now() - t0);
    if (!res.ok) throw new Error(`${path} answered ${res.status}`);
    last = { roundTrips: t.stats.requests, commands: t.stats.commands, body };
  }
  times.sort((a, b) => a - b);
  return { ...last, ms: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10 };
}

/** The read figures at the current size. */
export async function measureReads(t: ScaleTarget, items: number, importRowsPerSecond: number, memoryBefore: number | null): Promise<ScaleFigures> {
  const rare = `target=${RARE.target}&category=${RARE.category}&place=${RARE.place}`;
  const stats = await probe(t, "/stats");
  const total = (JSON.parse(stats.body) as { total: number; complete: boolean }).total;
  if (total !== items) throw new Error(`stats counted ${total} of ${items} items`);
  const statsByTarget = await probe(t, `/stats?target=${RARE.target}`);
  const page = await probe(t, `/items?${rare}&limit=50`);
  const csv = await probe(t, `/items.csv?${rare}`);
  const used = await t.usedMemory();
  const strip = ({ roundTrips, commands, ms }: Probe) => ({ roundTrips, commands, ms });
  return {
    items,
    importRowsPerSecond,
    redisBytesPerItem: memoryBefore === null ? null : Math.round((used - memoryBefore) / items),
    stats: strip(stats),
    statsByTarget: strip(statsByTarget),
    rarePage: { ...strip(page), items: (JSON.parse(page.body) as { items: unknown[] }).items.length },
    rareCsv: { ...strip(csv), rows: csv.body.split("\r\n").length - 2 },
  };
}

/** The scale section as Markdown, with the growth factor between sizes. */
export function renderScale(rows: ScaleFigures[], note = ""): string {
  const g = (a: number, b: number) => (a > 0 ? `×${(b / a).toFixed(2)}` : "—");
  const lines = [
    "## Scale (issue 14)",
    "",
    "Synthetic past suggestions imported through `POST /api/v1/items/import` (1,000 rows a request, 2 in flight), spread over three years, every status, one row in 2,000 in the rare combination " +
      `${RARE.target} + ${RARE.category} + ${RARE.place}. Round trips are requests at the Upstash REST endpoint; times are medians of 5 runs on this machine.` + (note ? ` ${note}` : ""),
    "",
    "| items | import rows/s | Redis bytes/item | GET /stats RT · ms | /stats?target RT · ms | rare 3-facet page RT · ms (items) | rare CSV RT · ms (rows) |",
    "|---:|---:|---:|---|---|---|---|",
    ...rows.map((r) => `| ${r.items.toLocaleString("en")} | ${r.importRowsPerSecond} | ${r.redisBytesPerItem ?? "—"} | ${r.stats.roundTrips} · ${r.stats.ms} | ${r.statsByTarget.roundTrips} · ${r.statsByTarget.ms} | ${r.rarePage.roundTrips} · ${r.rarePage.ms} (${r.rarePage.items}) | ${r.rareCsv.roundTrips} · ${r.rareCsv.ms} (${r.rareCsv.rows}) |`),
  ];
  if (rows.length > 1) {
    lines.push("", "Growth between consecutive sizes (time):", "");
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1]!;
      const b = rows[i]!;
      lines.push(`- ${a.items.toLocaleString("en")} → ${b.items.toLocaleString("en")} items (×${b.items / a.items}): stats ${g(a.stats.ms, b.stats.ms)}, stats?target ${g(a.statsByTarget.ms, b.statsByTarget.ms)}, rare page ${g(a.rarePage.ms, b.rarePage.ms)}, rare CSV ${g(a.rareCsv.ms, b.rareCsv.ms)} (the CSV has ×${(b.rareCsv.rows / Math.max(1, a.rareCsv.rows)).toFixed(1)} rows)`);
    }
  }
  return lines.join("\n") + "\n";
}
