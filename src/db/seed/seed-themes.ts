/**
 * Demonstration records of the themes beyond climate, so that `npm start` shows them: theme reports, 10%
 * programme commitments with yearly figures, Transformative Actions Program projects and Solutions Gateway
 * providers. Their figures are ILLUSTRATIVE (made up for the demonstration, marked so in each record), not data
 * the cities reported; the jurisdictions are the demonstration network's real ones. Written through the services
 * as the system; idempotent (matched by jurisdiction + theme + year, target indicator + base year, project title,
 * provider name).
 */
import { SYSTEM } from "../../services/service-helpers.ts";
import type { Services } from "../../services/services.ts";
import type { Db } from "../database.ts";
import { listProviders } from "../repositories/gateway.repository.ts";
import { findJurisdictionByKey } from "../repositories/jurisdiction.repository.ts";

/** The note every demonstration theme record carries. */
export const ILLUSTRATIVE = "Illustrative demonstration figures, not reported data.";

type Values = Record<string, number>;

/** Theme reports: [CDP account, theme, year, values]. */
const REPORTS: ReadonlyArray<[number, string, number, Values]> = [
  [
    31176,
    "iso37120",
    2022,
    {
      population: 6_211_423,
      physicians: 27_000,
      "hospital-beds": 18_500,
      homicides: 1_490,
      "public-transport-km": 430,
      "ghg-emissions": 18_900_000,
      unemployed: 390_000,
      "labour-force": 3_300_000,
      "msw-collected": 2_950_000,
      "msw-recycled": 95_000,
    },
  ],
  [
    31172,
    "iso37120",
    2022,
    {
      population: 9_209_944,
      physicians: 45_000,
      "hospital-beds": 16_000,
      homicides: 1_050,
      "public-transport-km": 620,
      "ghg-emissions": 24_000_000,
      unemployed: 290_000,
      "labour-force": 4_600_000,
      "msw-collected": 4_500_000,
      "msw-recycled": 290_000,
    },
  ],
  [
    31155,
    "iso37120",
    2022,
    {
      population: 3_121_707,
      physicians: 38_000,
      "hospital-beds": 21_000,
      homicides: 125,
      "public-transport-km": 310,
      "ghg-emissions": 11_500_000,
      unemployed: 145_000,
      "labour-force": 1_650_000,
      "msw-collected": 1_200_000,
      "msw-recycled": 70_000,
    },
  ],
  [
    31154,
    "iso37120",
    2022,
    {
      population: 7_901_653,
      physicians: 29_000,
      "hospital-beds": 13_000,
      homicides: 1_080,
      "public-transport-km": 210,
      "ghg-emissions": 13_200_000,
      unemployed: 520_000,
      "labour-force": 4_200_000,
      "msw-collected": 2_300_000,
      "msw-recycled": 390_000,
    },
  ],
  [
    31176,
    "mobility",
    2022,
    {
      population: 6_211_423,
      "public-transport-km": 430,
      "modal-share-walking": 26,
      "modal-share-cycling": 3,
      "modal-share-public-transport": 42,
      "modal-share-car": 25,
      "modal-share-other": 4,
    },
  ],
  [
    31154,
    "mobility",
    2022,
    {
      population: 7_901_653,
      "public-transport-km": 210,
      "modal-share-walking": 24,
      "modal-share-cycling": 7,
      "modal-share-public-transport": 38,
      "modal-share-car": 19,
      "modal-share-other": 12,
    },
  ],
  [
    31148,
    "mobility",
    2022,
    {
      population: 882_633,
      "public-transport-km": 260,
      "modal-share-walking": 21,
      "modal-share-cycling": 35,
      "modal-share-public-transport": 17,
      "modal-share-car": 25,
      "modal-share-other": 2,
    },
  ],
  [
    35858,
    "water",
    2022,
    {
      population: 4_772_846,
      "population-potable-water": 4_630_000,
      "water-supplied": 290_000_000,
      "water-billed": 220_000_000,
      "wastewater-total": 210_000_000,
      "wastewater-treated": 198_000_000,
      "domestic-water": 380_000_000,
      "total-water": 620_000_000,
    },
  ],
  [
    35858,
    "biodiversity",
    2022,
    {
      "city-area": 244_600,
      "natural-area": 68_000,
      "protected-area": 31_000,
      "lbsap-adopted": 1,
      "native-plant-species": 3_350,
      "native-bird-species": 364,
    },
  ],
  [
    31176,
    "resilience",
    2022,
    {
      population: 6_211_423,
      "population-high-risk": 720_000,
      "population-early-warning": 4_900_000,
      "risk-assessment-done": 1,
      "resilience-policy": 1,
      "adaptation-plan": 1,
      "adaptive-capacity": 3,
    },
  ],
  [1499, "resource-efficiency", 2021, { "energy-consumption": 950 }],
  [1499, "resource-efficiency", 2022, { "energy-consumption": 905 }],
  [1499, "resource-efficiency", 2023, { "energy-consumption": 880 }],
  [54520, "resource-efficiency", 2022, { "paper-consumption": 38 }],
  [54520, "resource-efficiency", 2023, { "paper-consumption": 37.5 }],
  [44185, "resource-efficiency", 2024, { "water-consumption": 470_000 }],
];

/** 10% programme commitments: [CDP account, resource indicator, base year, baseline]. */
const COMMITMENTS: ReadonlyArray<[number, string, number, number]> = [
  [1499, "energy-consumption", 2020, 1_000],
  [54520, "paper-consumption", 2021, 40],
  [44185, "water-consumption", 2023, 500_000],
];

/** TAP projects: [CDP account, fields]. */
const PROJECTS = [
  [
    31176,
    {
      title: "TransBrasil BRT feeder electrification",
      problem:
        "Diesel feeder buses on the TransBrasil corridor emit and pollute in dense northern neighbourhoods.",
      action: "Replace 120 feeder buses with battery-electric buses and build two depot charging hubs.",
      expectedReduction: 21_000,
      peopleServed: 850_000,
      coBenefits: ["air quality", "noise", "jobs"],
      stage: "ready-for-finance",
      cost: 95_000_000,
      financeSought: 60_000_000,
      currency: "USD",
      sectors: ["transportation"],
      agendas: ["ecomobile", "low-carbon"],
    },
  ],
  [
    36032,
    {
      title: "Solar street lighting for peri-urban Dakar",
      problem: "Unlit streets and costly grid lighting in fast-growing districts.",
      action: "Install 6,000 solar LED street lights with remote monitoring.",
      expectedReduction: 3_200,
      peopleServed: 400_000,
      coBenefits: ["safety", "energy access"],
      stage: "feasibility",
      cost: 9_000_000,
      financeSought: 7_500_000,
      currency: "EUR",
      sectors: ["stationary-energy"],
      agendas: ["low-carbon", "happy-healthy-inclusive"],
    },
  ],
  [
    54348,
    {
      title: "Barangay organic waste composting network",
      problem: "Organic waste fills the landfill and emits methane.",
      action: "Forty composting facilities with separate collection in every barangay.",
      expectedReduction: 48_000,
      peopleServed: 2_900_000,
      coBenefits: ["jobs", "urban agriculture"],
      stage: "concept",
      cost: 12_000_000,
      financeSought: 10_000_000,
      currency: "USD",
      sectors: ["waste"],
      agendas: ["resource-efficient", "low-carbon"],
    },
  ],
] as const;

/** Gateway providers with their solutions; the last stays submitted for the review queue. */
const PROVIDERS = [
  {
    name: "Climate-KIC Mobility Lab",
    kind: "research",
    country: "NL",
    approve: true,
    solutions: [
      {
        title: "E-bus fleet transition planning",
        description:
          "Route-by-route electrification plans with depot charging design and total cost of ownership.",
        agendas: ["ecomobile", "low-carbon"],
        sectors: ["transportation"],
        problems: ["diesel-bus-fleet"],
      },
    ],
  },
  {
    name: "Cooler Cities Ltd",
    kind: "business",
    country: "ZA",
    approve: true,
    solutions: [
      {
        title: "Cool roofs and reflective pavements",
        description: "Reflective coatings that cut surface temperatures and cooling energy.",
        agendas: ["resilient", "low-carbon"],
        sectors: ["stationary-energy"],
        hazards: ["extreme-heat"],
        problems: ["urban-heat-island"],
      },
      {
        title: "Sponge-city retention parks",
        description: "Parks that store storm water and reduce flooding.",
        agendas: ["resilient", "biodiverse"],
        sectors: [],
        hazards: ["flood", "extreme-precipitation"],
        problems: ["urban-flooding"],
      },
    ],
  },
  {
    name: "Circular Waste Partners",
    kind: "ngo",
    country: "PH",
    approve: false,
    solutions: [
      {
        title: "Community composting kits",
        description: "Kits and training for neighbourhood composting.",
        agendas: ["resource-efficient"],
        sectors: ["waste"],
        problems: ["organic-waste"],
      },
    ],
  },
] as const;

/** Seeds the theme demonstration records; returns how many were created. */
export async function seedThemes(tx: Db, services: Services): Promise<number> {
  let created = 0;
  const idOf = async (cdpAccount: number) => (await findJurisdictionByKey(tx, { cdpAccount }))?.id;
  const publishReport = async (id: string) => {
    await services.themeReports.transition(id, "submit", null, SYSTEM);
    await services.themeReports.transition(id, "publish", ILLUSTRATIVE, SYSTEM);
  };
  for (const [account, theme, year, values] of REPORTS) {
    const jurisdictionId = await idOf(account);
    if (!jurisdictionId) continue;
    const existing = await services.themeReports.list({ jurisdictionId, theme, year, limit: 1 }, SYSTEM);
    if (existing.items.length > 0) continue;
    const row = await services.themeReports.create(
      { jurisdictionId, theme, year, values, notes: ILLUSTRATIVE },
      SYSTEM,
    );
    await publishReport(row.id);
    created += 1;
  }
  for (const [account, indicator, baseYear, baseValue] of COMMITMENTS) {
    const jurisdictionId = await idOf(account);
    if (!jurisdictionId) continue;
    const existing = await services.targets.list(
      { jurisdictionId, theme: "resource-efficiency", limit: 50 },
      SYSTEM,
    );
    if (existing.items.some((t) => t.indicator === indicator && t.baseYear === baseYear)) continue;
    const row = await services.targets.create(
      {
        jurisdictionId,
        theme: "resource-efficiency",
        indicator,
        type: "efficiency-10",
        scope: "government",
        baseYear,
        baseValue,
        targetYear: baseYear + 3,
        reductionPercent: 10,
        description: `10% efficiency-gain programme. ${ILLUSTRATIVE}`,
      },
      SYSTEM,
    );
    await services.targets.transition(row.id, "submit", null, SYSTEM);
    await services.targets.transition(row.id, "publish", null, SYSTEM);
    created += 1;
  }
  for (const [account, fields] of PROJECTS) {
    const jurisdictionId = await idOf(account);
    if (!jurisdictionId) continue;
    const existing = await services.tapProjects.list({ jurisdictionId, q: fields.title, limit: 1 }, SYSTEM);
    if (existing.items.length > 0) continue;
    const row = await services.tapProjects.create(
      {
        ...fields,
        jurisdictionId,
        coBenefits: [...fields.coBenefits],
        sectors: [...fields.sectors],
        agendas: [...fields.agendas],
      },
      SYSTEM,
    );
    await services.tapProjects.transition(row.id, "submit", null, SYSTEM);
    await services.tapProjects.transition(row.id, "publish", ILLUSTRATIVE, SYSTEM);
    created += 1;
  }
  const known = new Set((await listProviders(tx)).map((p) => p.name));
  for (const { approve, solutions, ...provider } of PROVIDERS) {
    if (known.has(provider.name)) continue;
    const row = await services.gateway.propose(
      {
        ...provider,
        description: ILLUSTRATIVE,
        solutions: solutions.map((s) => ({
          ...s,
          agendas: [...s.agendas],
          sectors: [...s.sectors],
          hazards: "hazards" in s ? [...s.hazards] : [],
          problems: [...s.problems],
        })),
      },
      SYSTEM,
    );
    if (approve) await services.gateway.decide(row.id, "approved", "demonstration provider", SYSTEM);
    created += 1;
  }
  return created;
}
