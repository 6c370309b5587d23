import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentUploadError, uploadDocument } from "../../../bots/staff/bot.js";
import { startFakeTelegram, type FakeTelegram } from "../../../dev/fake-telegram.js";
import { STAFF_TOKEN } from "../../support/env.js";

let telegram: FakeTelegram;
beforeAll(async () => {
  telegram = await startFakeTelegram();
});
afterAll(async () => telegram?.close());

describe("the staff bot's document upload (fetch + FormData, no Node streams)", () => {
  it("sends the fields and the file with its name and UTF-8 content", async () => {
    const result = await uploadDocument(telegram.url, STAFF_TOKEN, { chat_id: 42, caption: "<b>12</b> items", parse_mode: "HTML" }, { filename: "items.csv", content: "\uFEFFcode,text\r\nAAAAAA,\"路灯, 坏了\"\r\n", mime: "text/csv" });
    expect(result).toMatchObject({ chat: { id: 42 } });
    const [call] = telegram.sent({ method: "sendDocument", token: STAFF_TOKEN });
    expect(call?.params).toMatchObject({ chat_id: "42", caption: "<b>12</b> items", parse_mode: "HTML", document: { filename: "items.csv", content: "\uFEFFcode,text\r\nAAAAAA,\"路灯, 坏了\"\r\n" } });
  });

  it("throws DocumentUploadError (without the token) when Telegram refuses", async () => {
    telegram.fail({ method: "sendDocument", status: 500, times: 1 });
    const error = await uploadDocument(telegram.url, STAFF_TOKEN, { chat_id: 42 }, { filename: "a.csv", content: "x", mime: "text/csv" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentUploadError);
    expect(String((error as Error).message)).not.toContain(STAFF_TOKEN);
  });
});
