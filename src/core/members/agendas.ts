/**
 * The network's ten urban agendas (ICLEI Strategic Plan 2015–2021, "Seoul Plan"), as data: members and
 * programmes are tagged with their ids, matching compares them, and the web names them in every language.
 */

/** One urban agenda: its number in the plan, a stable id and its English name. */
export interface UrbanAgenda {
  readonly number: number;
  readonly id: string;
  readonly name: string;
}

/** The ten agendas in the plan's order. */
export const URBAN_AGENDAS = [
  { number: 1, id: "sustainable-city", name: "Sustainable City" },
  { number: 2, id: "low-carbon", name: "Low-carbon City" },
  { number: 3, id: "resource-efficient", name: "Resource-efficient & Productive City" },
  { number: 4, id: "resilient", name: "Resilient City" },
  { number: 5, id: "biodiverse", name: "BiodiverCity" },
  { number: 6, id: "smart", name: "Smart City" },
  { number: 7, id: "ecomobile", name: "EcoMobile City" },
  { number: 8, id: "happy-healthy-inclusive", name: "Happy, Healthy & Inclusive Communities" },
  { number: 9, id: "sustainable-economy", name: "Sustainable Local Economy & Procurement" },
  { number: 10, id: "city-region", name: "City-Region Cooperation" },
] as const satisfies readonly UrbanAgenda[];

/** An agenda id. */
export type AgendaId = (typeof URBAN_AGENDAS)[number]["id"];

/** The agenda ids, in order. */
export const AGENDA_IDS = URBAN_AGENDAS.map((a) => a.id) as [AgendaId, ...AgendaId[]];

/** Whether `id` names one of the ten agendas. */
export function isAgenda(id: string): id is AgendaId {
  return (AGENDA_IDS as readonly string[]).includes(id);
}
