import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import { createContainer } from "./container.js";
import { ConfigError, parseConfig, type Config } from "./env.js";

/** Starts the app under Node on `port`; resolves once listening. */
export async function startNodeServer(config: Config, port: number, hostname = "0.0.0.0"): Promise<{ port: number; close(): Promise<void> }> {
  const app = createApp(createContainer(config));
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
      resolve({ port: info.port, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 8787);
  const server = await startNodeServer(config, port);
  console.log(`yunyang-opinion-bots listening on http://localhost:${server.port}`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) void main();
