/**
 * Who lives in the playground: the two bots, the residents you can be, the
 * seeded team (admin, staff member, one deputy for each of two targets), and
 * the fixed pin a "share location" button sends.
 */
import type { EmulatorBotConfig, EmulatorUser } from "../telegram-emulator.js";

/** The resident bot (grammY) as the emulator serves it. */
export const RESIDENT_BOT: EmulatorBotConfig = {
  name: "resident",
  token: "1000001:offline-playground-resident",
  info: { id: 1000001, first_name: "云阳民意 Yunyang Voice", username: "yunyang_voice_bot" },
};

/** The staff bot (Telegraf) as the emulator serves it. */
export const STAFF_BOT: EmulatorBotConfig = {
  name: "staff",
  token: "1000002:offline-playground-staff",
  info: { id: 1000002, first_name: "云阳民意工作台 Yunyang Desk", username: "yunyang_desk_bot" },
};

/** A person in the playground: a Telegram user plus what the page needs to list them. */
export interface Persona extends EmulatorUser {
  /** Shown in the identity picker. */
  label: string;
  role: "resident" | "deputy" | "staff" | "admin";
  /** A deputy's directory target. */
  target?: string;
}

/** The residents the resident pane can switch between (one per language). */
export const RESIDENTS: Persona[] = [
  { id: 31001, first_name: "王", last_name: "芳", language_code: "zh-hans", phone_number: "+86 138 2345 0101", label: "王芳 (zh-CN)", role: "resident" },
  { id: 31002, first_name: "陳", last_name: "美玲", language_code: "zh-hant", phone_number: "+86 139 2345 0202", label: "陳美玲 (zh-TW)", role: "resident" },
  { id: 31003, first_name: "Ann", last_name: "Lee", language_code: "en", phone_number: "+86 137 2345 0303", label: "Ann Lee (en)", role: "resident" },
];

/** One deputy for each of two directory targets. */
export const DEPUTIES: Persona[] = [
  { id: 900101, first_name: "张", last_name: "建国", language_code: "zh-hans", label: "张建国 · 凤鸣镇人大代表之家", role: "deputy", target: "deputy-fengming" },
  { id: 900102, first_name: "李", last_name: "红梅", language_code: "zh-hans", label: "李红梅 · 双江街道民生议事厅", role: "deputy", target: "room-shuangjiang" },
];

/** The staff member and the bootstrap admin (ADMIN_TELEGRAM_IDS). */
export const STAFF: Persona[] = [
  { id: 900002, first_name: "刘", last_name: "敏", language_code: "zh-hans", label: "刘敏 · staff", role: "staff" },
  { id: 900001, first_name: "陈", last_name: "主任", language_code: "zh-hans", label: "陈主任 · admin", role: "admin" },
];

/** Every persona, by Telegram id. */
export const PERSONAS: ReadonlyMap<number, Persona> = new Map([...RESIDENTS, ...DEPUTIES, ...STAFF].map((p) => [p.id, p]));

/** The admin id the app is started with (ADMIN_TELEGRAM_IDS). */
export const ADMIN_ID = 900001;

/** What "share location" sends: Yunyang's county seat, on the Yangtze. */
export const YUNYANG_PIN = { latitude: 30.9306, longitude: 108.6977 };

/** The Telegram language_code each locale's resident sends. */
export const LANGUAGE_CODES = { "zh-CN": "zh-hans", "zh-TW": "zh-hant", en: "en" } as const;
