/** A structured logger: one JSON line per event. */
export type Log = (event: string, data?: Record<string, unknown>) => void;

/**
 * Creates a logger that scrubs every configured secret from what it prints
 * (tokens appear in Bot API URLs inside library error messages) and drops the
 * Redis command an Upstash error quotes (it carries residents' words).
 */
export function createLogger(secrets: Array<string | undefined>, sink: (line: string) => void = (l) => console.log(l)): Log {
  const scrub = secrets.filter((s): s is string => typeof s === "string" && s.length >= 6);
  return (event, data = {}) => {
    // Upstash errors quote the whole Redis command (resident text, contacts): a safety net for fields not built with errorLine.
    const safe = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === "string" ? v.split(", command was")[0] : v]));
    let line = JSON.stringify({ at: new Date().toISOString(), event, ...safe });
    for (const secret of scrub) line = line.split(secret).join("[redacted]");
    sink(line);
  };
}

/**
 * An error as one short log field: "Name: message", without the Redis
 * command an Upstash error quotes (it carries item text and contacts).
 */
export function errorLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split(/, command was/)[0]!.slice(0, 300);
}
