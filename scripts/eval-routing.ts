/**
 * Scores the deterministic router (no model) on the case table of
 * tests/handlers/routing/cases.ts: place, category and target accuracy, and
 * "invented" targets (a target given where the case expects none: no matter,
 * or a local matter with no place). Prints each failing case.
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

async function loadCases(argv: string[]): Promise<RoutingCase[]> {
  const i = argv.indexOf("--cases");
  if (i < 0) return (await import("../tests/handlers/routing/cases.js")).routingCases;
  const path = argv[i + 1];
  if (!path) throw new Error("--cases needs a path to a module exporting routingCases");
  const mod = (await import(pathToFileURL(resolve(path)).href)) as { routingCases?: RoutingCase[] };
  if (!Array.isArray(mod.routingCases)) throw new Error(`${path} does not export routingCases`);
  return mod.routingCases;
}

const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const verbose = argv.includes("--verbose");
  const cases = await loadCases(argv);
  const router = createRouter(loadDefaultDirectory());

  let place = 0;
  let category = 0;
  let target = 0;
  let invented = 0;
  let expectNull = 0;
  const started = performance.now();
  for (const c of cases) {
    const d = router.route(c.text);
    const okPlace = d.place === c.place;
    const okCategory = d.category === c.category;
    const okTarget = d.target === c.target;
    if (okPlace) place++;
    if (okCategory) category++;
    if (okTarget) target++;
    if (c.target === null) {
      expectNull++;
      if (d.target !== null) invented++;
    }
    if (!okPlace || !okCategory || !okTarget || verbose) {
      const mark = okTarget ? (okPlace && okCategory ? "ok  " : "part") : c.target === null && d.target !== null ? "INVENTED" : "FAIL";
      console.log(`${mark} ${c.text}`);
      console.log(`     expected ${c.category ?? "-"} @ ${c.place} → ${c.target ?? "null"}`);
      console.log(`     got      ${d.category ?? "-"} @ ${d.place} → ${d.target ?? "null"} (confidence ${d.confidence})`);
      for (const r of d.reasons) console.log(`       · ${r.kind}: ${r.detail}`);
    }
  }
  const ms = performance.now() - started;
  const n = cases.length;
  console.log("");
  console.log(`cases            ${n}`);
  console.log(`place accuracy   ${place}/${n} ${pct(place, n)}`);
  console.log(`category accuracy ${category}/${n} ${pct(category, n)}`);
  console.log(`target accuracy  ${target}/${n} ${pct(target, n)}`);
  console.log(`invented targets ${invented} (of ${expectNull} cases that expect none)`);
  console.log(`time             ${(ms / Math.max(1, n)).toFixed(2)} ms per message`);
  const pass = n > 0 && target / n >= TARGET_BAR && invented === 0;
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
