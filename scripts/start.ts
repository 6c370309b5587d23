/**
 * `npm start`: the whole system on this machine with no credentials and no
 * network, and ONE URL to open — the offline playground, where a resident,
 * a deputy and a staff member chat with the real bots through a local
 * Telegram emulator (see dev/playground/system.ts for what starts).
 *
 * PORT (default 8787) is the page's port; if it is taken and PORT was not
 * set, a free port is used. PLAYGROUND_STORAGE=auto|redis|memory and
 * PLAYGROUND_RUNTIME=auto|node|workerd override the automatic choices.
 */
import net from "node:net";
import { startPlayground, type RuntimeChoice, type StorageChoice } from "../dev/playground/system.js";

const started = Date.now();

function choice<T extends string>(name: string, allowed: readonly T[]): T | undefined {
  const v = process.env[name];
  if (!v) return undefined;
  if (!(allowed as readonly string[]).includes(v)) {
    console.error(`${name} must be one of ${allowed.join(", ")}, not ${v}`);
    process.exit(2);
  }
  return v as T;
}

async function main(): Promise<void> {
  const storage = choice<StorageChoice>("PLAYGROUND_STORAGE", ["auto", "redis", "memory"]);
  const runtime = choice<RuntimeChoice>("PLAYGROUND_RUNTIME", ["auto", "node", "workerd"]);
  let port = Number(process.env.PORT ?? 8787);
  // Checked first, so a busy default port does not cost a second start-up of everything.
  if (!process.env.PORT && !(await portIsFree(port))) {
    console.log(`port ${port} is taken; using a free one`);
    port = 0;
  }
  const playground = await startPlayground({ port, storage, runtime, log: (line) => console.log(line) });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`ready in ${seconds} s — open the playground (Ctrl-C stops everything):\n\n  ${playground.url}\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void playground.stop().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
