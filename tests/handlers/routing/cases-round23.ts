/**
 * Twenty-third round of family cases for issue #13: messages by the lead in
 * wordings of their own, one or more per change made after a tenth fresh
 * blind set (set L, see docs/routing-eval.md) showed these families:
 * - a dispute thanked for and said settled (钱结清了) is closed; a pothole
 *   "filled", "you can close my request": solved;
 * - praise, then 问题是 and a topic word: an open matter;
 * - "X County up in Hebei" is another province's; "this is about X" says where
 *   the matter is; 户口还在, 租房住在 say where the resident is from and lives;
 * - "at the zebra crossing" is the matter, not only where it is;
 * - vocabulary: puddles (水凼凼), nowhere to leave the car and parking fines,
 *   school lunches in shifts, plums rotting before the trucks come, stones
 *   sliding down, wages never seen, land let to someone else.
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, notSugg, sense, two, vocab } from "./case-builders.js";

export const round23Cases: RoutingCase[] = [
  notSugg("上次反映的工钱的事，包工头昨天已经把钱结清了，谢谢调解员", null, "unknown", null, "a dispute settled, thanks"),
  notSugg("The broken streetlight I reported in Renhe was fixed on Monday, you can close my request. Thanks!", null, "renhe", null, "you can close my request"),
  sense("巴阳镇卫生院的护士都很耐心，问题是卫生院门口那段路一下雨就全是水凼凼", "roads-transport", "bayang", "deputy-bayang", "praise, then 问题是"),
  notPlace("Renhe County up in Hebei has bus shelters at every stop; ours have nothing", "public-facilities", "unknown", null, "a county up in another province"),
  two("I grew up in Huangshi, but this is about Qinglong, where I rent now: the drains on our lane overflow every storm", "utilities", "qinglong", "room-qinglong", "this is about"),
  two("户口还在凤鸣镇，现在租房住在人和街道。人和这个小区的电梯三天两头停", "housing-community", "renhe", "room-renhe", "户口还在, 租房住在"),
  vocab("Cars in Shuangjiang never stop at the zebra crossing outside the primary school", "roads-transport", "shuangjiang", "room-shuangjiang", "at the zebra crossing"),
  vocab("黄石镇场镇那条街一下雨就是水凼凼，走路鞋子全湿", "roads-transport", "huangshi", "deputy-huangshi", "水凼凼"),
  vocab("县医院门口转三圈都找不到地方放车，停路边还被贴罚单", "roads-transport", "county", "member-comprehensive", "parking and fines"),
  vocab("盘龙街道小学的娃娃中午要分批吃饭，最后一批饭菜都冰凉了", "education", "panlong", "studio-zhenxinxuan", "lunch in shifts"),
  vocab("Our plums in Bayang rot in the heat before the buyers come; we need cold storage", "agriculture", "bayang", "member-agriculture", "plums"),
  vocab("清水乡老屋后面的山坡一直在往下掉石块", "public-safety", "qingshui", "deputy-qingshui", "stones coming down"),
  sense("我在凤鸣镇一家幼儿园当保洁，干了三个月一分钱没拿到手", "disputes", "fengming", "mediation-lawyers", "wages never seen"),
  vocab("We leased a field in Panlong for ten years; after three they rented the same land to someone else and told us to leave", "disputes", "panlong", "mediation-lawyers", "land let to someone else"),
];

export const routingCases = round23Cases;
