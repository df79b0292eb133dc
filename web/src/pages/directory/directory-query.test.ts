import { describe, expect, it } from "vitest";
import { buildJurisdiction } from "../../testing/factories.ts";
import {
  apiQuery,
  arrange,
  isCountryCode,
  readDirectoryState,
  writeDirectoryState,
} from "./directory-query.ts";

const defaults = readDirectoryState(new URLSearchParams());

describe("directory state in the URL", () => {
  it("reads defaults from an empty address and writes nothing for them", () => {
    expect(defaults).toEqual({
      q: "",
      country: "",
      type: "",
      tag: "",
      region: "",
      size: "",
      reporting: "",
      sort: "name",
      dir: "asc",
    });
    expect(writeDirectoryState(defaults).toString()).toBe("");
  });

  it("round-trips every field", () => {
    const params = new URLSearchParams(
      "q=Rio&country=BR&type=city&tag=c40&region=Latin+America&size=ge-5m&reporting=reporting&sort=population&dir=desc",
    );
    const state = readDirectoryState(params);
    expect(state).toEqual({
      q: "Rio",
      country: "BR",
      type: "city",
      tag: "c40",
      region: "Latin America",
      size: "ge-5m",
      reporting: "reporting",
      sort: "population",
      dir: "desc",
    });
    expect(readDirectoryState(writeDirectoryState(state))).toEqual(state);
  });

  it("ignores a type, size, reporting status or sort it does not know", () => {
    const state = readDirectoryState(
      new URLSearchParams("type=planet&size=huge&reporting=maybe&sort=shoe&dir=up"),
    );
    expect([state.type, state.size, state.reporting, state.sort, state.dir]).toEqual([
      "",
      "",
      "",
      "name",
      "asc",
    ]);
  });
});

describe("apiQuery", () => {
  it("sends the API's filters, trimmed and normalised, and never the region", () => {
    const state = {
      ...defaults,
      q: "  Rio ",
      country: "br",
      type: "city" as const,
      tag: " C40 ",
      region: "Europe",
    };
    expect(apiQuery(state, 50)).toEqual({ limit: 50, q: "Rio", country: "BR", type: "city", tag: "c40" });
  });

  it("leaves out a country that is not a two-letter code", () => {
    expect(apiQuery({ ...defaults, country: "Brazil" }, 50)).toEqual({ limit: 50 });
    expect(isCountryCode("Brazil")).toBe(false);
    expect(isCountryCode("")).toBe(true);
    expect(isCountryCode("fr")).toBe(true);
  });
});

describe("arrange", () => {
  const rio = buildJurisdiction({ name: "Rio", country: "BR", region: "Latin America" });
  const oslo = buildJurisdiction({
    name: "Oslo",
    country: "NO",
    region: "Europe",
    population: [{ year: 2020, value: 700_000 }],
  });
  const aarhus = buildJurisdiction({ name: "Århus", country: "DK", region: "Europe", population: [] });
  const rows = [rio, oslo, aarhus];

  it("sorts by name with the locale's collation", () => {
    expect(arrange(rows, defaults, "en").map((j) => j.name)).toEqual(["Århus", "Oslo", "Rio"]);
    expect(arrange(rows, { ...defaults, dir: "desc" }, "en").map((j) => j.name)).toEqual([
      "Rio",
      "Oslo",
      "Århus",
    ]);
  });

  it("sorts by population numerically, missing values last in either direction", () => {
    expect(arrange(rows, { ...defaults, sort: "population" }, "en").map((j) => j.name)).toEqual([
      "Oslo",
      "Rio",
      "Århus",
    ]);
    expect(arrange(rows, { ...defaults, sort: "population", dir: "desc" }, "en").map((j) => j.name)).toEqual([
      "Rio",
      "Oslo",
      "Århus",
    ]);
  });

  it("filters by region and breaks ties by name", () => {
    expect(arrange(rows, { ...defaults, region: "Europe", sort: "region" }, "en").map((j) => j.name)).toEqual(
      ["Århus", "Oslo"],
    );
  });

  it("filters by population size class and by reporting status (once the reporting ids are known)", () => {
    const names = (list: ReturnType<typeof arrange>) => list.map((j) => j.name);
    const byId = new Map(rows.map((j) => [j.name, j.id]));
    expect(names(arrange(rows, { ...defaults, size: "ge-5m" }, "en"))).toEqual(["Rio"]);
    expect(names(arrange(rows, { ...defaults, size: "250k-1m" }, "en"))).toEqual(["Oslo"]);
    expect(names(arrange(rows, { ...defaults, size: "unknown" }, "en"))).toEqual(["Århus"]);
    const reporting = new Set([byId.get("Oslo") ?? ""]);
    expect(names(arrange(rows, { ...defaults, reporting: "reporting" }, "en", reporting))).toEqual(["Oslo"]);
    expect(names(arrange(rows, { ...defaults, reporting: "not-reporting" }, "en", reporting))).toEqual([
      "Århus",
      "Rio",
    ]);
    // Unknown yet: nothing is filtered out.
    expect(names(arrange(rows, { ...defaults, reporting: "reporting" }, "en", null))).toHaveLength(3);
  });
});
