import { afterAll, beforeAll, beforeEach } from "vitest";
import { startFakeOpenAI, type FakeOpenAI } from "../../dev/fake-openai.js";

/**
 * A fake OpenAI-compatible server for the whole test file, reset to "good"
 * answers with no recorded calls before every test. Read `.current` inside tests.
 */
export function useFakeOpenAI(): { readonly current: FakeOpenAI } {
  let fake: FakeOpenAI | undefined;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
  });
  afterAll(async () => {
    await fake?.close();
  });
  beforeEach(() => {
    fake!.calls.length = 0;
    fake!.setBehaviour({ kind: "good" });
  });
  return {
    get current() {
      return fake!;
    },
  };
}
