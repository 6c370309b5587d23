/**
 * Thirtieth round of family cases for issue #13: messages by the lead in
 * wordings of their own, one or more per change made after fresh blind sets
 * (AC, very short messages; AA, writers from elsewhere; AB, long letters; see
 * docs/routing-eval.md): a street light said of "this road" (这条路灯), a
 * bite with no compensation, white foam on a river, a tap that runs brown,
 * lights that go all dark, weather and blossom as small talk, 想要个 as a
 * request, pinyin for orchards, pests, canteens and landslides; Wade–Giles
 * names with apostrophes; "drive back to" a place named to compare; a
 * contract taken back early; many shops closing is no dispute.
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, notSugg, plain, sense, two, vocab } from "./case-builders.js";

export const round30Cases: RoutingCase[] = [
  vocab("我们人和街道这条路灯坏了半个月了", "public-facilities", "renhe", "room-renhe", "这条路灯"),
  notPlace("李盘龙家的鹅把我家娃啄伤了，他一分钱都不赔", "disputes", "unknown", "mediation-lawyers", "a bite with no compensation"),
  vocab("青龙街道那条小河上全是白泡泡，臭得很", "environment", "qinglong", "room-qinglong", "white foam"),
  vocab("In Huangshi my tap runs brown every morning", "utilities", "huangshi", "deputy-huangshi", "a tap that runs brown"),
  plain("盘龙街道江边那排路灯晚上八点以后就全黑了", "public-facilities", "panlong", "room-panlong", "lights all dark"),
  notSugg("今天天气不错，凤鸣镇的李子花开了，真香", null, "fengming", null, "weather and blossom"),
  vocab("清水乡的老人想要个日间照料中心，有个地方坐坐也好", "elderly-welfare", "qingshui", "studio-binbin", "想要个"),
  vocab("bayang guoshu zhang chong le, zenme ban", "agriculture", "bayang", "member-agriculture", "pinyin for orchards and pests"),
  // After set AA (writers from elsewhere):
  two("Going back and forth between P'an-lung and Jen-ho every day, the bus between the two never keeps time", "roads-transport", "unknown", null, "an apostrophe inside a Wade–Giles name"),
  two("We moved from Renhe to Bayang in spring. Bayang has no dentist at all, so we still drive back to Renhe", "health", "bayang", "member-medical", "drive back to"),
  notPlace("The Qingshui Dragon hotpot place owes its waiters a month's pay", "disputes", "unknown", "mediation-lawyers", "a Dragon restaurant"),
  sense("在凤鸣镇承包了十亩茶园，合同签了八年，才三年村里就要提前收回，补偿一直没个说法", "disputes", "fengming", "mediation-lawyers", "a contract taken back early"),
  sense("青龙街道那个菜市场后面的排洪沟被冲垮了，一下雨就往居民楼里灌", "public-safety", "qinglong", "room-qinglong", "a flood ditch washed out"),
  vocab("An e-bike going the wrong way on the one-way street in Shuangjiang nearly knocked my son down", "roads-transport", "shuangjiang", "room-shuangjiang", "e-bikes the wrong way"),
  notSugg("感谢人和街道议事厅，上次我们两家吵架的事已经调解好了", null, "renhe", null, "a quarrel mediated"),
  notSugg("Merry Christmas from a teacher in Fengming! Nothing to report, just enjoying the town.", null, "fengming", null, "nothing to report"),
  vocab("panlong jiedao de laonian shitang guan men le, neng bu neng chongxin kai", "elderly-welfare", "panlong", "studio-binbin", "pinyin for an elderly canteen"),
  vocab("bayang zhen houshan huapo le, pa zai hua", "public-safety", "bayang", "deputy-bayang", "pinyin for a landslide"),
  vocab("凤鸣镇场镇上好多老板都关门跑路了，铺子租金太贵，生意孬得很", "business-jobs", "fengming", "studio-xinlianxin", "shops that closed"),
];

export const routingCases = round30Cases;
