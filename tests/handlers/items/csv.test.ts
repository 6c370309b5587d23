import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvField, csvHeader, csvRow, CSV_BOM, CSV_COLUMNS, spreadsheetSafe } from "../../../handlers/items/csv.js";
import { makeItem } from "../../support/items.js";

describe("csv", () => {
  it.each([
    [null, ""],
    [undefined, ""],
    [42, "42"],
    ["plain", "plain"],
    ["路灯坏了", "路灯坏了"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line1\nline2", '"line1\nline2"'],
    ["cr\r\nlf", '"cr\r\nlf"'],
  ])("csvField(%j) = %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+86 138", "'+86 138"],
    ["-5", "'-5"],
    ["@cmd", "'@cmd"],
    ["正常文字", "正常文字"],
    [null, null],
  ])("spreadsheetSafe(%j) = %j", (value, expected) => {
    expect(spreadsheetSafe(value)).toBe(expected);
  });

  it("round-trips Chinese, commas, quotes and newlines through csv-parse; contact only with consent", () => {
    const tricky = makeItem({ id: "CSVAAA", text: '凤鸣镇"老街",路灯坏了\n晚上很黑，请尽快修', summary: "老街路灯, 坏了", answer: "已派人\r\n维修", rating: 5, residentName: "王芳", contact: { phone: "13800001111" }, contactConsent: true, residentId: 987654, residentChatId: 987654 });
    const privateOne = makeItem({ id: "CSVCCC", contact: { phone: "13900002222" }, contactConsent: false });
    const doc = CSV_BOM + csvHeader() + csvRow(tricky) + csvRow(privateOne);
    expect(doc.startsWith("\uFEFF")).toBe(true);
    const rows = parse(doc, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows[0]).toMatchObject({ id: "CSVAAA", text: tricky.text, summary: tricky.summary, answer: tricky.answer, rating: "5", contact_name: "王芳", contact_phone: "13800001111", contact_email: "" });
    expect(rows[1]).toMatchObject({ id: "CSVCCC", contact_name: "", contact_phone: "", contact_email: "" });
    expect(doc).not.toContain("13900002222");
    expect(doc).not.toContain(String(tricky.residentId));
  });
});
