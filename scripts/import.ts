/**
 * `npm run import -- FILE.csv` (or FILE.ndjson): sends past suggestions to a
 * running API (`npm run serve`, or the deployed Worker) through
 * `POST /api/v1/items/import`, 1,000 rows a request, with a progress bar.
 * Rows with an `external_id` can be sent again safely (they come back as
 * duplicates). Prints a summary and writes the per-row results next to the
 * file (FILE.results.ndjson); exits 1 when any row was invalid.
 *
 *   API_URL=http://127.0.0.1:8787 API_TOKEN=… npm run import -- past.csv
 */
import { readFileSync, writeFileSync } from "node:fs";
import { IMPORT_MAX_ROWS } from "../handlers/items/import.js";

const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
const base = (process.env.API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`).replace(/\/$/, "");
const token = process.env.API_TOKEN;
if (!file || !token) {
  console.error("usage: API_TOKEN=… [API_URL=http://127.0.0.1:8787] npm run import -- FILE.csv|FILE.ndjson");
  process.exit(2);
}

const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
const csv = !/\.(nd)?jsonl?$/i.test(file);
const chunks = csv ? csvChunks(text) : ndjsonChunks(text);
const total = chunks.reduce((n, c) => n + c.rows, 0);
const started = Date.now();
let done = 0;
const totals = { created: 0, duplicates: 0, invalid: 0 };
const out: string[] = [];
for (const chunk of chunks) {
  const res = await fetch(`${base}/api/v1/items/import`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": csv ? "text/csv" : "application/x-ndjson" },
    body: chunk.body,
  });
  if (!res.ok) {
    console.error(`\nrequest failed: ${res.status} ${await res.text()}`);
    process.exit(1);
  }
  const body = (await res.json()) as { created: number; duplicates: number; invalid: number; results: Array<{ row: number }> };
  totals.created += body.created;
  totals.duplicates += body.duplicates;
  totals.invalid += body.invalid;
  for (const r of body.results) out.push(JSON.stringify({ ...r, row: r.row + done }));
  done += chunk.rows;
  const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
  process.stderr.write(`\r${bar(done, total)} ${Math.round(rate)} rows/s`);
}
process.stderr.write("\n");
writeFileSync(`${file}.results.ndjson`, out.join("\n") + "\n");
console.log(`${totals.created} created, ${totals.duplicates} duplicates, ${totals.invalid} invalid (${file}.results.ndjson) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(totals.invalid ? 1 : 0);

function bar(n: number, of: number): string {
  const width = 30;
  const filled = of ? Math.round((n / of) * width) : width;
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${n}/${of}`;
}

function ndjsonChunks(t: string): Array<{ body: string; rows: number }> {
  const lines = t.split(/\r?\n/).filter((l) => l.trim());
  const out: Array<{ body: string; rows: number }> = [];
  for (let i = 0; i < lines.length; i += IMPORT_MAX_ROWS) out.push({ body: lines.slice(i, i + IMPORT_MAX_ROWS).join("\n"), rows: Math.min(IMPORT_MAX_ROWS, lines.length - i) });
  return out;
}

/** Splits CSV into records (quoted line breaks kept) and re-sends the header with each chunk. */
function csvChunks(t: string): Array<{ body: string; rows: number }> {
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === "\n" && !quoted) {
      records.push(t.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < t.length) records.push(t.slice(start));
  const [header, ...rows] = records.filter((r) => r.trim());
  const out: Array<{ body: string; rows: number }> = [];
  for (let i = 0; i < rows.length; i += IMPORT_MAX_ROWS) out.push({ body: header! + rows.slice(i, i + IMPORT_MAX_ROWS).join(""), rows: Math.min(IMPORT_MAX_ROWS, rows.length - i) });
  return out;
}
