/**
 * A local stand-in for an OpenAI-compatible chat completions server, for tests
 * and the offline demo: scripted good answers, answers outside the directory,
 * garbage, hangs and HTTP errors. Listens on 127.0.0.1 on a free port.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** The request body of one chat completion, as the fake saw it. */
export interface FakeChatRequest {
  model?: string;
  messages?: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  [key: string]: unknown;
}

/** One call the fake received. */
export interface FakeOpenAICall {
  path: string;
  body: FakeChatRequest;
  authorization: string | undefined;
  at: number;
  /** The resident text, read from the JSON user message when present. */
  residentText: string | undefined;
}

/** An answer the fake returns as the assistant's message content. */
export type FakeAnswer = Record<string, unknown> | ((req: FakeChatRequest, residentText: string | undefined) => Record<string, unknown>);

/** How the fake answers the next calls. */
export type FakeBehaviour =
  /** A valid extraction: scripted, or computed from the request when `answer` is absent. */
  | { kind: "good"; answer?: FakeAnswer }
  /** Any content, sent verbatim (a string) or as JSON. */
  | { kind: "content"; content: string | Record<string, unknown> }
  /** A well-formed answer naming a place that is not in the directory. */
  | { kind: "unknown-place" }
  /** Content that is not JSON. */
  | { kind: "garbage" }
  /** Never answers (until the client gives up or the fake closes). */
  | { kind: "hang" }
  /** An HTTP error, e.g. 429 or 500; `retryAfterMs` sets the retry-after-ms header (default 20). */
  | { kind: "status"; status: number; retryAfterMs?: number }
  /** One behaviour per call, in order; the last one repeats. */
  | { kind: "sequence"; steps: FakeBehaviour[] };

/** A running fake server. */
export interface FakeOpenAI {
  /** Base URL to give the SDK as `baseURL` (ends in /v1). */
  url: string;
  calls: FakeOpenAICall[];
  setBehaviour(b: FakeBehaviour): void;
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<FakeChatRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (!raw) return {};
  try {
    return JSON.parse(raw) as FakeChatRequest;
  } catch {
    return {};
  }
}

function residentTextOf(body: FakeChatRequest): string | undefined {
  const user = body.messages?.find((m) => m.role === "user");
  if (!user) return undefined;
  try {
    const parsed = JSON.parse(user.content) as { resident_text?: unknown };
    return typeof parsed.resident_text === "string" ? parsed.resident_text : user.content;
  } catch {
    return user.content;
  }
}

/**
 * The default "good" answer: reads the place list from the system prompt
 * ("- id: 中文名 / English name (kind)") and picks the first place whose name
 * (without its 镇/乡/街道 suffix) or English name appears in the text.
 */
function computedAnswer(body: FakeChatRequest, text: string | undefined): Record<string, unknown> {
  const system = body.messages?.find((m) => m.role === "system")?.content ?? "";
  const t = (text ?? "").toLowerCase();
  let place = "unknown";
  for (const m of system.matchAll(/^\s*- ([a-z0-9-]+): ([^/\n]+) \/ ([^(\n]+) \((?:township|street|county)\)$/gm)) {
    const zh = m[2]!.trim().replace(/(土家族乡|镇|乡|街道)$/, "");
    const en = m[3]!.trim().split(" ")[0]!.toLowerCase();
    if ((zh.length >= 2 && t.includes(zh)) || (en.length >= 4 && t.includes(en))) {
      place = m[1]!;
      break;
    }
  }
  return { summary: Array.from(text ?? "").slice(0, 30).join(""), place, category: null, followUp: null };
}

function completion(content: string, model: string | undefined) {
  return {
    id: `chatcmpl-fake-${Math.random().toString(36).slice(2, 10)}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: model ?? "fake-model",
    choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, finish_reason: "stop", logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

/** Starts the fake on 127.0.0.1 on a free port. */
export async function startFakeOpenAI(behaviour: FakeBehaviour = { kind: "good" }): Promise<FakeOpenAI> {
  let current = behaviour;
  let sequenceIndex = 0;
  const calls: FakeOpenAICall[] = [];

  const next = (): Exclude<FakeBehaviour, { kind: "sequence" }> => {
    let b = current;
    while (b.kind === "sequence") {
      const steps = b.steps;
      if (steps.length === 0) return { kind: "garbage" };
      b = steps[Math.min(sequenceIndex, steps.length - 1)]!;
      sequenceIndex++;
    }
    return b;
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readJson(req);
      const path = (req.url ?? "").split("?")[0]!;
      if (req.method !== "POST" || !path.endsWith("/chat/completions")) {
        send(res, 404, { error: { message: `no route ${req.method} ${path}`, type: "invalid_request_error" } });
        return;
      }
      const residentText = residentTextOf(body);
      calls.push({ path, body, authorization: req.headers.authorization, at: Date.now(), residentText });
      const b = next();
      switch (b.kind) {
        case "good": {
          const answer = b.answer === undefined ? computedAnswer(body, residentText) : typeof b.answer === "function" ? b.answer(body, residentText) : b.answer;
          send(res, 200, completion(JSON.stringify(answer), body.model));
          return;
        }
        case "content":
          send(res, 200, completion(typeof b.content === "string" ? b.content : JSON.stringify(b.content), body.model));
          return;
        case "unknown-place":
          send(res, 200, completion(JSON.stringify({ summary: "路灯坏了", place: "atlantis", category: "public-facilities", followUp: null }), body.model));
          return;
        case "garbage":
          send(res, 200, completion("Sure! Here is the JSON you asked for: {place: fengming,", body.model));
          return;
        case "hang":
          // Keep the socket open; close() destroys it.
          return;
        case "status":
          send(
            res,
            b.status,
            { error: { message: `fake error ${b.status}`, type: b.status === 429 ? "rate_limit_exceeded" : "server_error", code: null } },
            { "retry-after-ms": String(b.retryAfterMs ?? 20) },
          );
          return;
      }
    })().catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, { error: { message: String(err) } });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    calls,
    setBehaviour(b) {
      current = b;
      sequenceIndex = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
