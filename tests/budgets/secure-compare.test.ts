import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { secretsEqual } from "../../api/secure-compare.js";

describe("secretsEqual (the webhook and API secret check)", () => {
  it("is true exactly for equal strings", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: "binary", minLength: 1, maxLength: 40 }), async (a, b) => {
        expect(secretsEqual(a, b)).toBe(a === b);
        expect(secretsEqual(b, b)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses a missing value, prefixes, extensions and repetitions of the secret", async () => {
    const secret = "test-webhook-secret-0123456789";
    for (const given of [undefined, null, "", secret.slice(0, -1), `${secret}x`, secret + secret, secret.toUpperCase()]) expect(secretsEqual(given, secret)).toBe(false);
    expect(secretsEqual("anything", "")).toBe(false);
  });
});
