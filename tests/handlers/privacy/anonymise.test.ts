import { describe, expect, it } from "vitest";
import { anonymise, MASK } from "../../../handlers/privacy/anonymise.js";

/** [what a resident wrote, what the public may read]. */
const REMOVED: Array<[string, string]> = [
  ["电话13812345678", `电话${MASK}`],
  ["手机 138-1234-5678 谢谢", `手机 ${MASK} 谢谢`],
  ["+86 138 1234 5678", MASK],
  ["0086 13812345678 找我", `${MASK} 找我`],
  ["+86-138-1234-5678", MASK],
  ["电话：１３８１２３４５６７８", `电话：${MASK}`],
  ["手机１３８ １２３４ ５６７８。", `手机${MASK}。`],
  ["＋８６ １３８１２３４５６７８", MASK],
  ["打138.1234.5678就行", `打${MASK}就行`],
  ["电话 1 3 8 1 2 3 4 5 6 7 8", `电话 ${MASK}`],
  ["座机023-55123456", `座机${MASK}`],
  ["座机(023) 5512 3456", `座机${MASK}`],
  ["電話：0912-345-678", `電話：${MASK}`],
  ["手機 +886 912 345 678", `手機 ${MASK}`],
  ["call me on 138 1234 5678 please", `call me on ${MASK} please`],
  ["phone: +86 (23) 5512-3456", `phone: ${MASK}`],
  ["身份证 50023519800101123X", `身份证 ${MASK}`],
  ["身份證號碼500235198001011234", `身份證號碼${MASK}`],
  ["身份证５００２３５１９８００１０１１２３ｘ", `身份证${MASK}`],
  ["id 500235 19800101 123X", `id ${MASK}`],
  ["邮箱 a.b+c@mail.example.cn。", `邮箱 ${MASK}。`],
  ["郵箱：wang@example.com", `郵箱：${MASK}`],
  ["email me at li.ming@qq.com", `email me at ${MASK}`],
  ["邮箱 ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｎ", `邮箱 ${MASK}`],
  ["我住幸福小区3栋2单元501室，楼道灯坏了", `我住幸福小区${MASK}，楼道灯坏了`],
  ["滨江花园12号楼3单元", `滨江花园${MASK}`],
  ["住在5号楼1203室", `住在${MASK}`],
  ["幸福里小區8棟1單元302室漏水", `幸福里小區${MASK}漏水`],
  ["人民路128号门口积水", `人民路${MASK}门口积水`],
  ["中山路12-3號的路燈", `中山路${MASK}的路燈`],
  ["Room 301 has no water", `${MASK} has no water`],
  ["I live at No. 12, the lamp is out", `I live at ${MASK}, the lamp is out`],
  ["Flat 5B, Binjiang Garden", `${MASK}, Binjiang Garden`],
  ["at 18 Renmin Road near the school", `at ${MASK} near the school`],
  ["我叫王芳，家门口的路坏了", `${MASK}，家门口的路坏了`],
  ["我叫欧阳明月住在双江", `${MASK}住在双江`],
  ["本人李建国，反映一个问题", `${MASK}，反映一个问题`],
  ["我的名字是陈小红。", `${MASK}。`],
  ["我姓張，電話13812345678", `${MASK}，電話${MASK}`],
  ["本人陳大文，身份證500235198001011234", `${MASK}，身份證${MASK}`],
  ["姓名：王芳 电话：13812345678", `${MASK} 电话：${MASK}`],
  ["My name is Wang Fang and the road is broken", `${MASK} and the road is broken`],
  ["Hello, my name is Li. The bus is late", `Hello, ${MASK}. The bus is late`],
  ["My name's Mrs Chen, from Shuangjiang", `${MASK}, from Shuangjiang`],
];

/** Text that names no one and must reach the public as written. */
const KEPT: string[] = [
  "2026年5月1日，3号楼，房租2000元",
  "会议在2026-05-01召开",
  "从2026.05.01到2026.06.30一直停水",
  "302路公交车总是晚点",
  "坐3号线到双江站",
  "5月5号下午停电",
  "物业费每月1200元，太贵了",
  "修路花了1,500,000元",
  "10:30到12:00没有水",
  "本人住在双江镇，路灯坏了三天",
  "本人觉得这个政策很好",
  "我是本地居民，想反映停车问题",
  "the Line 3 bus needs a stop here",
  "bus 302 was 40 minutes late",
  "it cost 2500 yuan to repair",
  "路燈壞了三個星期",
  "5楼的灯坏了",
];

describe("anonymise", () => {
  it(`has a table of at least 40 variants`, () => expect(REMOVED.length).toBeGreaterThanOrEqual(40));

  it.each(REMOVED)("anonymise(%j) = %j", (text, expected) => {
    expect(anonymise(text)).toBe(expected);
  });

  it.each(KEPT)("keeps %j", (text) => {
    expect(anonymise(text)).toBe(text);
  });
});
