/**
 * The demonstration network's offices and programmes, and the written rules that make its members. The
 * offices and programme names are the real ones of the network's strategic plan (`../shared/seeds`, Strategic
 * Plan 2015–2021, "ICLEI Offices (April 2015)" and the agenda chapters). Who is a member, at which level, in
 * which programme or WorkNet is NOT real membership data: it follows the rules below from the demonstration
 * network's public data, so that the membership pages and KPIs have something true to their data to show.
 */
import type { AgendaId } from "../../core/members/agendas.ts";
import type { MembershipLevel } from "../../core/members/fee-rule.ts";

/** An office: its kind, place, the regions it serves in words and the countries it serves. */
export interface DemoOffice {
  key: string;
  name: string;
  kind: string;
  city: string;
  country: string;
  regions: string[];
  countries: string[];
}

/** The offices of April 2015 (Strategic Plan 2015–2021). */
export const DEMO_OFFICES: DemoOffice[] = [
  {
    key: "world-secretariat",
    name: "ICLEI World Secretariat",
    kind: "world-secretariat",
    city: "Bonn",
    country: "DE",
    regions: ["World"],
    countries: [],
  },
  {
    key: "africa",
    name: "ICLEI Africa Secretariat",
    kind: "regional-secretariat",
    city: "Cape Town",
    country: "ZA",
    regions: ["Africa"],
    countries: ["ZA", "ET", "NG", "SN", "UG"],
  },
  {
    key: "east-asia",
    name: "ICLEI East Asia Secretariat",
    kind: "regional-secretariat",
    city: "Seoul",
    country: "KR",
    regions: ["East Asia"],
    countries: ["HK", "CN", "MN"],
  },
  {
    key: "europe",
    name: "ICLEI European Secretariat",
    kind: "regional-secretariat",
    city: "Freiburg",
    country: "DE",
    regions: ["Europe"],
    countries: ["BE", "CH", "DE", "ES", "FR", "GB", "IS", "IT", "NL", "TR"],
  },
  {
    key: "south-america",
    name: "ICLEI South America Secretariat",
    kind: "regional-secretariat",
    city: "São Paulo",
    country: "BR",
    regions: ["South America"],
    countries: ["AR", "BR", "CO", "EC", "PE"],
  },
  {
    key: "mexico-central-america",
    name: "ICLEI Mexico, Central America & Caribbean Secretariat",
    kind: "regional-secretariat",
    city: "Mexico City",
    country: "MX",
    regions: ["Mexico, Central America & Caribbean"],
    countries: ["MX", "HN"],
  },
  {
    key: "oceania",
    name: "ICLEI Oceania Secretariat",
    kind: "regional-secretariat",
    city: "Melbourne",
    country: "AU",
    regions: ["Oceania"],
    countries: ["AU", "NZ"],
  },
  {
    key: "south-asia",
    name: "ICLEI South Asia Secretariat",
    kind: "regional-secretariat",
    city: "Delhi",
    country: "IN",
    regions: ["South Asia"],
    countries: ["IN", "BD"],
  },
  {
    key: "southeast-asia",
    name: "ICLEI Southeast Asia Secretariat",
    kind: "regional-secretariat",
    city: "Manila",
    country: "PH",
    regions: ["Southeast Asia"],
    countries: ["PH", "MY", "TH"],
  },
  {
    key: "canada",
    name: "ICLEI Canada",
    kind: "country-office",
    city: "Toronto",
    country: "CA",
    regions: [],
    countries: ["CA"],
  },
  {
    key: "indonesia",
    name: "ICLEI Indonesia",
    kind: "country-office",
    city: "Jakarta",
    country: "ID",
    regions: [],
    countries: ["ID"],
  },
  {
    key: "japan",
    name: "ICLEI Japan",
    kind: "country-office",
    city: "Tokyo",
    country: "JP",
    regions: [],
    countries: ["JP"],
  },
  {
    key: "korea",
    name: "ICLEI Korea",
    kind: "country-office",
    city: "Suwon",
    country: "KR",
    regions: [],
    countries: ["KR"],
  },
  {
    key: "usa",
    name: "ICLEI USA",
    kind: "country-office",
    city: "Oakland",
    country: "US",
    regions: [],
    countries: ["US"],
  },
  {
    key: "kaohsiung",
    name: "ICLEI Kaohsiung Capacity Center",
    kind: "thematic-centre",
    city: "Kaohsiung",
    country: "TW",
    regions: [],
    countries: ["TW"],
  },
  {
    key: "brussels",
    name: "ICLEI EU Liaison Office",
    kind: "liaison-office",
    city: "Brussels",
    country: "BE",
    regions: ["European Union"],
    countries: [],
  },
  {
    key: "hyderabad",
    name: "ICLEI Southern Center",
    kind: "project-office",
    city: "Hyderabad",
    country: "IN",
    regions: [],
    countries: [],
  },
];

/** The office serving a country: its country office, else its regional secretariat, else the World Secretariat. */
export function servingOffice(country: string): string {
  const byKind = (kind: string) => DEMO_OFFICES.find((o) => o.kind === kind && o.countries.includes(country));
  return (
    (byKind("country-office") ?? byKind("thematic-centre") ?? byKind("regional-secretariat"))?.key ??
    "world-secretariat"
  );
}

/** A programme, network or project named in the plan. */
export interface DemoProgramme {
  key: string;
  name: string;
  kind: "programme" | "network" | "project";
  agendas: AgendaId[];
  description: string;
  /** The key of the office that leads it, where the plan says which. */
  leadOffice?: string;
}

/** Programmes and networks of the plan; participants follow `programmeRule`. */
export const DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    key: "greenclimatecities",
    name: "GreenClimateCities",
    kind: "programme",
    agendas: ["low-carbon"],
    description: "Low-emission development planning in three phases: analyse, act, accelerate.",
    leadOffice: "world-secretariat",
  },
  {
    key: "100-renewables",
    name: "100% Renewable Energy Cities network",
    kind: "network",
    agendas: ["low-carbon"],
    description: "Cities and regions committed to 100% renewable energy.",
  },
  {
    key: "ecomobility-alliance",
    name: "EcoMobility Alliance",
    kind: "network",
    agendas: ["ecomobile"],
    description: "Cities leading on walking, cycling, public transport and shared mobility.",
    leadOffice: "world-secretariat",
  },
  {
    key: "procura-plus",
    name: "Procura+",
    kind: "network",
    agendas: ["sustainable-economy"],
    description: "European network of public authorities for sustainable procurement.",
    leadOffice: "europe",
  },
  {
    key: "lab",
    name: "Local Action for Biodiversity (LAB)",
    kind: "programme",
    agendas: ["biodiverse"],
    description: "Urban biodiversity planning and action.",
    leadOffice: "africa",
  },
  {
    key: "cityfood",
    name: "CityFood",
    kind: "network",
    agendas: ["city-region", "happy-healthy-inclusive"],
    description: "Local action and cooperation on urban food and agriculture.",
  },
  {
    key: "wmccc",
    name: "World Mayors Council on Climate Change",
    kind: "network",
    agendas: ["low-carbon", "resilient"],
    description: "Mayors and local leaders advocating on climate matters.",
  },
];

/** What the membership rules read about a demo jurisdiction. */
export interface DemoMemberFacts {
  tags: readonly string[];
  targetSectors: readonly string[];
  population: number | null;
}

/** The written rules of the demonstration membership (quoted in src/db/seed/README.md). */
export const DEMO_MEMBER_RULES = {
  /** Every demo jurisdiction is an active global member; advanced when it has a published GPC inventory. */
  level: (j: DemoMemberFacts): MembershipLevel => (j.tags.includes("gpc-inventory") ? "advanced" : "basic"),
  /** Agendas from its targets: low-carbon for any target; ecomobile for transport; resource-efficient for waste. */
  agendas: (j: DemoMemberFacts): AgendaId[] => [
    ...(j.targetSectors.length > 0 ? (["low-carbon"] as const) : []),
    ...(j.targetSectors.includes("transportation") ? (["ecomobile"] as const) : []),
    ...(j.targetSectors.includes("waste") ? (["resource-efficient"] as const) : []),
  ],
  /** Programmes: GreenClimateCities for a published GPC inventory; EcoMobility Alliance for a transport target. */
  programmes: (j: DemoMemberFacts): string[] => [
    ...(j.tags.includes("gpc-inventory") ? ["greenclimatecities"] : []),
    ...(j.targetSectors.includes("transportation") ? ["ecomobility-alliance"] : []),
  ],
  /** The date every demo membership starts (the CDP 2021 reporting year the data comes from). */
  joinedOn: "2021-01-01",
  /** Every member with a fee has a 2025 invoice, due. */
  invoiceYear: 2025,
} as const;

/** WorkNets of the demonstration, each with the rule that picks its members. */
export const DEMO_WORKNETS: Array<{
  name: string;
  challenge: string;
  agendas: AgendaId[];
  member: (j: DemoMemberFacts) => boolean;
}> = [
  {
    name: "Megacities low-carbon pathways",
    challenge:
      "Cutting emissions where 5 million people or more live: energy, buildings and transport at scale.",
    agendas: ["low-carbon", "sustainable-city"],
    member: (j) => (j.population ?? 0) >= 5_000_000,
  },
  {
    name: "Waste-sector targets",
    challenge:
      "Members with waste-sector targets comparing collection, landfill methane and circular approaches.",
    agendas: ["resource-efficient"],
    member: (j) => j.targetSectors.includes("waste"),
  },
];

/** The demo office user: staff of the South America Secretariat (which serves Rio de Janeiro). */
export const DEMO_OFFICE_USER = {
  email: "office@demo.localledger.org",
  name: "Demo Office (South America Secretariat)",
  office: "south-america",
};
