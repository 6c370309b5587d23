/* eslint-disable @typescript-eslint/no-explicit-any -- these tests break the JSON on purpose, field by field */
import { describe, expect, it } from "vitest";
import data from "../../../data/directory.json" with { type: "json" };
import { loadDefaultDirectory } from "../../../handlers/directory/default.js";
import { DirectoryError, parseDirectory } from "../../../handlers/directory/schema.js";

/** A deep copy of the shipped JSON to break. */
const raw = (): any => structuredClone(data);

function errorOf(json: unknown): DirectoryError {
  try {
    parseDirectory(json);
  } catch (err) {
    expect(err).toBeInstanceOf(DirectoryError);
    return err as DirectoryError;
  }
  throw new Error("parseDirectory accepted a bad directory");
}

describe("parseDirectory", () => {
  it("accepts the shipped directory", () => {
    const dir = loadDefaultDirectory();
    expect(dir.places.map((p) => p.id)).toEqual(["fengming", "huangshi", "qingshui", "bayang", "shuangjiang", "qinglong", "renhe", "panlong", "county"]);
    expect(dir.targets).toHaveLength(16);
    expect(dir.categories.map((c) => c.id)).toContain("other");
    expect(dir.rules[3]).toMatchObject({ category: "business-jobs", textMentions: "north-new-district", target: "member-north-commerce" });
  });

  it("reports wrong shapes with their paths", () => {
    const json = raw();
    json.places[0].kind = "village";
    delete json.targets[2].name;
    json.categories[1].priority = "high";
    const err = errorOf(json);
    expect(err.name).toBe("DirectoryError");
    const paths = err.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["places[0].kind", "targets[2].name", "categories[1].priority"]));
    expect(err.message).toContain("places[0].kind");
    expect(err.message).toContain("targets[2].name");
  });

  it("rejects rules that name unknown categories, sub-areas or targets, listing every one", () => {
    const json = raw();
    json.rules[0].category = "dispute";
    json.rules[1].target = "member-medicine";
    json.rules[3].textMentions = "north-district";
    const err = errorOf(json);
    expect(err.issues).toEqual(
      expect.arrayContaining([
        { path: "rules[0].category", message: 'unknown category "dispute"' },
        { path: "rules[1].target", message: 'unknown target "member-medicine"' },
        { path: "rules[3].textMentions", message: 'unknown sub-area "north-district"' },
      ]),
    );
    expect(err.message).toMatch(/3 problems/);
  });

  it("rejects an alias that names two places, after normalisation (traditional, case, width)", () => {
    const json = raw();
    json.places[1].aliases.push("鳳鳴"); // huangshi claims Fengming's traditional short name
    json.places[2].aliases.push("ＢＡＹＡＮＧ"); // full-width upper case of Bayang's alias
    const err = errorOf(json);
    expect(err.issues).toHaveLength(2);
    // Each clash is reported at the later of the two aliases, naming the earlier owner and path.
    expect(err.issues).toContainEqual({
      path: `places[1].aliases[${json.places[1].aliases.length - 1}]`,
      message: 'alias "鳳鳴" (normalised "凤鸣") also names place "fengming" at places[0].aliases[1]',
    });
    expect(err.issues).toContainEqual({
      path: "places[3].aliases[2]",
      message: `alias "Bayang" (normalised "bayang") also names place "qingshui" at places[2].aliases[${json.places[2].aliases.length - 1}]`,
    });
  });

  it("rejects a keyword claimed by two categories", () => {
    const json = raw();
    json.categories.find((c: any) => c.id === "environment").keywords["zh-TW"].push("醫保");
    const err = errorOf(json);
    expect(err.message).toMatch(/keyword "醫保" \(normalised "医保"\) is also in health keywords/);
  });

  it("requires a township's target to be a deputy station and a street's a consultation room", () => {
    const json = raw();
    json.places.find((p: any) => p.id === "fengming").target = "room-renhe";
    json.places.find((p: any) => p.id === "panlong").target = "deputy-bayang";
    json.places.find((p: any) => p.id === "bayang").target = "deputy-nowhere";
    const err = errorOf(json);
    const messages = err.issues.map((i) => `${i.path}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^places\[0\]\.target: township "fengming" must have a deputy-\* target/),
        expect.stringMatching(/^places\[7\]\.target: street "panlong" must have a room-\* target/),
        'places[3].target: unknown target "deputy-nowhere" for place "bayang"',
      ]),
    );
  });

  it("requires every place's own target to be reachable through the rule table", () => {
    const json = raw();
    // Without the "by-place" rule no topic ever reaches a township or street.
    json.rules = json.rules.filter((r: any) => r.target !== "by-place");
    const err = errorOf(json);
    expect(err.issues).toContainEqual({ path: "places[0].target", message: 'no rule routes any topic in township "fengming" to its target "deputy-fengming"' });
    expect(err.issues.filter((i) => i.message.startsWith("no rule routes"))).toHaveLength(9);
  });

  it("rejects duplicate ids, an unknown fallback category and a sub-area of a missing place", () => {
    const json = raw();
    json.targets[1].id = json.targets[0].id;
    json.fallbackCategory = "misc";
    json.subareas[0].place = "xiayansi-street";
    const err = errorOf(json);
    expect(err.issues).toEqual(
      expect.arrayContaining([
        { path: "targets[1].id", message: 'duplicate id "deputy-fengming" (first at targets[0])' },
        { path: "fallbackCategory", message: 'unknown category "misc"' },
        { path: "subareas[0].place", message: 'unknown place "xiayansi-street" for sub-area "xiayansi"' },
      ]),
    );
  });

  it("reserves the ids \"unknown\" (places) and \"by-place\" (targets)", () => {
    const json = raw();
    json.places[8].id = "unknown";
    json.targets[15].id = "by-place";
    const err = errorOf(json);
    expect(err.issues).toEqual(
      expect.arrayContaining([
        { path: "places[8].id", message: 'the id "unknown" is reserved for "no place named"' },
        { path: "targets[15].id", message: 'the id "by-place" is reserved for rules' },
      ]),
    );
  });

  it("rejects unknown keys, so a typo in a field name is not silently ignored", () => {
    const json = raw();
    json.rules[0].categroy = "health";
    const err = errorOf(json);
    expect(err.issues[0]?.path).toBe("rules[0]");
    expect(err.message).toMatch(/categroy/);
  });

  it("rejects something that is not a directory at all", () => {
    expect(errorOf(null).issues[0]?.path).toBe("");
    expect(errorOf([]).message).toMatch(/invalid directory/);
  });
});
