/** Runs the scale section (bench/scale.ts) on fresh services: its own redis-server, REST endpoint and app process. */
import { measureReads, importUpTo, renderScale, type ScaleFigures, type ScaleTarget } from "./scale.js";
import { startBenchServices } from "./services.js";
import { startSut } from "./sut-process.js";

/** Imports up to each size in turn and measures there. */
export async function runScale(sizes: number[], log: (...a: unknown[]) => void): Promise<{ rows: ScaleFigures[]; markdown: string }> {
  const services = await startBenchServices();
  const env = services.env();
  const sut = await startSut("ours", env);
  const usedMemory = async () => {
    const res = await fetch(services.upstash.url, { method: "POST", headers: { authorization: `Bearer ${services.upstash.token}` }, body: JSON.stringify(["INFO", "memory"]) });
    const text = String(((await res.json()) as { result: string }).result);
    return Number(/used_memory:(\d+)/.exec(text)?.[1] ?? 0);
  };
  const target: ScaleTarget = { apiUrl: sut.url, apiToken: env.API_TOKEN!, stats: services.upstash.stats, usedMemory };
  const rows: ScaleFigures[] = [];
  try {
    const memory0 = await usedMemory();
    let have = 0;
    for (const size of [...sizes].sort((a, b) => a - b)) {
      log(`scale: importing ${have} → ${size}`);
      let shown = 0;
      const rate = await importUpTo(target, have, size, 2, (done) => {
        if (done - shown >= 50_000) {
          shown = done;
          log(`scale: ${done} imported`);
        }
      });
      have = size;
      const figures = await measureReads(target, size, rate, memory0);
      log("scale:", JSON.stringify(figures));
      rows.push(figures);
    }
  } finally {
    await sut.stop();
    await services.close();
  }
  return { rows, markdown: renderScale(rows) };
}
