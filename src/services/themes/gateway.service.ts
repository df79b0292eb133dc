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
  findProvider,
  insertProvider,
  insertSolution,
  listProviders,
  listSolutions,
  readMemberFacts,
  type SolutionFilter,
} from "../../db/repositories/gateway.repository.ts";
import { findJurisdiction } from "../../db/repositories/jurisdiction.repository.ts";
import { authorize, can } from "../../policies/policy.ts";
import { type FieldProblem, invalidTransition, notFound, validationFailed } from "../errors.ts";
import { type Actor, foundOrThrow } from "../service-helpers.ts";

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
    const problems: FieldProblem[] = [];
    for (const [i, s] of input.solutions.entries())
      for (const [j, a] of (s.agendas ?? []).entries())
        if (!isAgenda(a))
          problems.push({
            path: `solutions.${i}.agendas.${j}`,
            message: `${a} is not one of the ten urban agendas`,
          });
    if (problems.length > 0) throw validationFailed(problems);
    return this.db.transaction(async (tx) => {
      const provider = await insertProvider(
        tx,
        {
          name: input.name,
          kind: input.kind,
          country: input.country ?? null,
          website: input.website ?? null,
          description: input.description ?? null,
        },
        actor.id,
      );
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "solution_provider",
        entityId: provider.id,
        action: "create",
        state: provider,
      });
      for (const s of input.solutions) {
        const row = await insertSolution(
          tx,
          {
            providerId: provider.id,
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
      return provider;
    });
  }

  /** Approves or rejects a submitted provider (reviewers), with a comment. */
  decide(id: string, decision: "approved" | "rejected", comment: string | null, actor: Actor) {
    authorize(actor, "gateway.review");
    return this.db.transaction(async (tx) => {
      const current = foundOrThrow(await findProvider(tx, id), "solution provider", id);
      const row = await decideProvider(tx, id, decision, comment?.trim() || null, actor.id);
      if (!row)
        throw invalidTransition(
          `provider ${id} is ${current.reviewStatus}; only submitted providers are decided`,
        );
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

  /** Providers: the public and members see approved ones; reviewers every one (or one status). */
  providers(reviewStatus: string | undefined, actor: Actor) {
    const reviewer = can(actor, "gateway.review");
    if (!reviewer && reviewStatus !== undefined && reviewStatus !== "approved")
      authorize(actor, "gateway.review");
    return listProviders(this.db, reviewer ? reviewStatus : "approved");
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

function shares(bySector: Readonly<Record<string, number>>): Record<string, number> | null {
  const positive = Object.entries(bySector).filter(([, v]) => Number.isFinite(v) && v > 0);
  const total = positive.reduce((s, [, v]) => s + v, 0);
  return total > 0 ? Object.fromEntries(positive.map(([k, v]) => [k, v / total])) : null;
}
