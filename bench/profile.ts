/** Summaries of V8 CPU profiles (.cpuprofile): where the time goes, by function and by package. */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
/** The parts of a V8 CPU profile we read. */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self time of one function or package. */
export interface SelfTime {
  name: string;
  where: string;
  ms: number;
  /** Share of busy (non-idle) time, percent. */
  pct: number;
}

/** What a profile says. */
export interface ProfileSummary {
  spanMs: number;
  /** Sampled time not idle (JS, GC, native). */
  busyMs: number;
  gcMs: number;
  topFunctions: SelfTime[];
  byPackage: SelfTime[];
}

/** `node_modules/@upstash/redis/…` → `@upstash/redis`; project files → their top folder; node internals → `node`. */
export function packageOf(url: string): string {
  if (!url) return "(native)";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith("node:")) return "node (internals)";
  const m = /\/(api|bots|handlers|locales|dev|bench|data)\//.exec(url);
  return m ? `${m[1]}/ (ours)` : url.split("/").slice(-2).join("/");
}

function shortWhere(cf: CallFrame): string {
  const pkg = packageOf(cf.url);
  const file = cf.url.split("/").pop() ?? "";
  return cf.url ? `${pkg} ${file}:${cf.lineNumber + 1}` : "";
}

/** Self time per function and per package, top `n` of each. */
export function summariseProfile(p: CpuProfile, n = 15): ProfileSummary {
  const byId = new Map(p.nodes.map((node) => [node.id, node]));
  const fn = new Map<string, SelfTime>();
  const pkg = new Map<string, SelfTime>();
  let busy = 0;
  let gc = 0;
  p.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = (p.timeDeltas[i + 1] ?? p.timeDeltas[i] ?? 0) / 1000;
    if (!node) return;
    const name = node.callFrame.functionName || "(anonymous)";
    if (name === "(idle)") return;
    busy += dt;
    if (name === "(garbage collector)") gc += dt;
    const key = `${name}|${node.callFrame.url}|${node.callFrame.lineNumber}`;
    const f = fn.get(key) ?? { name, where: shortWhere(node.callFrame), ms: 0, pct: 0 };
    f.ms += dt;
    fn.set(key, f);
    const pk = name.startsWith("(") ? name : packageOf(node.callFrame.url);
    const g = pkg.get(pk) ?? { name: pk, where: "", ms: 0, pct: 0 };
    g.ms += dt;
    pkg.set(pk, g);
  });
  const top = (m: Map<string, SelfTime>) =>
    [...m.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, n)
      .map((s) => ({ ...s, ms: round(s.ms), pct: round((100 * s.ms) / (busy || 1)) }));
  return { spanMs: round((p.endTime - p.startTime) / 1000), busyMs: round(busy), gcMs: round(gc), topFunctions: top(fn), byPackage: top(pkg) };
}

const round = (x: number) => Math.round(x * 10) / 10;
