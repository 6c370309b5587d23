import { loadDefaultDirectory } from "../../../handlers/directory/default.js";
import type { ActContext } from "../../../handlers/staff/actions.js";
import { directoryView } from "../../../handlers/directory/view.js";
import type { Recipient } from "../../../handlers/staff/notices.js";

/** The shipped directory, as the staff side sees it. */
export const dir = directoryView(loadDefaultDirectory());
export const NOW = 1_770_000_000_000;
export const staffCtx: ActContext = { by: { role: "staff", id: 900003, name: "Zhang" }, now: NOW, locale: "en", dir };
export const deputyCtx: ActContext = { by: { role: "deputy", id: 900002, name: "Li" }, now: NOW, locale: "en", dir };
export const deputies: Recipient[] = [
  { userId: 900002, chatId: 900002, locale: "zh-CN" },
  { userId: 900012, chatId: 900012, locale: "en" },
];
