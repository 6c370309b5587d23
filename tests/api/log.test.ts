import { describe, expect, it } from "vitest";
import { createLogger } from "../../api/log.js";

describe("logger", () => {
  it("never prints a configured secret, wherever it appears", () => {
    const lines: string[] = [];
    const log = createLogger(["1000001:resident-secret-token", "webhook-secret-abcdef"], (l) => lines.push(l));
    log("reply-failed", { error: "request to http://api/bot1000001:resident-secret-token/sendMessage failed", header: "webhook-secret-abcdef" });
    expect(lines[0]).not.toContain("resident-secret-token");
    expect(lines[0]).not.toContain("webhook-secret-abcdef");
    expect(lines[0]).toContain("[redacted]");
  });

  it("drops the Redis command an Upstash error quotes, which carries residents' words", () => {
    const lines: string[] = [];
    const log = createLogger([], (l) => lines.push(l));
    log("update-failed", { error: 'UpstashError: ERR something, command was: [["evalsha","x",1,"{\\"text\\":\\"我的电话13800000000\\"}"]]' });
    expect(lines[0]).toContain("UpstashError: ERR something");
    expect(lines[0]).not.toContain("13800000000");
  });
});
