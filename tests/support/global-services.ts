import type { TestProject } from "vitest/node";
import { startFakeTelegram } from "../../dev/fake-telegram.js";
import { startTestUpstash } from "./upstash.js";

declare module "vitest" {
  export interface ProvidedContext {
    upstashUrl: string;
    upstashToken: string;
    telegramUrl: string;
  }
}

/**
 * Global setup for the workerd project: a real redis-server behind the local
 * Upstash REST endpoint, and the recording fake Bot API, all in Node. Their
 * URLs are handed to the Worker as bindings.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const upstash = await startTestUpstash();
  const telegram = await startFakeTelegram();
  project.provide("upstashUrl", upstash.url);
  project.provide("upstashToken", upstash.token);
  project.provide("telegramUrl", telegram.url);
  return async () => {
    await telegram.close();
    await upstash.stop();
  };
}
