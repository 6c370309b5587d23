/** An item full of personal data for the public-page tests (#15), and the strings of it a public page must never show. */
import type { Item } from "../../handlers/items/model.js";
import { makeItem } from "./items.js";

const NOW = Date.parse("2026-05-01T10:00:00+08:00");

/** An item full of personal data: every such field must stay off the page. */
export function personalItem(over: Partial<Item> = {}): Item {
  return makeItem({
    id: "PAAAAA",
    status: "answered",
    text: "我是住在老街12号的王秀英，电话13812345678，凤鸣镇老街的路灯坏了好几盏，晚上很黑",
    summary: "凤鸣镇老街的路灯坏了好几盏（王秀英 13812345678）",
    residentId: 730001,
    residentChatId: 730001,
    residentName: "王秀英",
    contact: { name: "王秀英", phone: "+8613812345678" },
    contactConsent: true,
    photos: ["AgACAgPhotoFileId-secret"],
    location: { latitude: 30.9412345, longitude: 108.6954321 },
    answer: "王秀英您好，路灯已于5月3日修好。",
    followers: [{ residentId: 730002, chatId: 730002, locale: "zh-CN", at: NOW + 1000, note: "凤鸣镇老街路灯不亮了 我叫李建国", name: "李建国", phone: "+8613900001111", contactConsent: true }],
    createdAt: NOW,
    history: [
      { at: NOW, by: { role: "resident", id: 730001 }, action: "submitted", to: "new" },
      { at: NOW + 3600_000, by: { role: "staff", id: 900002, name: "Zhang" }, action: "forwarded", from: "new", to: "forwarded" },
      { at: NOW + 2 * 24 * 3600_000, by: { role: "deputy", id: 900101, name: "Deputy Liu" }, action: "accepted", from: "forwarded", to: "accepted" },
      { at: NOW + 3 * 24 * 3600_000, by: { role: "deputy", id: 900101, name: "Deputy Liu" }, action: "answered", from: "accepted", to: "answered" },
    ],
    ...over,
  });
}

/** Every string a resident put in or that identifies them, as the page must never show it. */
export function residentFields(item: Item): string[] {
  const f = item.followers ?? [];
  return [
    item.text,
    item.residentName!,
    item.contact!.phone!,
    "13812345678",
    "王秀英",
    String(item.residentId),
    ...item.photos,
    String(item.location!.latitude),
    String(item.location!.longitude),
    ...f.flatMap((x) => [x.note!, x.name!, x.phone!, "13900001111", String(x.residentId)]),
    "老街12号",
    "Deputy Liu",
    "900101",
  ];
}

