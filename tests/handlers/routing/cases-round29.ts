/**
 * Twenty-ninth round of family cases for issue #13: messages by the lead in
 * wordings of their own, one or more per change made after three fresh blind
 * sets (X, the streets; Y, the townships; Z, near-misses; see
 * docs/routing-eval.md):
 * - where a trip to a clinic starts, or a move started from, is home; 在X那一头
 *   names the spot; a problem clause naming one place alone beats 路上; 屋头在
 *   says home; a name "is my grandfather's name", 是我家狗的名字, "X means";
 *   hauling 黄石 is stones; 以前是清水 is clear water;
 * - what follows a closing word opens a matter only when it names one, and
 *   what a sentence of thanks names is thanked for;
 * - smells yield to the drain; an industrial park only says where; vocabulary:
 *   hillsides and cracks, rusty taps, wobbly handrails, blight, broken bridges,
 *   docked pay, vanished gym owners, overcharged water, land leases unpaid,
 *   drilling, 电体, 兴趣班费, 没得水吃.
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, notSugg, sense, two, vocab } from "./case-builders.js";

export const round29Cases: RoutingCase[] = [
  two("我从人和街道带我爸去盘龙街道医院看病，盘龙那个医院挂号要排两个钟头", "health", "panlong", "member-medical", "where a trip to a clinic starts"),
  two("去年从黄石镇搬到凤鸣镇，凤鸣镇这边的自来水一股漂白粉味", "utilities", "fengming", "deputy-fengming", "where a move started from"),
  two("从双江街道走到青龙街道要过一座人行桥，桥在青龙那一头的栏杆断了", "public-safety", "qinglong", "room-qinglong", "在X那一头"),
  two("我们巴阳镇种的榨菜要运到双江街道去卖，巴阳镇这边连个收购点都没有，在路上就放坏了", "agriculture", "bayang", "member-agriculture", "one place alone in a problem clause beats 路上"),
  two("我屋头在凤鸣镇，女儿在清水乡读高中，清水乡中学的食堂饭菜又贵又难吃", "education", "qingshui", "studio-zhenxinxuan", "屋头在 says home"),
  notPlace("Bayang is my grandfather's name; he is 90 and has not had his pension for three months", "elderly-welfare", "unknown", "studio-binbin", "is my grandfather's name"),
  notPlace("人和是我家狗的名字。说正事，我们小区的电梯又坏了", "housing-community", "unknown", null, "是我家狗的名字"),
  notPlace("Panlong means 'coiled dragon', but the only thing coiled in Renhe is the traffic jam at the school gate every morning", "roads-transport", "renhe", "room-renhe", "X means"),
  notPlace("拉黄石的货车天天从我们青龙街道小区门口过，灰大得很", "environment", "qinglong", "room-qinglong", "hauling yellow stones"),
  notPlace("我们村的井水以前是清水，现在一股怪味，喝了拉肚子", "utilities", "unknown", null, "以前是清水"),
  notSugg("这件事已经解决了，我不是又要提什么要求，就是想说一声谢谢。谢谢施工队在楼顶干了好几天活，谢谢邻居们同意装电梯", null, "unknown", null, "what a sentence of thanks names"),
  sense("Renhe: the drains behind the market overflow every time it rains and the smell drifts into the shops", "utilities", "renhe", "room-renhe", "the smell yields to the drain"),
  sense("我在青龙街道工业园上班，园区门口那个红绿灯坏了一个星期", "roads-transport", "qinglong", "room-qinglong", "an industrial park only says where"),
  vocab("There is a big crack in the hillside above the school in Huangshi and stones come down when it rains", "public-safety", "huangshi", "deputy-huangshi", "hillside and cracks"),
  vocab("The water from our taps in Panlong has been rust-coloured for a week", "utilities", "panlong", "room-panlong", "rusty taps"),
  vocab("凤鸣镇场口那段梯坎的扶手松垮垮的，老年人走起好吓人", "public-safety", "fengming", "deputy-fengming", "wobbly handrails"),
  vocab("Our potato plants in Bayang have blight and we need an ag tech to look at them", "agriculture", "bayang", "member-agriculture", "blight"),
  vocab("清水乡那座老桥被大水冲断了，娃儿上学要绕好远的山路", "roads-transport", "qingshui", "deputy-qingshui", "a bridge washed away"),
  sense("A driver I know in Qinglong had his whole month's pay docked by the app over one complaint", "disputes", "qinglong", "mediation-lawyers", "docked pay"),
  sense("The swimming pool in Shuangjiang shut overnight and the owner vanished with our membership fees", "disputes", "shuangjiang", "mediation-lawyers", "a vanished owner"),
  sense("房东代收水费，每吨多收一倍，问他要单子就说不爽可以搬走，我在盘龙街道租的房", "disputes", "panlong", "mediation-lawyers", "overcharged water"),
  sense("A company rented my mother's land in Huangshi for an orchard and stopped paying the lease last year", "disputes", "huangshi", "mediation-lawyers", "a land lease unpaid"),
  sense("The new supermarket next to our block in Renhe is being fitted out and the drilling starts at 6am", "environment", "renhe", "room-renhe", "drilling"),
  vocab("双江街道我们那栋楼的电体又坏了，天天爬楼", "housing-community", "shuangjiang", "room-shuangjiang", "电体 for 电梯"),
  vocab("青龙街道那个幼儿园要收兴趣班费，不交就不让娃儿上课", "education", "qinglong", "studio-zhenxinxuan", "兴趣班费"),
  vocab("黄石镇我们村一到天干就莫得水吃，要走好远去挑", "utilities", "huangshi", "deputy-huangshi", "莫得水吃"),
];

export const routingCases = round29Cases;
