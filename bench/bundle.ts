/**
 * Worker bundle size and startup, measured with wrangler itself:
 * `wrangler deploy --dry-run --outdir … --minify` (what `npm run deploy`
 * uploads) and `wrangler check startup` (a CPU profile of the isolate's
 * startup, run locally in workerd: offline, on this machine's CPU).
 */
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { summariseProfile, type ProfileSummary } from "./profile.js";

const run = promisify(execFile);
const root = new URL("..", import.meta.url).pathname;

/** One build's size. */
export interface BundleSize {
  label: string;
  /** Minified worker.js, bytes. */
  minifiedBytes: number;
  /** gzip -9 of worker.js, bytes (our own measure). */
  gzipBytes: number;
  /** What wrangler printed ("Total Upload: … / gzip: …"). */
  wranglerSays: string;
  /** Bytes of zod locale modules in the output (from esbuild's metafile). */
  zodLocaleBytes: number;
}

async function build(label: string, config: string, outdir: string): Promise<BundleSize> {
  const meta = path.join(outdir, "meta.json");
  const { stdout } = await run("npx", ["wrangler", "deploy", "--dry-run", "--config", config, "--outdir", outdir, "--minify", "--metafile", meta], { cwd: root, maxBuffer: 16 << 20 });
  const main = path.join(outdir, readFileSync(config, "utf8").match(/^main\s*=\s*"(.+)"/m)![1]!.split("/").pop()!.replace(/\.ts$/, ".js"));
  const code = readFileSync(main);
  const metafile = JSON.parse(readFileSync(meta, "utf8")) as { outputs: Record<string, { entryPoint?: string; inputs: Record<string, { bytesInOutput: number }> }> };
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint)!;
  const zodLocaleBytes = Object.entries(output.inputs).filter(([f]) => /zod\/v4\/locales\//.test(f)).reduce((n, [, v]) => n + v.bytesInOutput, 0);
  return { label, minifiedBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, wranglerSays: /Total Upload:[^\n]*/.exec(stdout)?.[0] ?? "", zodLocaleBytes };
}

/** What the bundle section of the report holds. */
export interface BundleReport {
  /** The Worker as deployed (wrangler.toml with its [alias]). */
  current: BundleSize;
  /** The same Worker without the zod alias. */
  withoutAlias: BundleSize;
  /** The Worker plus what @hono/zod-openapi does on load (`import { z } from "zod"` + `extendZodWithOpenApi(z)`), without and with the alias. */
  zodOpenapiScenario: { withoutAlias: BundleSize; withAlias: BundleSize };
  startup: { ok: true; profile: ProfileSummary } | { ok: false; error: string };
}

/** Builds the variants and profiles startup; `workdir` receives configs and outputs. */
export async function measureBundle(workdir: string): Promise<BundleReport> {
  mkdirSync(workdir, { recursive: true });
  const rel = path.relative(workdir, root) || ".";
  const toml = readFileSync(path.join(root, "wrangler.toml"), "utf8");
  // The same config, with paths made relative to the work dir (wrangler resolves them from the config's folder).
  const relocate = (text: string) => text.replace(/^main = "(.+)"/m, `main = "${rel}/$1"`).replace(/^zod = "\.\/(.+)"/m, `zod = "${rel}/$1"`);
  const noAlias = relocate(toml.replace(/^\[alias\][^[]*/m, ""));
  const withAlias = relocate(toml);
  writeFileSync(path.join(workdir, "with-alias.toml"), withAlias);
  writeFileSync(path.join(workdir, "no-alias.toml"), noAlias);
  // The scenario: the Worker plus what @hono/zod-openapi does when it loads (`import { z } from "zod"; extendZodWithOpenApi(z)`).
  writeFileSync(
    path.join(workdir, "worker-zod-openapi.ts"),
    `import { extendZodWithOpenApi } from "@asteasolutions/zod-to-openapi";\nimport { z } from "zod";\nimport worker from "${rel}/api/worker.js";\nextendZodWithOpenApi(z);\nexport default worker;\n`,
  );
  const scenario = (t: string) => t.replace(/^main = "(.+)"/m, `main = "worker-zod-openapi.ts"`);
  writeFileSync(path.join(workdir, "zod-openapi-with-alias.toml"), scenario(withAlias));
  writeFileSync(path.join(workdir, "zod-openapi-no-alias.toml"), scenario(noAlias));

  const out = (name: string) => path.join(workdir, `out-${name}`);
  const current = await build("Worker (wrangler.toml, with [alias])", path.join(workdir, "with-alias.toml"), out("current"));
  const withoutAlias = await build("Worker without the zod alias", path.join(workdir, "no-alias.toml"), out("no-alias"));
  const zNo = await build("Worker + `extendZodWithOpenApi(z)`, no alias", path.join(workdir, "zod-openapi-no-alias.toml"), out("zo-no-alias"));
  const zYes = await build("Worker + `extendZodWithOpenApi(z)`, with alias", path.join(workdir, "zod-openapi-with-alias.toml"), out("zo-alias"));

  let startup: BundleReport["startup"];
  try {
    const file = path.join(workdir, "startup.cpuprofile");
    await run("npx", ["wrangler", "check", "startup", "--outfile", file], { cwd: root, maxBuffer: 16 << 20 });
    startup = { ok: true, profile: summariseProfile(JSON.parse(readFileSync(file, "utf8")), 12) };
  } catch (error) {
    startup = { ok: false, error: String(error).slice(0, 500) };
  }
  return { current, withoutAlias, zodOpenapiScenario: { withoutAlias: zNo, withAlias: zYes }, startup };
}
