/**
 * Eighth round of family cases for issue #13 (written before the fixes of that
 * round, labels from DIRECTORY.md only): long run-on messages, disputes over
 * wages, leases, deposits, contracts and compensation in farming, shops,
 * orchards and renovation; environment matters whose words belong to a sector
 * (a pig farm's smell, straw smoke); thanks and office-hour questions that name
 * places; people, shops and other cities named like places.
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, notSugg, plain, sense, two, vocab } from "./case-builders.js";

export const round8Cases: RoutingCase[] = [
  // keyword vs sense: disputes over sector matters
  sense("我去年把家里三亩水田租给一个老板种莲藕，合同写的每年年底给租金，今年他说亏了一分钱都不给，村里调解了两次也没结果，我们该怎么办", "disputes", "unknown", "mediation-lawyers", "farmland lease rent"),
  sense("在果园里帮老板摘了一个月柑橘，结账的时候老板说果子卖不起价，只给一半工钱", "disputes", "unknown", "mediation-lawyers", "orchard wages"),
  sense("我在盘龙街道租的门面开火锅店，房东突然要涨一倍房租，不同意就让我搬走，装修花的十几万也不认", "disputes", "panlong", "mediation-lawyers", "shop lease"),
  sense("请的装修队把我家卫生间防水做坏了，楼下邻居家天花板漏水，装修队不认账，邻居天天找我赔钱", "disputes", "unknown", "mediation-lawyers", "renovation damage dispute"),
  sense("养鸡场的老板欠我们几个饲料钱快两年了，一直拖着说等鸡卖了再给", "disputes", "unknown", "mediation-lawyers", "debt, not poultry"),
  sense("黄石镇修高速征了我家的林地，别人家都拿到补偿款了，就我家的被村干部压着不发", "disputes", "huangshi", "mediation-lawyers", "compensation withheld"),
  sense("在医院当护工干了半年，中介公司扣着我三个月工资不发", "disputes", "unknown", "mediation-lawyers", "wages, not health"),
  sense("幼儿园倒闭了，交的一学期学费和押金园长不退，几十个家长都找不到人", "disputes", "unknown", "mediation-lawyers", "deposit, not education"),
  sense("和隔壁为了宅基地的界线吵了好几年，他家新修的围墙占了我家一米多", "disputes", "unknown", "mediation-lawyers", "neighbour boundary"),
  sense("兄弟几个为了老人留下的房子闹翻了，大哥一个人占着不让我们进", "disputes", "unknown", "mediation-lawyers", "family inheritance dispute"),
  sense("凤鸣镇有个合作社收了我们的柚子，说好一个月结款，半年了还没给钱", "disputes", "fengming", "mediation-lawyers", "payment for produce"),
  sense("My landlord in Renhe won't return my rental deposit even though I left the flat spotless", "disputes", "renhe", "mediation-lawyers"),
  sense("The contractor who renovated my kitchen took the full payment and left the job half finished, now he won't answer my calls", "disputes", "unknown", "mediation-lawyers"),
  sense("我承包的茶园被鄰居的牛踩壞了一大片，他不肯賠償", "disputes", "unknown", "mediation-lawyers", "zh-TW damage compensation"),
  sense("清水乡有户人家养的猪太多，猪粪直接排到河里，整条河都是臭的", "environment", "qingshui", "deputy-qingshui", "pig farm pollution"),
  sense("村里有人在田里烧秸秆，烟大得很，呛得老人小孩咳嗽", "environment", "unknown", null, "straw smoke, no place"),
  sense("巴阳镇那家养猪场离居民区太近了，夏天臭味熏得窗户都不敢开", "environment", "bayang", "deputy-bayang", "smell from a farm"),
  sense("人和街道那家汽修店天天在路边喷漆，油漆味大得很，邻居们都头痛", "environment", "renhe", "room-renhe", "paint smell from a shop"),
  sense("双江街道新开的KTV每天半夜还在唱，吵得整栋楼睡不着", "environment", "shuangjiang", "room-shuangjiang", "noise from a business"),
  sense("青龙街道那个工地天天晚上打桩，噪音太大了", "environment", "qinglong", "room-qinglong", "construction noise"),
  // environment vocabulary
  vocab("黄石镇街上的垃圾桶满了好几天都没人来清运，苍蝇蚊子到处飞", "environment", "huangshi", "deputy-huangshi"),
  vocab("盘龙街道那个砂石厂灰尘漫天，周边房子上全是灰", "environment", "panlong", "room-panlong", "dust"),
  vocab("凤鸣镇河边有人偷偷倒建筑垃圾，河道都快堵了", "environment", "fengming", "deputy-fengming"),
  vocab("雙江街道的臭水溝一到夏天就臭氣熏天", "environment", "shuangjiang", "room-shuangjiang", "zh-TW"),
  vocab("There's a factory in Qinglong dumping waste water into the stream, the fish are all dead", "environment", "qinglong", "room-qinglong"),
  vocab("The barking and the smell from the dog breeding place next door in Bayang is unbearable", "environment", "bayang", "deputy-bayang"),
  vocab("我们巴阳镇那个屠宰场的污水横流，味道冲得很，晚上都睡不好", "environment", "bayang", "deputy-bayang"),
  vocab("老板跑路了，我们十几个人的血汗钱一分没拿到，在青龙街道的一个工地上", "disputes", "qinglong", "mediation-lawyers"),
  vocab("做了一年的活路，包工头一直说没钱，工钱拖起不给", "disputes", "unknown", "mediation-lawyers", "Chongqing: 活路"),
  // not a suggestion (thanks, office hours, questions naming places)
  notSugg("感谢凤鸣镇代表之家的王代表，上次反映的路灯问题已经修好了，晚上走路亮堂多了", null, "fengming", null, "thanks for a fix"),
  notSugg("请问双江街道的议事厅周末开门吗？几点到几点？", null, "shuangjiang", null, "office hours"),
  notSugg("黄石镇代表之家在哪里？怎么走？", null, "huangshi", null, "where is the office"),
  notSugg("谢谢人和街道的工作人员，小区的垃圾终于清理干净了，辛苦了", null, "renhe", null, "thanks for cleaned garbage"),
  notSugg("律师调解工作室的电话是多少？我想咨询一下", null, "unknown", null, "asks a phone number"),
  notSugg("Thank you to the Panlong consultation room, the broken street light outside my building was fixed yesterday", null, "panlong", null),
  notSugg("What are the opening hours of the Qingshui deputies' home?", null, "qingshui", null),
  notSugg("謝謝盤龍街道的幫忙，上次說的水管已經修好了", null, "panlong", null, "zh-TW thanks"),
  notSugg("我是巴阳镇的，刚加进来，大家好", null, "bayang", null, "greeting with a place"),
  notSugg("今天去清水乡玩了，风景真不错，推荐大家去", null, "qingshui", null, "small talk"),
  notSugg("请问在青龙街道办营业执照要带什么材料？", null, "qinglong", null, "a question about a service"),
  // not a place
  notPlace("我在四川广安的工地上干活，老板欠了我们三个月工资", "disputes", "unknown", "mediation-lawyers", "another province"),
  notPlace("隔壁开的“凤鸣超市”每天早上六点就放大喇叭促销，吵死了", "environment", "unknown", null, "a shop name"),
  notPlace("我们村的王青龙家养的狗天天晚上叫，吵得睡不着", "environment", "unknown", null, "a person's name"),
  notPlace("黄石大道上的那家“巴阳饭店”油烟直排，楼上受不了", "environment", "unknown", null, "street and shop names, not places"),
  notPlace("河水清水变浑水，上游好像有人在挖沙", "environment", "unknown", null, "清水 as clear water"),
  notPlace("湖北黄石的一个老板欠我装修款不给", "disputes", "unknown", "mediation-lawyers"),
  notPlace("My friend Renhe told me the garbage near the market hasn't been collected for a week", "environment", "unknown", null, "a person's name"),
  notPlace("I work in Huangshi city in Hubei and my employer hasn't paid me since March", "disputes", "unknown", "mediation-lawyers"),
  notPlace("人和人之间要讲诚信，我借给邻居的五万块钱他一直不还", "disputes", "unknown", "mediation-lawyers", "人和 in a phrase"),
  // two places
  two("我是清水乡的，在双江街道打工，双江街道那个老板拖欠我们工资三个月了", "disputes", "shuangjiang", "mediation-lawyers"),
  two("我住凤鸣镇，女儿在黄石镇读初中，黄石镇那个学校门口的垃圾堆臭得很", "environment", "huangshi", "deputy-huangshi"),
  two("住在人和街道，老家巴阳镇，巴阳镇老家旁边的采石场放炮震得房子裂缝", "public-safety", "bayang", "deputy-bayang"),
  two("I live in Shuangjiang but my orchard is in Qingshui, and the oranges there have a disease this year", "agriculture", "qingshui", "member-agriculture"),
  two("凤鸣镇和黄石镇交界的那条河被污染了", "environment", "unknown", null, "between two places"),
  // plain
  plain("盘龙街道卫生院的医生太少，看个病要排一上午的队", "health", "panlong", "member-medical"),
  plain("凤鸣镇的柑橘今年大面积得了黄龙病，希望农技站派人来看看", "agriculture", "fengming", "member-agriculture"),
  plain("青龙街道小区楼下的烧烤摊每天晚上吵到凌晨两点", "environment", "qinglong", "room-qinglong"),
  plain("黄石镇场镇的消防通道被车堵死了", "public-safety", "huangshi", "deputy-huangshi"),
  plain("县里能不能多开些技能培训班，帮我们这些返乡的人找工作", "business-jobs", "county", "studio-xinlianxin"),
];

export const routingCases = round8Cases;
