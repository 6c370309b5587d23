/**
 * The model may phrase the bot's follow-up question, but it cannot speak for
 * the bot: a phrasing that asks for anything the bot itself never asks for
 * (identity numbers, passwords or codes, bank details, money, links, phone
 * numbers or other contacts) or is longer than a question needs is refused,
 * and the bot's own template question is asked instead.
 */

/** Longest model-phrased follow-up the bot will send (characters). */
export const FOLLOW_UP_MAX_CHARS = 120;

/** What the bot never asks a resident for in a free-text question; each in simplified, traditional and English. */
const FORBIDDEN: Array<[reason: string, pattern: RegExp]> = [
  ["identity number", /身份|证件|證件|护照|護照|社保|\bid\b|identity|identification|passport|social security/i],
  ["password or code", /密码|密碼|口令|验证码|驗證碼|校验码|password|passcode|\bpin\b|verification|one[- ]time|otp/i],
  ["bank details", /银行|銀行|卡号|卡號|账号|帳號|账户|賬戶|帳戶|信用卡|bank|card number|account|iban|swift|cvv/i],
  ["money", /转账|轉賬|轉帳|汇款|匯款|付款|支付|缴费|繳費|押金|保证金|保證金|红包|紅包|钱|錢|[¥$￥€£]|人民币|人民幣|\d+\s*元|yuan|rmb|\bpay|transfer|deposit|fee\b|money|wire/i],
  ["link", /https?:|:\/\/|www\.|\.(?:com|cn|net|org|io|me|xyz|top)\b|t\.me|\blink\b|链接|鏈接|連結|网址|網址|点击|點擊|click/i],
  ["phone or contact", /电话|電話|手机|手機|号码|號碼|微信|qq|whatsapp|telegram|phone|mobile|contact number|call me|e-?mail|邮箱|郵箱|\d{5,}|@\w/i],
];

/** Why a model-phrased follow-up may not be sent, or null when it may. */
export function followUpRefusal(question: string): string | null {
  if (Array.from(question).length > FOLLOW_UP_MAX_CHARS) return "too long";
  for (const [reason, pattern] of FORBIDDEN) if (pattern.test(question)) return reason;
  return null;
}
