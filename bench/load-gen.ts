/** A closed-loop load generator (N workers, each sends its next request when the last one answered) and percentile helpers. */
import { textUpdate } from "./telegram.js";

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

let ticksPerSecond: number | undefined;
/** CPU time (user + system, µs) a process has used so far, from /proc (Linux); 0 where unavailable. */
export function processCpuUs(pid: number): number {
  try {
    ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) / ticksPerSecond) * 1e6;
  } catch {
    return 0;
  }
}

/** Nearest-rank percentile of unsorted numbers (0 when empty). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** What a run measured at the client. */
export interface LoopResult {
  total: number;
  wallMs: number;
  latenciesMs: number[];
  /** Responses by HTTP status. */
  statuses: Record<number, number>;
}

/** Runs `total` requests with `concurrency` workers; `make(worker, n)` gives the n-th request of a worker. */
export async function closedLoop(opts: { concurrency: number; total: number; make: (worker: number, n: number) => { url: string; body: string; headers: Record<string, string> } }): Promise<LoopResult> {
  let next = 0;
  const latenciesMs: number[] = [];
  const statuses: Record<number, number> = {};
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: opts.concurrency }, async (_, worker) => {
      for (let n = 0; next < opts.total; n++) {
        next++;
        const req = opts.make(worker, n);
        const s = performance.now();
        const res = await fetch(req.url, { method: "POST", headers: req.headers, body: req.body });
        await res.arrayBuffer();
        latenciesMs.push(performance.now() - s);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      }
    }),
  );
  return { total: latenciesMs.length, wallMs: performance.now() - t0, latenciesMs, statuses };
}

const FIRST = ["凤鸣镇到县城的公交车太少了，希望增加班次。", "人和街道的垃圾站太臭了，夏天苍蝇很多", "盘龙街道菜市场门口的路灯坏了", "青龙街道北部新区的停车场收费太乱了"];
const MORE = ["早上七点到九点最挤，经常等一个小时", "已经持续好几个星期了", "希望有关部门尽快处理，谢谢"];

/**
 * The text-turn workload both bots get: each simulated resident sends a
 * first message and three more (so a draft is started and extended, and no
 * one nears the per-minute rate limit), then the worker moves to a new
 * resident. Workers never share a resident, so no two requests race on one chat.
 */
export function textTurns(url: string, secret: string, userBase: number): (worker: number, n: number) => { url: string; body: string; headers: Record<string, string> } {
  return (worker, n) => {
    const id = userBase + worker * 100_000 + Math.floor(n / 4);
    const j = n % 4;
    const text = j === 0 ? FIRST[Math.floor(n / 4) % FIRST.length]! : MORE[j - 1]!;
    return {
      url,
      body: JSON.stringify(textUpdate({ id, first_name: "R", language_code: "zh-hans" }, text)),
      headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret },
    };
  };
}
