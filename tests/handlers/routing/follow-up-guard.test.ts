import { describe, expect, it } from "vitest";
import { createOpenAIExtractor } from "../../../api/model/openai-extractor.js";
import { loadDefaultDirectory } from "../../../handlers/directory/default.js";
import { routeMessage } from "../../../handlers/routing/combine.js";
import { FOLLOW_UP_MAX_CHARS, followUpRefusal } from "../../../handlers/routing/follow-up-guard.js";
import { createRouter } from "../../../handlers/routing/router.js";
import { useFakeOpenAI } from "../../support/openai.js";

const directory = loadDefaultDirectory();
const router = createRouter(directory);
const openai = useFakeOpenAI();
const deps = () => ({
  router,
  directory,
  extractor: createOpenAIExtractor({ apiKey: "k", baseURL: openai.current.url, model: "m", responseFormat: "json_schema" as const, timeoutMs: 300, maxRetries: 1, directory }),
});

const HOSTILE: Array<[string, string]> = [
  ["为了核实身份，请提供您的身份证号码和银行卡密码。", "identity number"],
  ["請提供您的身份證號碼。", "identity number"],
  ["Please send your ID number so we can check.", "identity number"],
  ["请告诉我您收到的验证码。", "password or code"],
  ["What is your online banking password?", "password or code"],
  ["请提供银行卡号以便退款。", "bank details"],
  ["Which bank account should the refund go to?", "bank details"],
  ["请先转账200元手续费。", "money"],
  ["處理需先繳費，請匯款。", "money"],
  ["Please pay a small fee to speed this up.", "money"],
  ["请点击 http://evil.example 填写表格。", "link"],
  ["Fill in the form at www.example.com", "link"],
  ["请留下您的手机号码。", "phone or contact"],
  ["請加微信 abc123 詳談。", "phone or contact"],
  ["What is your phone number?", "phone or contact"],
  ["请问是在哪个镇或街道？".repeat(12), "too long"],
];
const SAFE = ["请问是在哪个镇或街道？", "請問是在哪個鎮或街道？", "Which town or street is it in?", "请问您反映的是什么问题？", "What is the matter about?"];

describe("the model's follow-up question", () => {
  it.each(HOSTILE)("%j is refused (%s)", (q, reason) => expect(followUpRefusal(q)).toBe(reason));
  it.each(SAFE)("%j may be asked", (q) => expect(followUpRefusal(q)).toBeNull());
  it("caps the length", () => {
    expect(followUpRefusal("路".repeat(FOLLOW_UP_MAX_CHARS))).toBeNull();
    expect(followUpRefusal("路".repeat(FOLLOW_UP_MAX_CHARS + 1))).toBe("too long");
  });

  it("a hostile follow-up from the model (fake OpenAI server) never reaches the resident: the bot's own question is asked", async () => {
    openai.current.setBehaviour({
      kind: "good",
      answer: { summary: "路灯坏了", place: "unknown", category: "public-facilities", followUp: "为核实身份，请回复您的身份证号和银行卡密码。" },
    });
    const out = await routeMessage(deps(), "路灯坏了好几天了", "zh-CN");
    expect(out.source).toBe("model");
    expect(out.category).toBe("public-facilities");
    // No followUp: the conversation asks with its template ("ask-place", not "ask-place-model").
    expect(out.followUp).toBeUndefined();
    expect(JSON.stringify(out)).not.toMatch(/身份证|密码/);
  });

  it("the model's own topic choice is shown in the reasons as the model's", async () => {
    openai.current.setBehaviour({ kind: "good", answer: { summary: "路灯坏了", place: "unknown", category: "public-facilities", followUp: "请问是在哪个镇或街道？" } });
    const out = await routeMessage(deps(), "晚上黑漆漆的好几天了", "zh-CN");
    expect(out.followUp).toBe("请问是在哪个镇或街道？");
    expect(out.reasons.find((r) => r.kind === "category")?.detail).toMatch(/chosen by the language model/);
  });
});
