/**
 * Eighteenth round of family cases for issue #13: messages by the lead in
 * wordings of their own, one or more per change made after a fifth fresh
 * blind set (set G, see docs/routing-eval.md) showed these families:
 * - food words are no farming (牛奶, 鸡蛋, 臭鸡蛋味); a school's meal fee and
 *   lessons are education;
 * - praise, then 但是 and a topic word: an open matter; beside thanks a word
 *   of frequency alone opens nothing; "keep it going" (搞下去) wishes;
 *   hearsay that a thing is better (说是现在方便了) is no solved matter;
 * - a question that carries a dispute (请问这合同还算不算数) is a dispute;
 * - a place said not to be meant is not meant by its bare mentions either;
 *   a temple named after a place (青龙宫); a problem clause that names no
 *   thing (我们家负担不起) points at nobody's place; the north new district
 *   named only as where the resident works does not take the business rule;
 *   a sister's place (我姐姐住在…她那边) is the family's;
 * - vocabulary: a bus that drives past full, a line stopped; nowhere to park;
 *   plastic in the stream; a stall licence; dirty water poured into a drain;
 *   cows and a vet; a deposit the landlord keeps.
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, notSugg, plain, sense, two, vocab } from "./case-builders.js";

export const round18Cases: RoutingCase[] = [
  sense("双江街道小学说每天给孩子发牛奶，孩子说一个星期才见到一回", "education", "shuangjiang", "studio-zhenxinxuan", "牛奶 is no cattle"),
  sense("人和街道那条沟这两天一股臭鸡蛋味，水也发白", "environment", "renhe", "room-renhe", "臭鸡蛋味 is no poultry"),
  vocab("黄石镇中心校的伙食费涨了，饭菜还是老样子", "education", "huangshi", "studio-zhenxinxuan", "伙食费 of a school"),
  sense("盘龙街道小学的老师都很负责，但是学校把音乐课体育课都停了，娃娃天天坐着", "education", "panlong", "studio-zhenxinxuan", "praise, then 但是 and lessons"),
  notSugg("Bayang's new library is lovely, my kids go every day after school. Thank you!", null, "bayang", null, "every day beside thanks"),
  notSugg("凤鸣镇这个便民服务点办得真好，希望一直办下去", null, "fengming", null, "keep it going"),
  sense("青龙街道的老年活动室要拆了，说是现在社区有新的了，可新的在山顶上老人根本爬不上去", "elderly-welfare", "qinglong", "studio-binbin", "hearsay is no solved matter"),
  sense("请问我在清水乡承包的果园，合同还没到期村里就要收回去，这合同还算不算数？", "disputes", "qingshui", "mediation-lawyers", "a question carrying a dispute"),
  notPlace("说的不是人和街道哈，是我们村里人和气气的那个小卖部门口，天天有人乱倒垃圾", "environment", "unknown", null, "a place said not to be meant"),
  notPlace("我们镇上青龙宫门口的路灯坏了半个月", "public-facilities", "unknown", null, "a temple named after a place"),
  two("我们住双江街道，孩子在巴阳镇读高中，学校收的资料费一学期好几百，我们家实在负担不起", "education", "bayang", "studio-zhenxinxuan", "负担不起 names no thing: the school's place"),
  two("我在北部新区上班，我姐在凤鸣镇开了个小超市，凤鸣镇那边的门面租金涨得太快了", "business-jobs", "fengming", "studio-xinlianxin", "the north new district only as the resident's work"),
  two("我家在盘龙，我姐姐住在人和。她那边小区的电梯老是停，上周还把人关在里面", "housing-community", "renhe", "room-renhe", "a sister's place"),
  vocab("凤鸣镇早上那班车到站满了直接开过去，等车的人根本上不去", "roads-transport", "fengming", "deputy-fengming", "a bus driving past full"),
  vocab("黃石鎮到縣醫院那班公車已經停駛兩個月了，站牌也沒改", "roads-transport", "huangshi", "deputy-huangshi", "a line stopped"),
  vocab("There is nowhere to park near the Qinglong clinic, people circle for half an hour", "roads-transport", "qinglong", "room-qinglong", "nowhere to park"),
  vocab("The stream behind the Panlong flats is full of plastic bags again", "environment", "panlong", "room-panlong", "plastic"),
  vocab("想在巴阳镇赶场天摆个摊，摊位证去哪里办？跑了两趟都说不归他们管", "business-jobs", "bayang", "studio-xinlianxin", "a stall licence"),
  vocab("人和街道菜市场的摊贩把脏水倒进雨水沟，臭得很", "environment", "renhe", "room-renhe", "dirty water poured into a drain"),
  vocab("Our cows in Fengming have a skin disease and the vet has not come for weeks", "agriculture", "fengming", "member-agriculture", "cows and a vet"),
  vocab("My landlord in Shuangjiang keeps the deposit for my stall and says the wall is dirty", "disputes", "shuangjiang", "mediation-lawyers", "a deposit kept"),
  plain("清水乡的学校说要并到镇上去，娃娃以后上学要走一个多小时", "education", "qingshui", "studio-zhenxinxuan", "a school to be merged"),
];

export const routingCases = round18Cases;
