/**
 * Thirty-first round of family cases for issue #13: messages by the lead in
 * wordings of their own, one or more per change made after set AB (long
 * letters; see docs/routing-eval.md): a string of questions about the
 * service raises no matter even when it asks about parking or stairs; after
 * a closing word, a sentence that only recalls the matter reopens nothing;
 * 不需要再追踪, 特地来说一声谢谢; a place whose affairs the writer "does not
 * mind" (青龙那边的事情我不操心); "on the way into X"; "my family lives in" is
 * home; "by the" a landmark says where; a price offered (一斤只给三块) is no
 * payment withheld; 缺的是人和; a doctor named after a place (陈凤鸣医师);
 * 午托; beekeeping; gas cut without notice; a home of the past (以前在…住,
 * then moved away) weighs below the others; 没有别的事; a foreign teacher
 * introducing herself.
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, notSugg, sense, two, vocab } from "./case-builders.js";

export const round31Cases: RoutingCase[] = [
  notSugg("请问人和街道议事厅在哪栋楼？周几开门？要不要预约？门口好停车吗？", null, "renhe", null, "a string of questions"),
  notSugg("上周说的停电已经恢复了，不需要再追踪。停电那两天邻居们互相借充电宝，也挺有意思的。", null, "unknown", null, "a recalled matter after a closing"),
  two("我住在双江街道，在盘龙街道上班，盘龙那边的事情我不操心，想说的是我住的双江这边路灯不亮", "public-facilities", "shuangjiang", "room-shuangjiang", "不操心"),
  two("I live in Qinglong. On the way into Huangshi town the guardrail by the river is broken", "public-safety", "huangshi", "deputy-huangshi", "on the way into"),
  two("I work in Renhe on weekdays but my family lives in Panlong, and our building's lift has been broken for a week", "housing-community", "panlong", "room-panlong", "my family lives in"),
  sense("The footpath by the kindergarten in Bayang has no lights at all", "public-facilities", "bayang", "deputy-bayang", "by the kindergarten"),
  sense("清水乡的核桃收购商来了一斤只给五块，卖不起价，希望有个加工厂", "agriculture", "qingshui", "member-agriculture", "a price offered"),
  notPlace("做事要讲天时地利，缺的是人和，我们凤鸣镇的年轻人想回乡创业，就缺个孵化基地", "business-jobs", "fengming", "studio-xinlianxin", "缺的是人和"),
  notPlace("黄石镇卫生院的李双江医师人很好，但晚上只有她一个人值班", "health", "huangshi", "member-medical", "a doctor named after a place"),
  vocab("盘龙街道的小学取消了午托，我们上班的家长中午没办法接", "education", "panlong", "studio-zhenxinxuan", "午托"),
  vocab("I'm a beekeeper in Renhe and half my hives died this spring; we suspect mites", "agriculture", "renhe", "member-agriculture", "beekeeping"),
  vocab("Hi, writing from Qing Long: our gas has been cut twice this week without any notice", "utilities", "qinglong", "room-qinglong", "gas cut without notice"),
  notSugg("今天来这里没有别的事，就是想表扬一下人和街道的网格员，希望以后多办几次这样的活动。点个赞！", null, "renhe", null, "没有别的事"),
  notSugg("Hello, I'm a foreign teacher. Can I write in English? Who reads the messages, a person or a computer?", null, "unknown", null, "a foreign teacher's questions"),
];

export const routingCases = round31Cases;
