import { describe, expect, it } from "vitest";
import { isCorrection, withoutNegated } from "../../../handlers/resident/correction.js";

describe("typed corrections", () => {
  it.each([
    "不对，是盘龙街道，不是巴阳镇",
    "不是巴阳镇，是盘龙街道",
    "错了，应该是盘龙街道",
    "搞错了 是清水镇",
    "其实是人和街道那边",
    "不對，是盤龍街道",
    "應該是雙江街道",
    "No, it's in Panlong, not Bayang",
    "Actually it is in Renhe",
    "not Bayang but Panlong",
    "I meant Qinglong street",
  ])("%s is a correction", (text) => expect(isCorrection(text)).toBe(true));

  it.each(["路灯坏了好几盏", "盘龙街道的路灯也坏了", "The lights on the bridge are broken too", "已经三天了还没人管"])("%s is more words, not a correction", (text) => expect(isCorrection(text)).toBe(false));

  it("routes what the correction asserts, not what it denies", () => {
    expect(withoutNegated("不对，是盘龙街道，不是巴阳镇")).not.toContain("巴阳");
    expect(withoutNegated("不是巴阳镇，是盘龙街道")).toContain("盘龙街道");
    expect(withoutNegated("No, it's in Panlong, not Bayang")).not.toMatch(/Bayang/);
    expect(withoutNegated("No, it's in Panlong, not Bayang")).toMatch(/Panlong/);
  });
});
