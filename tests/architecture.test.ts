import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}
const importsOf = (path: string) => [...readFileSync(join(root, path), "utf8").matchAll(/(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]!);

describe("architecture", () => {
  it("handlers/ (the domain) imports no grammY, Telegraf, Hono, Upstash or OpenAI, and no adapter", () => {
    const offenders = files("handlers").flatMap((f) =>
      importsOf(f)
        .filter((s) => /^(grammy|@grammyjs\/|telegraf|hono|@hono\/|@upstash\/|openai)/.test(s) || /(^|\/)(bots|api)\//.test(s))
        .map((s) => `${relative(root, join(root, f))} → ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it("neither bot adapter imports the other", () => {
    const cross = [
      ...files("bots/resident").flatMap((f) => importsOf(f).filter((s) => s.includes("staff/") || s.startsWith("telegraf")).map((s) => `${f} → ${s}`)),
      ...files("bots/staff").flatMap((f) => importsOf(f).filter((s) => s.includes("resident/") || s.startsWith("grammy")).map((s) => `${f} → ${s}`)),
    ];
    expect(cross).toEqual([]);
  });

  it("nothing in the project reads ../shared at run, build or test time", () => {
    const dirs = ["api", "bots", "handlers", "locales", "tests", "dev", "scripts"];
    const readsShared = dirs.flatMap(files).filter((f) => /\.\.\/shared\//.test(readFileSync(join(root, f), "utf8")) && !f.endsWith("architecture.test.ts"));
    expect(readsShared).toEqual([]);
  });
});
