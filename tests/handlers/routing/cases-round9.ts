/**
 * Ninth round of family cases for issue #13 (written before that round's
 * fixes, labels from DIRECTORY.md only), mostly zh-CN: more disputes against
 * sector words (a lease of a fish pond, a shop transfer fee, a hospital bill
 * agreed as compensation), nuisances from shops and farms, messages that only
 * ask, thank or chat while naming places, and names that look like places.
 */
import type { RoutingCase } from "./cases.js";
import { notPlace, notSugg, plain, sense, two, vocab } from "./case-builders.js";

export const round9Cases: RoutingCase[] = [
  sense("我承包了村里的鱼塘，合同还有三年，村委会突然说要收回去搞开发，一分钱补偿都不提", "disputes", "unknown", "mediation-lawyers", "fish-pond lease"),
  sense("盘下别人的奶茶店给了八万转让费，结果房东说原来的租约早就到期了，前老板现在人都找不到", "disputes", "unknown", "mediation-lawyers", "shop transfer fee"),
  sense("我爸在卫生院输液出了事，院方答应赔医药费，现在又不认了", "disputes", "unknown", "mediation-lawyers", "agreed compensation withdrawn"),
  sense("在驾校报名交了五千块，教练一直不安排练车，想退学费他们不退", "disputes", "unknown", "mediation-lawyers", "fee refund refused"),
  sense("给学校食堂送了一年的菜，学校欠了我四万多的菜钱一直拖着不结", "disputes", "unknown", "mediation-lawyers", "debt, not education"),
  sense("帮人家装修房子干了两个月，房主说不满意，尾款扣着不给", "disputes", "unknown", "mediation-lawyers", "renovation balance withheld"),
  sense("隔壁邻居家的空调外机正对着我家卧室窗户，跟他说了好几次都不肯挪，两家都快打起来了", "disputes", "unknown", "mediation-lawyers", "neighbour dispute"),
  sense("楼上邻居家装修把我家墙弄裂了，物业说不归他们管，邻居也不肯赔", "disputes", "unknown", "mediation-lawyers", "neighbour damage"),
  sense("巴阳镇我们组的土地被别人家多占了两分，找村干部量了也不认", "disputes", "bayang", "mediation-lawyers", "land boundary"),
  sense("老公在外面欠了一屁股债，债主天天上门，我想离婚他不同意", "disputes", "unknown", "mediation-lawyers", "family dispute"),
  sense("在工厂上班受了工伤，老板只给了两千块就不管了", "disputes", "unknown", "mediation-lawyers", "injury compensation"),
  sense("I rented farmland in Huangshi to a company for growing kiwi fruit and they have not paid the rent for two years", "disputes", "huangshi", "mediation-lawyers"),
  sense("我們家的果園被修路的工程隊佔了一塊，說好的賠償到現在一分都沒給", "disputes", "unknown", "mediation-lawyers", "zh-TW"),
  sense("双江街道那家火锅店的排风扇正对着我们小区，油烟和噪音都受不了", "environment", "shuangjiang", "room-shuangjiang", "a shop's smoke and noise"),
  sense("黄石镇有个养牛场的牛粪堆在路边，下雨就冲到田里，臭得很", "environment", "huangshi", "deputy-huangshi", "manure from a farm"),
  sense("凤鸣镇的学校旁边有个废品站，天天焚烧电线，黑烟滚滚", "environment", "fengming", "deputy-fengming", "burning beside a school"),
  sense("青龙街道菜市场的杀鸡摊血水直接往下水道倒，整条街都是腥臭味", "environment", "qinglong", "room-qinglong", "smell, not market business"),
  sense("人和街道医院后门的医疗垃圾堆在外面好几天没人拉走", "environment", "renhe", "room-renhe", "garbage behind a hospital"),
  sense("The pig farm on the edge of Qingshui stinks so badly that we can't open our windows in summer", "environment", "qingshui", "deputy-qingshui"),
  vocab("我们楼下的夜宵摊子天天闹到转钟，喝酒划拳吵得人脑壳痛", "environment", "unknown", null, "Chongqing: 转钟, 脑壳痛"),
  vocab("盘龙街道那边的河沟里全是白色泡沫，还有一股化学品的味道", "environment", "panlong", "room-panlong"),
  vocab("巴阳镇场镇上有人乱倒潲水，臭得遭不住", "environment", "bayang", "deputy-bayang", "Chongqing: 潲水"),
  vocab("清水鄉的河裡最近死了好多魚，懷疑上游有工廠偷排", "environment", "qingshui", "deputy-qingshui", "zh-TW"),
  vocab("包工头把钱卷起跑了，我们几十个农民工过年回不了家", "disputes", "unknown", "mediation-lawyers"),
  vocab("老板欠起我们工钱不给，打电话也不接", "disputes", "unknown", "mediation-lawyers", "Chongqing 欠起"),
  notSugg("谢谢双江街道议事厅，楼下的噪音问题已经处理好了，现在晚上清净多了", null, "shuangjiang", null),
  notSugg("请问巴阳镇代表之家平时几点上班？我想过去当面反映一下情况", null, "bayang", null, "office hours"),
  notSugg("你们这个机器人是哪个单位做的？", null, "unknown", null),
  notSugg("凤鸣镇今年的脐橙丰收了，大家都很高兴，感谢政府", null, "fengming", null, "good news and thanks"),
  notSugg("我刚从黄石镇回来，路上堵了一个小时，不过现在已经通了", null, "huangshi", null, "a resolved jam"),
  notSugg("测试一下，看能不能收到", null, "unknown", null),
  notSugg("Does the mediation studio charge a fee? Just asking before I come in", null, "unknown", null),
  notSugg("請問青龍街道的議事廳星期六有人嗎？", null, "qinglong", null, "zh-TW"),
  notSugg("上次反映的清水乡那个垮了的堡坎已经修好了，感谢你们", null, "qingshui", null),
  notPlace("我女儿的同学黄石说，学校食堂的饭菜里吃出了虫子", "education", "unknown", "studio-zhenxinxuan", "a classmate's name"),
  notPlace("在广东东莞打工的时候，厂里欠了我两个月工资没发", "disputes", "unknown", "mediation-lawyers", "another province"),
  notPlace("村头“双江农家乐”每天晚上放音乐到十二点", "environment", "unknown", null, "a farm-stay's name"),
  notPlace("我们村的李凤鸣家的狗咬了人，他家也不管", "public-safety", "unknown", null, "a person's name"),
  notPlace("对面新开的“人和超市”的冰柜放在人行道上，过路都难", "public-facilities", "unknown", null, "a shop's name"),
  notPlace("I bought a fridge from the Qinglong Electronics shop and it broke in a week, they refuse to refund me", "disputes", "unknown", "mediation-lawyers", "a shop name"),
  two("我户口在黄石镇，在巴阳镇租了个门面，巴阳镇的房东突然不租了还不退押金", "disputes", "bayang", "mediation-lawyers"),
  two("我在青龙街道上班，住在盘龙街道，盘龙街道我们小区门口的垃圾站天天臭", "environment", "panlong", "room-panlong"),
  two("清水乡和凤鸣镇之间的那座桥的栏杆断了", "public-safety", "unknown", null),
  plain("人和街道社区卫生服务中心的药太少了，好多常用药都开不到", "health", "renhe", "member-medical"),
  plain("双江街道晚上的路灯一半都不亮", "public-facilities", "shuangjiang", "room-shuangjiang"),
];

export const routingCases = round9Cases;
