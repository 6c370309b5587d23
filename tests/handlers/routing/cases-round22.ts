/**
 * Twenty-second round of family cases for issue #13: messages by the lead in
 * wordings of their own, one or more per change made after a ninth fresh
 * blind set (set K, see docs/routing-eval.md) showed these families:
 * - praise, then 就是 or 只是 and a topic word: an open matter; beside thanks,
 *   a request verb with 了 is a deed done (帮我们办了手续，点个赞);
 * - a neighbour titled 阿伯 or 大爷 before a surname and a place name is a
 *   person, and building onto the resident's land is a dispute;
 * - a relative "是我们X的" working outside the county: no place of ours;
 * - vocabulary: a primary school's canteen, revelry until the small hours,
 *   dog mess, a loose stair rail, a small noodle shop's papers, "no juice".
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, notSugg, sense, two, vocab } from "./case-builders.js";

export const round22Cases: RoutingCase[] = [
  sense("孩子的数学老师人很好，就是学校要求每天晚上都在手机上打卡交作业，太折腾家长了", "education", "unknown", "studio-zhenxinxuan", "praise, then 就是 and homework"),
  notSugg("凤鸣镇便民服务中心的小张上门帮我妈办了社保手续，点个赞", null, "fengming", null, "a deed done, thanks"),
  notPlace("隔壁大爷陈人和把猪圈往我家地里盖了一米多，说了也不听", "disputes", "unknown", "mediation-lawyers", "a neighbour titled 大爷"),
  two("我表弟是我们巴阳镇的，在广东的厂里干了半年，老板一分钱工资都没给", "disputes", "unknown", "mediation-lawyers", "a relative from here working outside the county"),
  vocab("清水乡中心小学的食堂太小，娃娃们只能站着吃饭", "education", "qingshui", "studio-zhenxinxuan", "a primary school's canteen"),
  vocab("人和街道楼下的夜宵摊天天闹到凌晨，划拳声吵得人睡不着", "environment", "renhe", "room-renhe", "revelry until the small hours"),
  vocab("双江街道滨江步道上狗大便到处都是，没人管", "environment", "shuangjiang", "room-shuangjiang", "dog mess"),
  vocab("黄石镇那栋培训楼的楼梯扶手松脱了，天天有娃娃上下", "public-safety", "huangshi", "deputy-huangshi", "a loose stair rail"),
  vocab("想在凤鸣镇开个小面馆，这证那证跑了一个月还没办下来", "business-jobs", "fengming", "studio-xinlianxin", "a noodle shop's papers"),
  vocab("no juice in Panlong since last night, the whole block is dark", "utilities", "panlong", "room-panlong", "no juice"),
];

export const routingCases = round22Cases;
