/**
 * The Solutions Gateway: anyone signed in proposes a provider (business, research institute, city, NGO) with its
 * solutions; a reviewer approves or rejects it, and only approved providers' solutions are listed; members find
 * solutions matched to their actions, hazards and emission gaps (core/gateway/match.ts).
 */

import { MATCH_RULE, matchSolutions } from "../../core/gateway/match.ts";
import { isAgenda } from "../../core/members/agendas.ts";
import type { Db } from "../../db/database.ts";
import { appendAuditEvent } from "../../db/repositories/audit.repository.ts";
import {
  decideProvider,
  deleteSolutionsOf,
  findProvider,
  insertProvider,
  insertSolution,
  listProviders,
  listSolutions,
  type ProviderRow,
  readMemberFacts,
  replaceProvider,
  type SolutionFilter,
} from "../../db/repositories/gateway.repository.ts";
import { findJurisdiction } from "../../db/repositories/jurisdiction.repository.ts";
import { authorize, can, isOwnerOrAdmin } from "../../policies/policy.ts";
import {
  DomainError,
  type FieldProblem,
  invalidTransition,
  notFound,
  validationFailed,
  versionConflict,
} from "../errors.ts";
import { type Actor, foundOrThrow, requireVersion } from "../service-helpers.ts";

/** Kinds of provider. */
export const PROVIDER_KINDS = ["business", "research", "city", "ngo"] as const;

/** A solution as proposed. */
export interface SolutionInput {
  title: string;
  description: string;
  agendas?: string[] | undefined;
  sectors?: string[] | undefined;
  hazards?: string[] | undefined;
  problems?: string[] | undefined;
}

/** A provider as proposed, with its solutions. */
export interface ProviderInput {
  name: string;
  kind: string;
  country?: string | null | undefined;
  website?: string | null | undefined;
  description?: string | null | undefined;
  solutions: SolutionInput[];
}

/** Gateway use cases over one database. */
export class GatewayService {
  constructor(private readonly db: Db) {}

  /** Proposes a provider and its solutions; they appear once a reviewer approves the provider. */
  propose(input: ProviderInput, actor: Actor) {
    authorize(actor, "gateway.propose");
    checkAgendas(input);
    return this.db.transaction(async (tx) => {
      const provider = await insertProvider(tx, providerValues(input), actor.id);
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "solution_provider",
        entityId: provider.id,
        action: "create",
        state: provider,
      });
      await this.writeSolutions(tx, provider.id, input.solutions, actor);
      return provider;
    });
  }

  /**
   * Replaces a provider and its solutions (its proposer, or an admin), at `expectedVersion` (If-Match); the
   * provider goes back to review, so an approved one leaves the catalogue until a reviewer approves it again.
   */
  update(id: string, expectedVersion: number | undefined, input: ProviderInput, actor: Actor) {
    authorize(actor, "gateway.propose");
    const version = requireVersion(expectedVersion);
    checkAgendas(input);
    return this.db.transaction(async (tx) => {
      const current = foundOrThrow(await findProvider(tx, id), "solution provider", id);
      if (!isOwnerOrAdmin(actor, current.createdBy))
        throw new DomainError("forbidden", "only the provider's proposer (or an admin) edits it");
      const row = await replaceProvider(tx, id, version, providerValues(input), actor.id);
      if (!row) throw versionConflict(version, current.version);
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "solution_provider",
        entityId: id,
        action: "update",
        state: row,
      });
      for (const old of await deleteSolutionsOf(tx, id))
        await appendAuditEvent(tx, {
          actor: actor.id,
          entity: "solution",
          entityId: old.id,
          action: "delete",
          state: null,
        });
      await this.writeSolutions(tx, id, input.solutions, actor);
      return row;
    });
  }

  /**
   * One provider with its solutions: approved ones for everyone; submitted and rejected ones for reviewers and
   * their proposer (to anyone else they do not exist).
   */
  async get(id: string, actor: Actor) {
    const provider = await findProvider(this.db, id);
    if (!provider || !this.mayRead(provider, actor)) throw notFound("solution provider", id);
    const rows = await listSolutions(this.db, { providerId: id, approvedOnly: false });
    return { provider, solutions: rows.map((r) => r.solution) };
  }

  private mayRead(provider: ProviderRow, actor: Actor): boolean {
    return (
      provider.reviewStatus === "approved" ||
      can(actor, "gateway.review") ||
      (actor.kind !== "anonymous" && provider.createdBy === actor.id)
    );
  }

  private async writeSolutions(tx: Db, providerId: string, list: readonly SolutionInput[], actor: Actor) {
    for (const s of list) {
      const row = await insertSolution(
        tx,
        {
          providerId,
          title: s.title,
          description: s.description,
          agendas: s.agendas ?? [],
          sectors: s.sectors ?? [],
          hazards: s.hazards ?? [],
          problems: s.problems ?? [],
        },
        actor.id,
      );
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "solution",
        entityId: row.id,
        action: "create",
        state: row,
      });
    }
  }

  /** Approves or rejects a submitted provider (reviewers), with a comment; a rejection must give its reason. */
  decide(id: string, decision: "approved" | "rejected", comment: string | null, actor: Actor) {
    authorize(actor, "gateway.review");
    return this.db.transaction(async (tx) => {
      const current = foundOrThrow(await findProvider(tx, id), "solution provider", id);
      if (current.reviewStatus !== "submitted")
        throw invalidTransition(
          `provider ${id} is ${current.reviewStatus}; only submitted providers are decided`,
        );
      const reason = comment?.trim() || null;
      if (decision === "rejected" && reason === null)
        throw validationFailed([
          { path: "comment", message: "a rejection must say why (the proposer reads it)" },
        ]);
      const row = await decideProvider(tx, id, decision, reason, actor.id);
      if (!row) throw invalidTransition(`provider ${id} changed while it was decided`);
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "solution_provider",
        entityId: id,
        action: decision === "approved" ? "approve" : "reject",
        state: row,
      });
      return row;
    });
  }

  /**
   * Providers: the public and members see approved ones; reviewers every one (or one status); with `mine`, the
   * signed-in user's own proposals in every status.
   */
  providers(reviewStatus: string | undefined, actor: Actor, mine = false) {
    if (mine) {
      authorize(actor, "gateway.propose");
      return listProviders(this.db, { reviewStatus, createdBy: actor.id });
    }
    const reviewer = can(actor, "gateway.review");
    if (!reviewer && reviewStatus !== undefined && reviewStatus !== "approved")
      authorize(actor, "gateway.review");
    return listProviders(this.db, { reviewStatus: reviewer ? reviewStatus : "approved" });
  }

  /** Solutions of approved providers, filtered by agenda, sector, hazard, problem or title. */
  solutions(filter: Omit<SolutionFilter, "approvedOnly">) {
    return listSolutions(this.db, { ...filter, approvedOnly: true });
  }

  /** Approved solutions matched to a jurisdiction's published actions, assessed hazards and emission gaps. */
  async matches(jurisdictionId: string) {
    const jurisdiction = await findJurisdiction(this.db, jurisdictionId);
    if (!jurisdiction) throw notFound("jurisdiction", jurisdictionId);
    const { actionSectors, profile } = await readMemberFacts(this.db, jurisdictionId);
    const latest = profile?.sectorYears[profile.sectorYears.length - 1];
    const facts = {
      actionSectors,
      hazards: profile?.hazards ?? [],
      sectorShares: latest ? shares(latest.bySector) : null,
    };
    const catalogue = await this.solutions({});
    const matched = matchSolutions(
      facts,
      catalogue.map((c) => ({ ...c.solution, provider: c.provider })),
    );
    return { jurisdictionId, rule: MATCH_RULE, facts, matches: matched };
  }
}

/** Refuses an agenda that is not one of the ten, naming its place. */
function checkAgendas(input: ProviderInput): void {
  const problems: FieldProblem[] = [];
  for (const [i, s] of input.solutions.entries())
    for (const [j, a] of (s.agendas ?? []).entries())
      if (!isAgenda(a))
        problems.push({
          path: `solutions.${i}.agendas.${j}`,
          message: `${a} is not one of the ten urban agendas`,
        });
  if (problems.length > 0) throw validationFailed(problems);
}

/** The provider's own fields. */
function providerValues(input: ProviderInput) {
  return {
    name: input.name,
    kind: input.kind,
    country: input.country ?? null,
    website: input.website ?? null,
    description: input.description ?? null,
  };
}

function shares(bySector: Readonly<Record<string, number>>): Record<string, number> | null {
  const positive = Object.entries(bySector).filter(([, v]) => Number.isFinite(v) && v > 0);
  const total = positive.reduce((s, [, v]) => s + v, 0);
  return total > 0 ? Object.fromEntries(positive.map(([k, v]) => [k, v / total])) : null;
}
