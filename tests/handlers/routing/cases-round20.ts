/**
 * Twentieth round of family cases for issue #13: messages by the lead in
 * wordings of their own, one or more per change made after a seventh fresh
 * blind set (set I, see docs/routing-eval.md) showed these families:
 * - a one-character problem word inside another word (晒太阳 is not 太);
 * - a saying about business (做生意讲究天时地利人和) is no business matter;
 *   the power cut counted by times (停七八次电) is;
 * - names: a mahjong parlour, a stone pillar carved with dragons, a daughter
 *   named like a place; heritage relics are `other`;
 * - disputes: a foreman who pays less than he said, "not a cent" after a
 *   lease, a neighbour who dug the field edge and swore;
 * - praise that says "too" (太好看了), "no complaints today";
 * - vocabulary: pesticide bottles thrown in a stream, shop rents, a crossing
 *   with no pedestrian light.
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, notSugg, sense, vocab } from "./case-builders.js";

export const round20Cases: RoutingCase[] = [
  notSugg("人和街道的新公园修好了，老人们天天在里面晒太阳，谢谢你们", null, "renhe", null, "晒太阳 is not 太"),
  sense("做生意讲究天时地利人和，可我们凤鸣镇这条街一个月停好几次电，冰柜都坏了", "utilities", "fengming", "deputy-fengming", "a saying, then the power cuts"),
  notPlace("楼上新开了个盘龙棋牌室，半夜还在洗牌，吵得睡不着", "environment", "unknown", null, "a card room named after a place"),
  notPlace("村口那根青龙石柱被人刻花了，希望有人管管文物", "other", "unknown", null, "a carved pillar, a relic"),
  notPlace("我儿子王双江在巴阳镇读小学，学校食堂的饭经常是冷的", "education", "bayang", "studio-zhenxinxuan", "a son named like a place"),
  sense("在清水乡帮人摘茶叶，工头说好一天一百五，结账只给一百", "disputes", "qingshui", "mediation-lawyers", "a foreman paying less than promised"),
  vocab("We rented our field in Fengming to a cooperative three years ago. Not a cent since.", "disputes", "fengming", "mediation-lawyers", "not a cent"),
  sense("隔壁那家把我屋的田坎挖了一截，找他理论还遭他骂了一顿", "disputes", "unknown", "mediation-lawyers", "a neighbour dug the field edge"),
  notSugg("黄石镇昨晚的文艺演出太好看了，给组织的人点个赞", null, "huangshi", null, "太好看了 is praise"),
  notSugg("Lovely day in Renhe, the market was busy. No complaints today!", null, "renhe", null, "no complaints"),
  vocab("巴阳镇河沟里全是扔的农药瓶子，水都变了颜色", "environment", "bayang", "deputy-bayang", "pesticide bottles in a stream"),
  vocab("盘龙街道的店面房租又涨了，我的小吃店快开不下去了", "business-jobs", "panlong", "studio-xinlianxin", "shop rent"),
  vocab("Kids from the school in Qingshui have to cross four lanes with no pedestrian light", "roads-transport", "qingshui", "deputy-qingshui", "a crossing with no pedestrian light"),
];

export const routingCases = round20Cases;
