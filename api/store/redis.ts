import { Redis } from "@upstash/redis/cloudflare";

/** Connection settings for an Upstash (or Upstash-compatible) REST endpoint. */
export interface RedisOptions {
  url: string;
  token: string;
  /** Retries on network errors; kept small so a dead store becomes a 5xx quickly and Telegram retries later. */
  retries?: number;
}

/**
 * Creates the one Upstash client of a process/isolate. Auto-pipelining folds
 * every command issued in the same tick into one HTTP round trip, which is
 * how a turn's reads (claim, session, profile, rate limits) cost one request.
 */
export function createRedis(opts: RedisOptions): Redis {
  return new Redis({
    url: opts.url,
    token: opts.token,
    enableAutoPipelining: true,
    automaticDeserialization: false,
    enableTelemetry: false,
    // Every value we store is JSON or an id, so valid UTF-8: skip the base64 round trip (decoding showed in the CPU profile).
    responseEncoding: false,
    retry: { retries: opts.retries ?? 1, backoff: () => 50 },
  });
}
export type { Redis };

/**
 * A hash as a record, whichever shape the client gives it: an object (automatic
 * deserialization on), or the flat [field, value, …] list (off, as this app's client).
 */
export function hashRecord(raw: unknown): Record<string, unknown> {
  if (!raw) return {};
  if (!Array.isArray(raw)) return raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) out[String(raw[i])] = raw[i + 1];
  return out;
}
