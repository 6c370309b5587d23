/**
 * The shared frame of both bots' button payloads (Telegram `callback_data`):
 * `<version><tag>:<field>:<field>…`, at most 64 bytes. Each bot has its own
 * codec (handlers/resident/callback.ts, handlers/staff/callback.ts) that
 * names the tags and validates every field; nothing else looks inside a
 * payload.
 */

/** Telegram's limit on callback data, in bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;

/** The current payload version: bump it when a tag changes meaning, so older buttons read as stale. */
export const CALLBACK_VERSION = "1";

/** Field patterns shared by both codecs. */
export const FIELD = {
  /** An item code (handlers/items/model.ts newItemCode). */
  code: /^[A-Z0-9]{4,12}$/,
  /** An item's status stage (how many status changes it has been through). */
  stage: /^\d{1,6}$/,
  /** A draft nonce. */
  nonce: /^[a-z0-9]{2,8}$/,
  /** A directory id (place, category, target). */
  id: /^[a-z0-9][a-z0-9-]{0,39}$/,
} as const;

/** Thrown by a codec's pack when a payload would exceed Telegram's 64 bytes (a programming error, never user input). */
export class CallbackDataTooLongError extends Error {
  constructor(readonly data: string) {
    super(`callback data is ${new TextEncoder().encode(data).length} bytes (max ${CALLBACK_DATA_MAX_BYTES}): ${data}`);
    this.name = "CallbackDataTooLongError";
  }
}

/** Joins a tag and its fields into a versioned payload; throws CallbackDataTooLongError past 64 bytes. */
export function frame(tag: string, ...fields: Array<string | number>): string {
  const data = [`${CALLBACK_VERSION}${tag}`, ...fields.map(String)].join(":");
  if (new TextEncoder().encode(data).length > CALLBACK_DATA_MAX_BYTES) throw new CallbackDataTooLongError(data);
  return data;
}

/** A payload split into its version, tag and fields; null when it is not one of ours at all. */
export interface Framed {
  version: string;
  tag: string;
  fields: string[];
}

/** Splits a payload; null when longer than 64 bytes or without a version and a tag. */
export function unframe(data: string): Framed | null {
  if (data.length === 0 || new TextEncoder().encode(data).length > CALLBACK_DATA_MAX_BYTES) return null;
  const [head, ...fields] = data.split(":");
  const m = /^(\d)([a-z]{1,3})$/i.exec(head ?? "");
  if (!m) return { version: "0", tag: head ?? "", fields };
  return { version: m[1]!, tag: m[2]!, fields };
}

/** True when every field matches its pattern, and there are exactly as many fields as patterns. */
export function fieldsMatch(fields: string[], ...patterns: RegExp[]): boolean {
  return fields.length === patterns.length && patterns.every((p, i) => p.test(fields[i]!));
}
