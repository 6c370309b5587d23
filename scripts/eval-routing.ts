/**
 * Scores the deterministic router (no model) on the routing cases: the
 * project's own table (tests/handlers/routing/cases.ts), the families of issue
 * #13 (cases-families.ts), the blind repo set written against
 * the product's DIRECTORY.md only (cases-blind.ts) and the nine blind sets C–K
 * (cases-blind-sets.ts). Prints each failing case, then
 * tables per set, per family, per language and per category (the expected
 * one): exact target, place and category accuracy, "invented" targets (a
 * target where the case expects none: no matter, or a local matter with no
 * place) and the cost per message in µs.
 *
 * Usage: npm run eval:routing [-- --cases path/to/cases.ts] [-- --verbose]
 * Exit code 1 when target accuracy is below 85% or any target is invented.
 */
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { loadDefaultDirectory } from "../handlers/directory/default.js";
import { createRouter } from "../handlers/routing/router.js";
import type { RoutingCase } from "../tests/handlers/routing/cases.js";

const TARGET_BAR = 0.85;
/** Timing: every case routed this many times after a warm-up, for a stable µs figure. */
const TIMING_ROUNDS = 20;

type Tagged = RoutingCase & { set: string };

async function loadCases(argv: string[]): Promise<Tagged[]> {
  const i = argv.indexOf("--cases");
  if (i < 0) {
    const own = (await import("../tests/handlers/routing/cases.js")).routingCases;
    const families = (await import("../tests/handlers/routing/cases-families.js")).familyCases;
    const blind = (await import("../tests/handlers/routing/cases-blind.js")).blindCases;
    const sets = (await import("../tests/handlers/routing/cases-blind-sets.js")).blindSets;
    return [
      ...own.map((c) => ({ ...c, set: "project", family: c.family ?? "project" })),
      ...families.map((c) => ({ ...c, set: "families" })),
      ...blind.map((c) => ({ ...c, set: "blind" })),
      ...Object.entries(sets).flatMap(([letter, cases]) => cases.map((c) => ({ ...c, set: `blind-${letter}` }))),
    ];
  }
  const path = argv[i + 1];
  if (!path) throw new Error("--cases needs a path to a module exporting routingCases");
  const mod = (await import(pathToFileURL(resolve(path)).href)) as { routingCases?: RoutingCase[] };
  if (!Array.isArray(mod.routingCases)) throw new Error(`${path} does not export routingCases`);
  return mod.routingCases.map((c) => ({ ...c, set: path, family: c.family ?? "-" }));
}

interface Tally {
  n: number;
  target: number;
  place: number;
  category: number;
  expectNull: number;
  invented: number;
}

const empty = (): Tally => ({ n: 0, target: 0, place: 0, category: 0, expectNull: 0, invented: 0 });
const pct = (n: number, d: number) => (d === 0 ? "   n/a" : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function table(title: string, rows: Map<string, Tally>): void {
  console.log("");
  console.log(`${title.padEnd(28)} ${"cases".padStart(5)} ${"target".padStart(7)} ${"place".padStart(7)} ${"category".padStart(8)}  invented`);
  for (const [k, t] of [...rows].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`${k.padEnd(28)} ${String(t.n).padStart(5)} ${pct(t.target, t.n).padStart(7)} ${pct(t.place, t.n).padStart(7)} ${pct(t.category, t.n).padStart(8)}  ${t.invented}/${t.expectNull}`);
  }
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const verbose = argv.includes("--verbose");
  const cases = await loadCases(argv);
  const router = createRouter(loadDefaultDirectory());

  const total = empty();
  const bySet = new Map<string, Tally>();
  const byFamily = new Map<string, Tally>();
  const byLocale = new Map<string, Tally>();
  const byCategory = new Map<string, Tally>();
  const add = (m: Map<string, Tally>, k: string) => m.get(k) ?? m.set(k, empty()).get(k)!;
  for (const c of cases) {
    const d = router.route(c.text);
    const okPlace = d.place === c.place;
    const okCategory = d.category === c.category;
    const okTarget = d.target === c.target;
    const invented = c.target === null && d.target !== null;
    for (const t of [total, add(bySet, c.set), add(byFamily, `${c.set}/${c.family}`), add(byLocale, c.locale), add(byCategory, c.category ?? "(none)")]) {
      t.n++;
      if (okPlace) t.place++;
      if (okCategory) t.category++;
      if (okTarget) t.target++;
      if (c.target === null) t.expectNull++;
      if (invented) t.invented++;
    }
    if (!okPlace || !okCategory || !okTarget || verbose) {
      const mark = okTarget ? (okPlace && okCategory ? "ok  " : "part") : invented ? "INVENTED" : "FAIL";
      console.log(`${mark} [${c.set}/${c.family}] ${c.text}`);
      console.log(`     expected ${c.category ?? "-"} @ ${c.place} → ${c.target ?? "null"}`);
      console.log(`     got      ${d.category ?? "-"} @ ${d.place}${d.placeCandidates ? ` (${d.placeCandidates.join(" or ")})` : ""} → ${d.target ?? "null"} (confidence ${d.confidence})`);
      for (const r of d.reasons) console.log(`       · ${r.kind}: ${r.detail}`);
    }
  }

  for (const c of cases) router.route(c.text);
  const started = performance.now();
  for (let i = 0; i < TIMING_ROUNDS; i++) for (const c of cases) router.route(c.text);
  const us = ((performance.now() - started) * 1000) / Math.max(1, cases.length * TIMING_ROUNDS);

  table("set", bySet);
  table("set/family", byFamily);
  table("language", byLocale);
  table("expected category", byCategory);
  const n = total.n;
  console.log("");
  console.log(`cases             ${n}`);
  console.log(`place accuracy    ${total.place}/${n} ${pct(total.place, n)}`);
  console.log(`category accuracy ${total.category}/${n} ${pct(total.category, n)}`);
  console.log(`target accuracy   ${total.target}/${n} ${pct(total.target, n)}`);
  console.log(`invented targets  ${total.invented} (of ${total.expectNull} cases that expect none)`);
  console.log(`time              ${us.toFixed(1)} µs per message (mean of ${TIMING_ROUNDS} rounds)`);
  const pass = n > 0 && total.target / n >= TARGET_BAR && total.invented === 0;
  console.log(pass ? "PASS" : `BELOW THE BAR (target ≥ ${TARGET_BAR * 100}% and no invented targets)`);
  return pass ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(2);
  },
);
