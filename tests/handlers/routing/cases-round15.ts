/**
 * Fifteenth round of family cases for issue #13: messages by the lead in
 * wordings of their own, one or more per change made after a second fresh
 * blind set (set D, see docs/routing-eval.md) showed these families:
 * - a matter of no listed topic in culture (非遗, 山歌, 戏曲): `other`, not the
 *   elderly who still sing;
 * - residence said with 户籍 or 随子女居住; a child's school as where the
 *   child studies (读小学), not the matter, when the matter is the traffic;
 * - a carer, nurse or village head named like a place (护工王清水); a place
 *   said not to be the one meant (不是那个盘龙); a mountain or temple named
 *   after a place (盘龙山); a bar called Golden Qinglong;
 * - a wall bulging "already" is a danger, not a solved matter; a neighbours'
 *   quarrel that asks for mediation is a dispute, whatever it is about;
 *   a slope shedding stones on the way to school is safety; pile drivers and
 *   a power cut during exams are not education;
 * - solved with a date (3月份反映的…已经疏通了), praise of a market day, "please
 *   ignore my earlier message", a mediation thanked for: not suggestions.
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, notSugg, plain, sense, two, vocab } from "./case-builders.js";

export const round15Cases: RoutingCase[] = [
  plain("希望巴阳镇把龙舞这项非遗好好传承下去，现在会舞的都是六七十岁的老人了", "other", "bayang", "deputy-bayang", "heritage, the elderly only say who"),
  plain("Huangshi's old folk songs are dying out; could the town run classes so young people learn them?", "other", "huangshi", "deputy-huangshi", "folk songs"),
  two("我户籍在凤鸣镇，现在随子女居住在青龙街道。青龙街道我们住的那栋楼，楼道灯坏了半年", "housing-community", "qinglong", "room-qinglong", "户籍 and 随子女居住 are where the resident is from and lives; a stairwell light is the building's"),
  two("我在盘龙上班，孩子在巴阳镇读小学，校门口放学时车堵得走不动", "roads-transport", "bayang", "deputy-bayang", "读小学 says where the child studies; the matter is the traffic"),
  notPlace("青龙街道养老院的护士刘双江很负责，可是一个人管三十个老人，希望多配几个护工", "elderly-welfare", "qinglong", "studio-binbin", "a nurse named 双江"),
  notPlace("人和街道的网格员陈凤鸣说这事要找社区，可社区说不归他们管，楼下化粪池满了没人抽", "utilities", "renhe", "room-renhe", "a grid worker named 凤鸣"),
  notPlace("我是黄石镇的，不是那个青龙，我说的是黄石镇青龙村那边的村道，坑坑洼洼没法走", "roads-transport", "huangshi", "deputy-huangshi", "a place said not to be the one meant"),
  notPlace("凤鸣镇我们村后面的青龙山上有人乱倒建筑垃圾", "environment", "fengming", "deputy-fengming", "a mountain named after a place"),
  notPlace("There's a hotpot place called Little Renhe in Bayang that dumps grease into the gutter every night", "environment", "bayang", "deputy-bayang", "a shop called …"),
  sense("清水乡小学后面的堡坎已经裂开往外鼓了，就怕下雨那天垮下来砸到人", "public-safety", "qingshui", "deputy-qingshui", "已经…了 of a danger is no solved matter"),
  sense("楼上邻居说我家狗叫吵到他，天天来敲门骂人，上周还把我门口的花盆砸了，想请人调解", "disputes", "unknown", "mediation-lawyers", "a quarrel asking for mediation"),
  sense("盤龍街道國中旁邊的邊坡一直在掉石頭，學生每天從下面走過", "public-safety", "panlong", "room-panlong", "stones falling next to a school"),
  sense("The kids at the Fengming primary school can't concentrate, and it's not the teachers: a construction site next door runs jackhammers all day", "environment", "fengming", "deputy-fengming", "construction noise, not education"),
  sense("Shuangjiang keeps losing power in the evenings, the children can't do homework during exams week", "utilities", "shuangjiang", "room-shuangjiang", "a power cut, not education"),
  vocab("雙江街道那邊網路很卡，連視訊上課都連不上", "utilities", "shuangjiang", "room-shuangjiang", "the network, not the lesson"),
  vocab("Preschool fees in Renhe doubled this term, is that even allowed?", "education", "renhe", "studio-zhenxinxuan"),
  notSugg("5月份反映的双江街道那个井盖，6月3号已经换好了，不用再跟进，谢谢", null, "shuangjiang", null, "reported on a date, solved"),
  notSugg("今天去巴阳镇赶场好热闹，橘子新鲜又甜得很", null, "bayang", null, "a market day"),
  notSugg("之前说的人和街道路口的监控已经装好了，没问题了", null, "renhe", null, "没问题了"),
  notSugg("The power in our Qinglong flat is fine now, please ignore what I sent yesterday.", null, "qinglong", null, "please ignore"),
  notSugg("巴阳镇的调解员上次帮我们调解好了，两家现在关系不错，谢谢", null, "bayang", null, "a mediation thanked for"),
];

export const routingCases = round15Cases;
