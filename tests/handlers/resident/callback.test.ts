import { describe, expect, it } from "vitest";
import { CallbackDataTooLongError } from "../../../handlers/callback-data.js";
import { packResidentButton, unpackResidentButton, type ResidentButton } from "../../../handlers/resident/callback.js";
import { unpackStaffButton } from "../../../handlers/staff/callback.js";

/** Every kind of resident button, at its widest. */
const EVERY: ResidentButton[] = [
  { kind: "place", nonce: "n1", place: "shuangjiang" },
  { kind: "place", nonce: "abcd2345", place: "*" },
  { kind: "place", nonce: "n1", place: "?" },
  { kind: "topic", nonce: "n1", topic: "public-facilities" },
  ...(["submit", "edit", "cancel", "back", "edit-place", "edit-topic", "edit-text", "edit-contact"] as const).map((verb) => ({ kind: "draft" as const, nonce: "zz99", verb })),
  { kind: "held", nonce: "n1", toDeputy: true },
  { kind: "held", nonce: "n1", toDeputy: false },
  { kind: "lang", locale: "zh-TW" },
  { kind: "forget", confirm: true },
  { kind: "forget", confirm: false },
  { kind: "reply", code: "ABCDEFGHJKMN" },
  { kind: "rate", code: "ABCDEFGHJKMN", stars: 5, stage: 999_999 },
  { kind: "reopen", code: "K7M3QX", stage: 4 },
  { kind: "rsvp", topic: "TABCDEFGHJKM", attend: true },
  { kind: "rsvp", topic: "TK7M3Q", attend: false },
  { kind: "view", topic: "TK7M3Q" },
  ...(["done", "partly", "not-done"] as const).map((verdict) => ({ kind: "evaluate" as const, topic: "TK7M3Q", verdict, score: null })),
  ...([1, 2, 3, 4, 5] as const).map((score) => ({ kind: "evaluate" as const, topic: "TABCDEFGHJKM", verdict: "partly" as const, score })),
];

describe("resident button codec", () => {
  it.each(EVERY)("round-trips %j within 64 bytes", (b) => {
    const data = packResidentButton(b);
    expect(new TextEncoder().encode(data).length).toBeLessThanOrEqual(64);
    expect(unpackResidentButton(data)).toEqual(b);
  });

  it("gives every kind a distinct payload, none of which the staff bot would take for its own", () => {
    const all = EVERY.map(packResidentButton);
    expect(new Set(all).size).toBe(all.length);
    // Both bots use one frame; a payload pasted across bots is refused, not misread as another action.
    for (const data of all) if (!/^1[qxtvnfj]:/.test(data)) expect(unpackStaffButton(data)).toBeNull();
  });

  it("still reads the item buttons of the first release (they stay in residents' chats), without a stage", () => {
    expect(unpackResidentButton("i:q:K7M3QX")).toEqual({ kind: "reply", code: "K7M3QX" });
    expect(unpackResidentButton("i:r:K7M3QX:4")).toEqual({ kind: "rate", code: "K7M3QX", stars: 4, stage: null });
    expect(unpackResidentButton("i:o:K7M3QX")).toEqual({ kind: "reopen", code: "K7M3QX", stage: null });
  });

  it.each([
    "", "1", "1s", "1s:", "1s:N1", "1s:n1:x", "s:n1", "2s:n1", "1zz:n1", "1p:n1", "1p:n1:Atlantis", "1p:n1:a:b", "1t:n1:", "1l:fr", "1l:", "1f:yes", "1h:n1:maybe",
    "1q:k7m3qx", "1r:K7M3QX:1", "1r:K7M3QX:1:0", "1r:K7M3QX:1:6", "1r:K7M3QX:1:0x4", "1r:K7M3QX:-1:4", "1r:K7M3QX:1:5:5", "1o:K7M3QX", "i:r:K7M3QX:5:5", "i:r:K7M3QX:1e0", "i:x:K7M3QX",
    "1u:K7M3QX", "1ca:TK7M3Q", "1ca:TK7M3Q:a", "1ca:K7M3QX:y", "1ca:tk7m3q:y", "1cw:", "1cw:TK7M3Q:y", "1ce:TK7M3Q:d", "1ce:TK7M3Q:x:0", "1ce:TK7M3Q:d:6", "1ce:TK7M3Q:d:-1", "c:a:TK7M3Q",
    "kb:kb-skip", " 1s:n1", `1s:${"a".repeat(70)}`, "１s:n1", "x".repeat(65),
  ])("refuses %j", (data) => {
    expect(unpackResidentButton(data)).toBeNull();
  });

  it("refuses to pack a payload Telegram would reject", () => {
    expect(() => packResidentButton({ kind: "place", nonce: "n1", place: "p".repeat(70) })).toThrow(CallbackDataTooLongError);
  });
});
