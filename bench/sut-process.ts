/** Starts bench/sut.ts in a child process (with tsx) and talks to it over HTTP. */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

/** A running system under test. */
export interface SutProcess {
  name: "ours" | "baseline";
  port: number;
  url: string;
  pid: number;
  control<T = unknown>(path: string): Promise<T>;
  stop(): Promise<void>;
}

/** Forks the SUT with `env`; resolves once it listens. */
export async function startSut(name: "ours" | "baseline", env: Record<string, string>): Promise<SutProcess> {
  const child: ChildProcess = fork(fileURLToPath(new URL("./sut.ts", import.meta.url)), [name], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, ...env, NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (m) => resolve((m as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`${name} exited early (${code})`)));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    name,
    port,
    url,
    pid: child.pid!,
    control: async <T>(path: string) => (await (await fetch(`${url}/__bench/${path}`)).json()) as T,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      await fetch(`${url}/__bench/exit`).catch(() => child.kill("SIGTERM"));
      await exited;
    },
  };
}
