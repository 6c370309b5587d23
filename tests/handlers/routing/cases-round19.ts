/**
 * Nineteenth round of family cases for issue #13: messages by the lead in
 * wordings of their own, one or more per change made after a sixth fresh
 * blind set (set H, see docs/routing-eval.md) showed these families:
 * - two places offered as alternatives (清水乡还是人和街道, Renhe or Panlong):
 *   the resident is asked;
 * - a surname right before a bare place name that ends its clause is a
 *   person (住三楼的刘凤鸣，…);
 * - "my shop is in X" says where the resident works; a sub-area named only so,
 *   with the matter elsewhere, takes no rule of its own, but keeps it when the
 *   matter is there too;
 * - a family quarrel asking someone to 说和 is a dispute; "keep my deposit";
 *   a lost grandfather found (找到了) with thanks is no matter; a question
 *   about the platform is no suggestion;
 * - vocabulary: a farm road crushed by lorries (压烂), a road blocked by
 *   traders, dust from a crushing yard, 拦杆 for 栏杆, 常常 as a problem word.
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, notSugg, sense, two, vocab } from "./case-builders.js";

export const round19Cases: RoutingCase[] = [
  two("我同学说他们那边的路灯坏了一个月，可是他住巴阳镇还是凤鸣镇我记不清了", "public-facilities", "unknown", null, "alternatives: ask"),
  two("The garbage has not been collected for a week in Renhe or Panlong, my friend was not sure which", "environment", "unknown", null, "Renhe or Panlong"),
  notPlace("楼下停电动车的那个是二楼的王双江，他的车天天堵在消防通道", "public-safety", "unknown", null, "a surname before a bare name ending its clause"),
  two("I live in Fengming but my shop is in Qinglong. The drain outside my shop overflows whenever it rains.", "utilities", "qinglong", "room-qinglong", "my shop is in"),
  two("I work in the north new district, but my parents' village in Huangshi has had no bus for a month", "roads-transport", "huangshi", "deputy-huangshi", "the district only as a workplace"),
  two("I live in Panlong but my shop is in the north new district, and the permit office there keeps losing my forms", "business-jobs", "qinglong", "member-north-commerce", "the district is where the matter is too"),
  sense("我大伯和我爸为了宅基地吵了两年，现在见面都不说话，我们住在凤鸣镇，想请人来说和一下", "disputes", "fengming", "mediation-lawyers", "a family quarrel asking for 说和"),
  vocab("My old landlord in Qingshui keep my deposit, he say the floor is scratched", "disputes", "qingshui", "mediation-lawyers", "keep my deposit"),
  notSugg("谢谢青龙街道派出所的民警，帮我们找到了走丢的奶奶", null, "qinglong", null, "thanks, found"),
  notSugg("这个平台一般多久能有回复？", null, "unknown", null, "a question about the platform"),
  vocab("巴阳镇村里那条机耕道被运砂的大车压烂了，农用车都开不进去", "roads-transport", "bayang", "deputy-bayang", "a farm road crushed by lorries"),
  vocab("Traders in Shuangjiang park their carts on the lane every morning and the road is blocked for an hour", "roads-transport", "shuangjiang", "room-shuangjiang", "the road is blocked"),
  vocab("The primary school in Qingshui sits right next to a stone crushing yard, dust everywhere", "environment", "qingshui", "deputy-qingshui", "dust from a crushing yard"),
  vocab("人和街道河边的拦杆断了一截，晚上散步很危险", "public-safety", "renhe", "room-renhe", "拦杆 for 栏杆"),
  vocab("黄石镇我们小区的自来水常常停，一停就是一整天", "utilities", "huangshi", "deputy-huangshi", "常常"),
];

export const routingCases = round19Cases;
