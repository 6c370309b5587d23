/**
 * Seventeenth round of family cases for issue #13: messages by the lead in
 * wordings of their own, one or more per change made after a fourth fresh
 * blind set (set F, see docs/routing-eval.md) showed these families:
 * - what someone goes out for (去看病, 去医院体检, 去挂急诊, to see a doctor) and
 *   what a doctor said are not the matter: the bus, the light, the subsidy is;
 * - after a contrast (但是, but) the words weigh more: the jobs are fine, but
 *   the trucks wrecked the road;
 * - a dispute in English words (stiffed, hasn't paid him, refuses to sign);
 *   a neighbour who will not pay the doctor's bill (装死);
 * - names that are not places: a dragon tattoo (纹了条青龙), a rockery of
 *   yellow stones (黄石假山), 双江叔; "X人，" opening a message is the writer;
 *   a relative "from X" (X的亲戚) is who, not where;
 * - spellings of place names in English with a space (Feng Ming, Huang Shih);
 * - vocabulary: steps too high for a wheelchair, rotting vegetables dumped in
 *   the river, smoke from charcoal, revving motorbikes, a small restaurant's
 *   licence, the power that keeps going.
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, plain, sense, two, vocab } from "./case-builders.js";

export const round17Cases: RoutingCase[] = [
  sense("巴阳镇到县城的班车一天才一趟，老人要去看病太难了", "roads-transport", "bayang", "deputy-bayang", "去看病 is why they travel"),
  sense("人和街道社区医院门口那段路没有路灯，晚上去拿药黑黢黢的", "public-facilities", "renhe", "room-renhe", "去拿药 is why they go"),
  sense("我爸的残疾人补贴停了，说要先去医院做鉴定才能恢复，凤鸣镇这边办太慢", "elderly-welfare", "fengming", "studio-binbin", "去医院做鉴定 is a step of the subsidy"),
  sense("医生说我要多走路，可是青龙街道的人行道全被车占了", "roads-transport", "qinglong", "room-qinglong", "what the doctor said is not the matter"),
  sense("The buses from Qingshui are so rare that my grandma can't get to see a doctor", "roads-transport", "qingshui", "deputy-qingshui", "to see a doctor is why"),
  sense("黄石镇的新工厂带来了就业，这是好事，但是大货车把村道压得稀烂", "roads-transport", "huangshi", "deputy-huangshi", "after 但是"),
  sense("The new market in Panlong is great for shops, but the drains around it overflow every time it rains", "utilities", "panlong", "room-panlong", "after but"),
  vocab("My uncle did plastering for a contractor in Renhe and got stiffed for two months of work", "disputes", "renhe", "mediation-lawyers", "stiffed"),
  vocab("The restaurant in Fengming hasn't paid her since March and the owner won't answer the phone", "disputes", "fengming", "mediation-lawyers", "hasn't paid her"),
  sense("邻居家的鹅把我家娃啄伤了，让他出医药费他就装死", "disputes", "unknown", "mediation-lawyers", "a neighbour who will not pay"),
  notPlace("楼下那个背上纹了条盘龙的人天天半夜炸街，吵得睡不着", "environment", "unknown", null, "a dragon tattoo"),
  notPlace("我们小区那座黄石假山的石头松了，掉下来差点砸到人", "public-safety", "unknown", null, "a rockery of yellow stones"),
  notPlace("我们村的双江叔家的鸡粪堆在路边，臭得很，他还不听劝", "environment", "unknown", null, "双江叔 is a person"),
  two("凤鸣镇人，现在在盘龙街道开了个小餐馆，办证跑了五趟", "business-jobs", "panlong", "studio-xinlianxin", "X人， opening the message is the writer"),
  two("青龙街道的亲戚来巴阳镇赶场，发现场镇上的公厕锁着没开", "public-facilities", "bayang", "deputy-bayang", "a relative from X is who"),
  vocab("street lights on my road in Feng Ming have been off for a week", "public-facilities", "fengming", "deputy-fengming", "Feng Ming with a space"),
  vocab("huge pothole outside the school in Huang Shih, my bike nearly flipped", "roads-transport", "huangshi", "deputy-huangshi", "Huang Shih"),
  vocab("双江街道邮局门口的台阶太高了，推轮椅的根本上不去", "public-facilities", "shuangjiang", "room-shuangjiang", "steps too high for a wheelchair"),
  vocab("Rotting vegetables from the Qinglong market get dumped in the river every evening", "environment", "qinglong", "room-qinglong", "dumped in the river"),
  vocab("人和街道那家烧烤店天天在路边烧炭，烟子呛得人睁不开眼", "environment", "renhe", "room-renhe", "charcoal smoke"),
  plain("清水乡的电怎么隔几天就断一次，冰箱里的东西都放坏了", "utilities", "qingshui", "deputy-qingshui", "the power that keeps going"),
];

export const routingCases = round17Cases;
