/**
 * Sixteenth round of family cases for issue #13: messages by the lead in
 * wordings of their own, one or more per change made after a third fresh
 * blind set (set E, see docs/routing-eval.md) showed these families:
 * - home and work named with nothing to tell which has the matter: the
 *   resident is asked (work no longer outweighs home);
 * - the very word of a place's cue repeated in the problem (婆家在凤鸣镇 …
 *   婆家隔壁): that place; a student's own school (在X读高三); a relative who
 *   teaches in X and "his school";
 * - water off for days in words of its own (停了三天水, 挑水, the water has
 *   been off); a vet and piglets are farming; bin collection is environment;
 *   no light at all in a lane is a facility even next to a hospital; a loose
 *   railing and 土石流 are safety; a smell from a blocked drain yields to it;
 * - praise with a degree after it (甜得很, 暖心) and a harvest advertised are
 *   no suggestions; 清水房 (an unfurnished flat) is no place.
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, notSugg, sense, two, vocab } from "./case-builders.js";

export const round16Cases: RoutingCase[] = [
  two("我在青龙街道上班，住人和街道，这几天网一直断", "utilities", "unknown", null, "home and work, no pointer: ask"),
  two("I work in Panlong and live in Renhe; the buses are terrible.", "roads-transport", "unknown", null, "home and work, no pointer: ask"),
  two("我娘家在黄石镇，婆家在双江街道。婆家楼下的垃圾桶好几天没人清，苍蝇到处飞", "environment", "shuangjiang", "room-shuangjiang", "婆家 repeated points at its place"),
  two("我家住巴阳镇，老屋在清水乡，老屋旁边的水井干了，老人吃水要走好远", "utilities", "qingshui", "deputy-qingshui", "老屋 repeated points at its place"),
  two("我是凤鸣镇的，在双江街道读初三，学校晚自习上到十一点，走读生回家太晚不安全", "education", "shuangjiang", "studio-zhenxinxuan", "a student's own school"),
  two("My sister teaches in Huangshi, I'm in Renhe. Her school's roof leaks every time it rains.", "education", "huangshi", "studio-zhenxinxuan", "a relative's school"),
  vocab("人和街道我们这栋楼停了两天水了，只能下楼去挑水", "utilities", "renhe", "room-renhe", "停了两天水, 挑水"),
  vocab("The water has been off in Fengming since Monday and nobody told us why.", "utilities", "fengming", "deputy-fengming", "water off"),
  vocab("Nobody from the vet station came to Bayang this spring and three of our piglets died.", "agriculture", "bayang", "member-agriculture", "a vet and piglets"),
  vocab("Bin collection in Qinglong skipped two weeks and the bins are overflowing.", "environment", "qinglong", "room-qinglong", "bin collection"),
  sense("双江街道卫生院后面那条巷子一盏灯都没有，病人晚上出来都摸黑", "public-facilities", "shuangjiang", "room-shuangjiang", "no light, next to a clinic"),
  sense("凤鸣镇河边步道的栏杆松了，小孩靠上去很危险", "public-safety", "fengming", "deputy-fengming", "a loose railing"),
  vocab("清水鄉上週大雨後有小規模土石流，路邊的房子很危險", "public-safety", "qingshui", "deputy-qingshui", "土石流"),
  sense("盘龙街道幼儿园门口的下水道堵了，臭得很，娃娃进出都捂鼻子", "utilities", "panlong", "room-panlong", "the smell of a blocked drain"),
  notSugg("黄石镇今年的李子大丰收，甜得很，欢迎大家来摘", null, "huangshi", null, "a harvest advertised"),
  notSugg("谢谢盘龙街道的志愿者，帮我们楼的独居老人送菜上门，太暖心了", null, "panlong", null, "thanks for help to an elderly neighbour"),
  notPlace("买的房子说好是精装，交房却是清水房，开发商不认账", "disputes", "unknown", "mediation-lawyers", "清水房 is an unfurnished flat"),
];

export const routingCases = round16Cases;
