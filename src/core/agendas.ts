/** The network's ten urban agendas (ICLEI Strategic Plan), as LocalLedger's identifiers; tags are plain strings. */
export const AGENDAS = [
  "sustainable-city",
  "low-carbon",
  "resource-efficient",
  "resilient",
  "biodiverse",
  "smart",
  "ecomobile",
  "happy-healthy-inclusive",
  "sustainable-economy",
  "city-region",
] as const;

/** One urban agenda. */
export type Agenda = (typeof AGENDAS)[number];

/** Whether `tag` is one of the ten agendas. */
export function isAgenda(tag: string): tag is Agenda {
  return (AGENDAS as readonly string[]).includes(tag);
}
