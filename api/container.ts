import { createResidentBot, type ResidentBot } from "../bots/resident/bot.js";
import { createStaffBot, type StaffBot } from "../bots/staff/bot.js";
import type { ItemRepository, MemberDirectory, Outbox, OutboxStore, SubscriptionStore, TurnStore } from "../handlers/ports.js";
import { loadDefaultDirectory } from "../handlers/directory/default.js";
import type { Directory } from "../handlers/directory/schema.js";
import { createItemActions } from "../handlers/resident/item-actions.js";
import { createRouter, type Router } from "../handlers/routing/router.js";
import { routeMessage, type RoutedMessage } from "../handlers/routing/combine.js";
import type { Locale } from "../handlers/locale.js";
import { createOpenAIExtractor } from "./model/openai-extractor.js";
import { createOutbox } from "./outbox.js";
import { createUpstashOutboxStore } from "./store/outbox-store.js";
import { createUpstashItemRepository, createUpstashMemberDirectory } from "./store/item-repo.js";
import { createUpstashSubscriptionStore } from "./store/subscription-store.js";
import { createResidentService } from "../handlers/resident/service.js";
import { directoryView, type DirectoryView } from "../handlers/directory/view.js";
import { createStaffService } from "../handlers/staff/service.js";
import { createTranslator, type Translator } from "../locales/index.js";
import type { Config } from "./env.js";
import { createLogger, type Log } from "./log.js";
import { Ratelimit } from "@upstash/ratelimit";
import { keys } from "./store/keys.js";
import { createRedis, type Redis } from "./store/redis.js";
import { createUpstashTurnStore } from "./store/turn-store.js";
import { createUpstashTopicRepository } from "./store/topic-repo.js";
import { createTopicActions } from "../handlers/topics/resident-actions.js";
import { createTopicService, type TopicService } from "../handlers/topics/service.js";

/** Everything the routes need, built once per process or isolate. */
export interface Container {
  config: Config;
  log: Log;
  redis: Redis;
  translator: Translator;
  turnStore: TurnStore;
  items: ItemRepository;
  members: MemberDirectory;
  /** Staff subscriptions to new items (cards at submit, digests from the cron). */
  subscriptions: SubscriptionStore;
  directory: Directory;
  /** Names, id checks and the rule table over `directory`, built once. */
  view: DirectoryView;
  router: Router;
  /** Delivers committed messages (replies and notices) and records what went out. */
  outbox: Outbox;
  /** Where owed messages wait: the cron sweep delivers what nobody else picked up. */
  outboxStore: OutboxStore;
  /** Routes a text: deterministic rules, or rules plus the language model when `useModel` and a key is configured. */
  routeText: (text: string, locale: Locale, useModel: boolean) => Promise<RoutedMessage>;
  /** Consultation topics: sessions, outcomes, evaluations, scorecards. */
  topics: TopicService;
  /** Consumes one public-page request of an address (PUBLIC_PAGES_PER_MINUTE); false when used up. */
  allowPublic: (address: string) => Promise<boolean>;
  /** Built on first use, so a request with a wrong secret constructs no bot. */
  bots(): { resident: ResidentBot; staff: StaffBot };
}

/** Wires config → store → services → bots. */
export function createContainer(config: Config, log: Log = createLogger(secretsOf(config))): Container {
  const redis = createRedis({ url: config.UPSTASH_REDIS_REST_URL, token: config.UPSTASH_REDIS_REST_TOKEN });
  const translator = createTranslator();
  const turnStore = createUpstashTurnStore(redis, {
    prefix: config.REDIS_KEY_PREFIX,
    messagesPerMinute: config.RATE_MESSAGES_PER_MINUTE,
    itemsPerDay: config.RATE_ITEMS_PER_DAY,
  });
  const items = createUpstashItemRepository(redis, config.REDIS_KEY_PREFIX);
  const members = createUpstashMemberDirectory(redis, config.REDIS_KEY_PREFIX);
  const subscriptions = createUpstashSubscriptionStore(redis, config.REDIS_KEY_PREFIX);
  const directory = loadDefaultDirectory();
  const view = directoryView(directory);
  const router = createRouter(directory);
  // The language model is optional: without a key the deterministic router does everything.
  const extractor = config.OPENAI_API_KEY
    ? createOpenAIExtractor({
        apiKey: config.OPENAI_API_KEY,
        ...(config.OPENAI_BASE_URL && { baseURL: config.OPENAI_BASE_URL }),
        model: config.OPENAI_MODEL,
        responseFormat: config.OPENAI_RESPONSE_FORMAT,
        timeoutMs: config.OPENAI_TIMEOUT_MS,
        directory,
      })
    : undefined;
  const routeText = (text: string, locale: Locale, useModel: boolean) =>
    routeMessage({ router, directory, ...(useModel && extractor && { extractor }), log }, text, locale);
  let bots: { resident: ResidentBot; staff: StaffBot } | undefined;
  // The outbox reaches the bots lazily: they are built after it (they need the services that need it).
  const outboxStore = createUpstashOutboxStore(redis, config.REDIS_KEY_PREFIX);
  const outbox = createOutbox(() => {
    const b = container.bots();
    return { resident: (call) => b.resident.send(call), staff: (call) => b.staff.send(call) };
  }, translator, log, outboxStore, { ...(config.PUBLIC_BASE_URL && { publicPage: (code: string) => `${config.PUBLIC_BASE_URL}/t/${code}` }) });
  const publicLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(config.PUBLIC_PAGES_PER_MINUTE, "1 m"), prefix: keys(config.REDIS_KEY_PREFIX).rate("public"), ephemeralCache: false });
  const allowPublic = async (address: string) => (await publicLimiter.limit(address)).success;
  const topics = createTopicService({
    topics: createUpstashTopicRepository(redis, config.REDIS_KEY_PREFIX),
    items,
    members,
    dir: view,
    staffLocale: config.DEFAULT_LOCALE,
    evaluationDays: config.EVALUATION_DAYS,
    log,
  });
  const container: Container = {
    allowPublic,
    config,
    log,
    redis,
    translator,
    turnStore,
    items,
    members,
    subscriptions,
    directory,
    view,
    router,
    outbox,
    outboxStore,
    topics,
    routeText,
    bots() {
      if (bots) return bots;
      const residentService = createResidentService({
        store: turnStore,
        items,
        outbox,
        directory: view,
        route: routeText,
        modelEnabled: extractor !== undefined,
        itemActions: createItemActions({ members, staffLocale: config.DEFAULT_LOCALE }),
        topicActions: createTopicActions(topics),
        eraseFromTopics: (who, at) => topics.eraseResident(who, at),
        defaultLocale: config.DEFAULT_LOCALE,
        conversationTtlSeconds: config.CONVERSATION_TTL_HOURS * 3600,
        log,
      });
      const staffService = createStaffService({
        store: turnStore,
        items,
        members,
        subscriptions,
        outbox,
        directory: view,
        topics,
        defaultLocale: config.DEFAULT_LOCALE,
        adminIds: config.ADMIN_TELEGRAM_IDS,
        claimMinutes: config.CLAIM_MINUTES,
        log,
      });
      bots = {
        resident: createResidentBot({ token: config.RESIDENT_BOT_TOKEN, botInfo: config.RESIDENT_BOT_INFO, apiRoot: config.TELEGRAM_API_ROOT, service: residentService, translator, log, timeoutSeconds: config.BOT_API_TIMEOUT_MS / 1000 }),
        staff: createStaffBot({ token: config.STAFF_BOT_TOKEN, botInfo: config.STAFF_BOT_INFO, apiRoot: config.TELEGRAM_API_ROOT, service: staffService, translator, log, timeoutMs: config.BOT_API_TIMEOUT_MS }),
      };
      return bots;
    },
  };
  return container;
}

/** The values a log line must never contain. */
export function secretsOf(config: Config): string[] {
  return [config.RESIDENT_BOT_TOKEN, config.STAFF_BOT_TOKEN, config.TELEGRAM_WEBHOOK_SECRET, config.UPSTASH_REDIS_REST_TOKEN, config.API_TOKEN, config.OPENAI_API_KEY].filter((s): s is string => !!s);
}
