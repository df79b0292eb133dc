/**
 * The set of themes the registry knows: declarations checked once (slugs, unique field ids, formulas and checks
 * that name declared fields, no formula cycles, known agendas), then looked up by id.
 */
import { isAgenda } from "../members/agendas.ts";
import { formulaFields } from "./formula.ts";
import type { ThemeDefinition } from "./types.ts";

const SLUG = /^[a-z0-9][a-z0-9-]{0,59}$/;

/** A theme declaration that breaks the rules; `problems` names each. */
export class ThemeDefinitionError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid theme declarations: ${problems.join("; ")}`);
    this.name = "ThemeDefinitionError";
  }
}

/** The problems of one theme's declaration (empty when it is sound). */
export function themeProblems(theme: ThemeDefinition): string[] {
  const p: string[] = [];
  const at = (what: string) => `${theme.id}: ${what}`;
  if (!SLUG.test(theme.id)) p.push(at("the theme id must be a lowercase slug"));
  if (theme.id === "climate") p.push(at("climate is the GPC inventory's theme, not a declared one"));
  const ids = new Set<string>();
  for (const f of [...theme.inputs, ...theme.indicators]) {
    if (!SLUG.test(f.id)) p.push(at(`field id "${f.id}" must be a lowercase slug`));
    if (ids.has(f.id)) p.push(at(`field id "${f.id}" is declared twice`));
    ids.add(f.id);
  }
  if (theme.indicators.length === 0) p.push(at("declares no indicator"));
  for (const i of theme.indicators) {
    if (i.formula === undefined) continue;
    for (const f of formulaFields(i.formula))
      if (!ids.has(f)) p.push(at(`indicator ${i.id}'s formula reads undeclared field "${f}"`));
  }
  const cycle = formulaCycle(theme);
  if (cycle) p.push(at(`formulas depend on each other in a cycle: ${cycle.join(" → ")}`));
  for (const c of theme.checks) {
    const named = "fields" in c ? c.fields : c.kind === "at-most" ? [c.field, c.than] : [c.field];
    for (const f of named) if (!ids.has(f)) p.push(at(`check ${c.id} names undeclared field "${f}"`));
  }
  for (const a of theme.agendas) if (!isAgenda(a)) p.push(at(`unknown agenda "${a}"`));
  for (const t of theme.targetTypes) if (!SLUG.test(t.id)) p.push(at(`target type "${t.id}" must be a slug`));
  for (const a of theme.actionCategories)
    if (!SLUG.test(a.id)) p.push(at(`action category "${a.id}" must be a slug`));
  return p;
}

function formulaCycle(theme: ThemeDefinition): string[] | undefined {
  const deps = new Map<string, string[]>();
  for (const i of theme.indicators) if (i.formula !== undefined) deps.set(i.id, formulaFields(i.formula));
  const state = new Map<string, "open" | "done">();
  const visit = (id: string, path: string[]): string[] | undefined => {
    if (state.get(id) === "done") return undefined;
    if (state.get(id) === "open") return [...path.slice(path.indexOf(id)), id];
    state.set(id, "open");
    for (const d of deps.get(id) ?? []) {
      const found = visit(d, [...path, id]);
      if (found) return found;
    }
    state.set(id, "done");
    return undefined;
  };
  for (const id of deps.keys()) {
    const found = visit(id, []);
    if (found) return found;
  }
  return undefined;
}

/** Declared themes by id; built once, read everywhere (services, analytics, the API). */
export class ThemeRegistry {
  private readonly byId: ReadonlyMap<string, ThemeDefinition>;

  /** Checks every declaration; throws ThemeDefinitionError naming every problem. */
  constructor(themes: readonly ThemeDefinition[]) {
    const problems = themes.flatMap(themeProblems);
    const seen = new Set<string>();
    for (const t of themes) {
      if (seen.has(t.id)) problems.push(`${t.id}: the theme is declared twice`);
      seen.add(t.id);
    }
    if (problems.length > 0) throw new ThemeDefinitionError(problems);
    this.byId = new Map(themes.map((t) => [t.id, t]));
  }

  /** Every theme, in declaration order. */
  list(): ThemeDefinition[] {
    return [...this.byId.values()];
  }

  /** One theme, or undefined. */
  get(id: string): ThemeDefinition | undefined {
    return this.byId.get(id);
  }

  /** A registry with `theme` added (or replacing the one with its id). */
  with(theme: ThemeDefinition): ThemeRegistry {
    return new ThemeRegistry([...this.list().filter((t) => t.id !== theme.id), theme]);
  }
}
