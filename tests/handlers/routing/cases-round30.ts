/**
 * Thirtieth round of family cases for issue #13: messages by the lead in
 * wordings of their own, one or more per change made after fresh blind sets
 * (AC, very short messages; AA, writers from elsewhere; AB, long letters; see
 * docs/routing-eval.md): a street light said of "this road" (这条路灯), a
 * bite with no compensation, white foam on a river, a tap that runs brown,
 * lights that go all dark, weather and blossom as small talk, 想要个 as a
 * request, pinyin for orchards and pests.
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, notSugg, plain, vocab } from "./case-builders.js";

export const round30Cases: RoutingCase[] = [
  vocab("我们人和街道这条路灯坏了半个月了", "public-facilities", "renhe", "room-renhe", "这条路灯"),
  notPlace("李盘龙家的鹅把我家娃啄伤了，他一分钱都不赔", "disputes", "unknown", "mediation-lawyers", "a bite with no compensation"),
  vocab("青龙街道那条小河上全是白泡泡，臭得很", "environment", "qinglong", "room-qinglong", "white foam"),
  vocab("In Huangshi my tap runs brown every morning", "utilities", "huangshi", "deputy-huangshi", "a tap that runs brown"),
  plain("盘龙街道江边那排路灯晚上八点以后就全黑了", "public-facilities", "panlong", "room-panlong", "lights all dark"),
  notSugg("今天天气不错，凤鸣镇的李子花开了，真香", null, "fengming", null, "weather and blossom"),
  vocab("清水乡的老人想要个日间照料中心，有个地方坐坐也好", "elderly-welfare", "qingshui", "studio-binbin", "想要个"),
  vocab("bayang guoshu zhang chong le, zenme ban", "agriculture", "bayang", "member-agriculture", "pinyin for orchards and pests"),
];

export const routingCases = round30Cases;
