/** Fixed, fake credentials used by every test; none of them reach a real service. */
export const TEST_SECRET = "test-webhook-secret-0123456789";
export const TEST_API_TOKEN = "test-api-token-0123456789abcdef";
export const RESIDENT_TOKEN = "1000001:resident-test-token";
export const STAFF_TOKEN = "1000002:staff-test-token";
export const RESIDENT_INFO = { id: 1000001, is_bot: true, first_name: "Yunyang Voice", username: "yunyang_voice_bot" };
export const STAFF_INFO = { id: 1000002, is_bot: true, first_name: "Yunyang Desk", username: "yunyang_desk_bot" };

/** The contract environment pointing at local services. */
export function testEnv(services: { upstashUrl: string; upstashToken: string; telegramUrl: string }, extra: Record<string, string> = {}): Record<string, string> {
  return {
    RESIDENT_BOT_TOKEN: RESIDENT_TOKEN,
    STAFF_BOT_TOKEN: STAFF_TOKEN,
    RESIDENT_BOT_INFO: JSON.stringify(RESIDENT_INFO),
    STAFF_BOT_INFO: JSON.stringify(STAFF_INFO),
    TELEGRAM_WEBHOOK_SECRET: TEST_SECRET,
    TELEGRAM_API_ROOT: services.telegramUrl,
    UPSTASH_REDIS_REST_URL: services.upstashUrl,
    UPSTASH_REDIS_REST_TOKEN: services.upstashToken,
    API_TOKEN: TEST_API_TOKEN,
    ADMIN_TELEGRAM_IDS: "900001",
    DEFAULT_LOCALE: "zh-CN",
    ...extra,
  };
}
