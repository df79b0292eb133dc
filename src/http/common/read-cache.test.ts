import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ReadCache } from "./read-cache.ts";

describe("ReadCache", () => {
  it("serves what was put, and counts hits and misses", () => {
    const cache = new ReadCache();
    expect(cache.get("targets", "a")).toBeUndefined();
    cache.put("targets", "a", 1, '{"v":1}');
    expect(cache.get("targets", "a")).toEqual({
      version: 1,
      body: `{"v":1}`,
      meta: { jurisdictionId: null, public: true },
    });
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
  });

  it("never lets an older version replace a newer one, whatever the order of puts and announcements", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 20 })), { minLength: 1, maxLength: 40 }),
        (events) => {
          const cache = new ReadCache();
          let newest = 0;
          for (const [announce, version] of events) {
            newest = Math.max(newest, version);
            if (announce) cache.invalidate({ table: "inventories", id: "x", version });
            else cache.put("inventories", "x", version, `v${version}`);
            const served = cache.get("inventories", "x");
            // Whatever is served is the newest version this cache has heard of.
            if (served) expect(served.version).toBe(newest);
          }
        },
      ),
    );
  });

  it("drops the least recently used entries beyond its capacity", () => {
    const cache = new ReadCache(2);
    cache.put("t", "a", 1, "a");
    cache.put("t", "b", 1, "b");
    cache.get("t", "a");
    cache.put("t", "c", 1, "c");
    expect(cache.get("t", "b")).toBeUndefined();
    expect(cache.get("t", "a")?.body).toBe("a");
    expect(cache.size).toBe(2);
  });
});

describe("ReadCache variants", () => {
  it("keeps the public and private presentation of one version apart, and drops both on a newer version", () => {
    const cache = new ReadCache();
    cache.put("inventories", "x", 3, "public body", { jurisdictionId: "j", public: true });
    cache.put("inventories", "x", 3, "private body", { jurisdictionId: "j", public: false });
    expect(cache.get("inventories", "x", "public")?.body).toBe("public body");
    expect(cache.get("inventories", "x", "private")).toMatchObject({
      body: "private body",
      meta: { jurisdictionId: "j" },
    });
    cache.invalidate({ table: "inventories", id: "x", version: 4 });
    expect(cache.get("inventories", "x", "public")).toBeUndefined();
    expect(cache.get("inventories", "x", "private")).toBeUndefined();
    cache.put("inventories", "x", 3, "stale", { jurisdictionId: "j", public: true });
    expect(cache.get("inventories", "x", "public")).toBeUndefined();
  });
});
