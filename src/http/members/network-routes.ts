/**
 * Routes of the network: offices (and an office's members, for its staff), the ten urban agendas, the fee
 * rule, programmes with participants, WorkNets, and the membership figures (engagement KPIs, mentoring pairs).
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { URBAN_AGENDAS } from "../../core/members/agendas.ts";
import { FEE_RULE } from "../../core/members/fee-rule.ts";
import { COUNTRY_INCOME_GROUPS } from "../../core/members/income-groups.ts";
import type { Services } from "../../services/services.ts";
import { principalOf } from "../common/auth-context.ts";
import { json, valid } from "../common/route-helpers.ts";
import { newRouter } from "../common/router.ts";
import { AUTH_ERRORS, IdParam, READ_ERRORS, WRITE_ERRORS } from "../common/schema.ts";
import { presentPrivate, presentProgramme, presentWorknet } from "./presenter.ts";
import {
  AgendaView,
  EngagementView,
  FeeRuleView,
  JoinInput,
  LimitQuery,
  MemberParams,
  MembershipPrivate,
  MentoringView,
  Office,
  ParticipantInput,
  Programme,
  Worknet,
  WorknetInput,
} from "./schema.ts";

const body = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { "application/json": { schema } },
});

const FEE_RULE_TEXT =
  "annual fee = base fee of the population class × income-group factor × level factor × scope factor, " +
  "rounded half up to a multiple of roundTo; population is the jurisdiction's latest population, income group " +
  "its country's World Bank group";

/** The network routes over `services`, mounted at /api/v1. */
export function networkRoutes(services: Services): OpenAPIHono {
  const app = newRouter();
  const p = services.programmes;

  app.openapi(
    createRoute({
      method: "get",
      path: "/offices",
      tags: ["network"],
      summary: "The network's offices: secretariats, country offices, centres, and the regions they serve",
      operationId: "list-offices",
      responses: { 200: json(z.object({ items: Office.array() }), "every office") },
    }),
    async (c) => c.json({ items: await services.memberships.offices() }, 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/offices/{id}/members",
      tags: ["network"],
      summary: "The memberships an office serves, with contacts and invoices (its staff and admins)",
      operationId: "office-members",
      request: { params: IdParam },
      responses: {
        200: json(z.object({ items: MembershipPrivate.array() }), "the office's members"),
        ...AUTH_ERRORS,
        ...READ_ERRORS,
      },
    }),
    async (c) => {
      const { id } = valid<z.output<typeof IdParam>>(c, "param");
      const rows = await services.memberships.officeMembers(id, principalOf(c));
      return c.json({ items: rows.map(presentPrivate) }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/agendas",
      tags: ["network"],
      summary: "The ten urban agendas",
      operationId: "list-agendas",
      responses: { 200: json(z.object({ items: AgendaView.array() }), "the agendas in the plan's order") },
    }),
    (c) => c.json({ items: [...URBAN_AGENDAS] }, 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/fee-rule",
      tags: ["network"],
      summary: "The published membership fee rule and the country income groups it uses",
      operationId: "fee-rule",
      responses: { 200: json(FeeRuleView, "the rule in force") },
    }),
    (c) => c.json({ ...FEE_RULE, incomeGroups: { ...COUNTRY_INCOME_GROUPS }, rule: FEE_RULE_TEXT }, 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/programmes",
      tags: ["network"],
      summary: "Programmes, networks and projects, with their agendas and participants",
      operationId: "list-programmes",
      responses: { 200: json(z.object({ items: Programme.array() }), "every programme") },
    }),
    async (c) => c.json({ items: (await p.list()).map(presentProgramme) }, 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/programmes/{id}",
      tags: ["network"],
      summary: "A programme with its participants",
      operationId: "get-programme",
      request: { params: IdParam },
      responses: { 200: json(Programme, "the programme"), ...READ_ERRORS },
    }),
    async (c) => c.json(presentProgramme(await p.get(valid<z.output<typeof IdParam>>(c, "param").id)), 200),
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/programmes/{id}/participants/{jurisdictionId}",
      tags: ["network"],
      summary: "Add a participant or change its role (admins)",
      operationId: "set-programme-participant",
      request: { params: MemberParams, body: body(ParticipantInput) },
      responses: { 200: json(Programme, "the programme"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id, jurisdictionId } = valid<z.output<typeof MemberParams>>(c, "param");
      const input = valid<z.output<typeof ParticipantInput>>(c, "json");
      return c.json(
        presentProgramme(await p.setParticipant(id, { ...input, jurisdictionId }, principalOf(c))),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: "delete",
      path: "/programmes/{id}/participants/{jurisdictionId}",
      tags: ["network"],
      summary: "Remove a participant (admins)",
      operationId: "remove-programme-participant",
      request: { params: MemberParams },
      responses: { 200: json(Programme, "the programme"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id, jurisdictionId } = valid<z.output<typeof MemberParams>>(c, "param");
      return c.json(presentProgramme(await p.removeParticipant(id, jurisdictionId, principalOf(c))), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/worknets",
      tags: ["network"],
      summary: "WorkNets: groups of members with a shared challenge",
      operationId: "list-worknets",
      responses: { 200: json(z.object({ items: Worknet.array() }), "every WorkNet") },
    }),
    async (c) => c.json({ items: (await p.worknets()).map(presentWorknet) }, 200),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/worknets",
      tags: ["network"],
      summary: "Create a WorkNet (members, office staff, admins); the founding member joins it",
      operationId: "create-worknet",
      request: { body: body(WorknetInput) },
      responses: { 201: json(Worknet, "the WorkNet"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const net = await p.createWorknet(valid<z.output<typeof WorknetInput>>(c, "json"), principalOf(c));
      return c.json(presentWorknet(net), 201);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/worknets/{id}/members",
      tags: ["network"],
      summary: "Join a WorkNet as a member (the member's reporter or approver, or an admin)",
      operationId: "join-worknet",
      request: { params: IdParam, body: body(JoinInput) },
      responses: { 200: json(Worknet, "the WorkNet"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id } = valid<z.output<typeof IdParam>>(c, "param");
      const { jurisdictionId } = valid<z.output<typeof JoinInput>>(c, "json");
      return c.json(presentWorknet(await p.join(id, jurisdictionId, principalOf(c))), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "delete",
      path: "/worknets/{id}/members/{jurisdictionId}",
      tags: ["network"],
      summary: "Leave a WorkNet",
      operationId: "leave-worknet",
      request: { params: MemberParams },
      responses: { 200: json(Worknet, "the WorkNet"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id, jurisdictionId } = valid<z.output<typeof MemberParams>>(c, "param");
      return c.json(presentWorknet(await p.leave(id, jurisdictionId, principalOf(c))), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/analytics/engagement",
      tags: ["analytics"],
      summary:
        "Membership engagement KPIs: members in programmes (25 % goal), reporting, targets, risk assessments",
      operationId: "analytics-engagement",
      responses: { 200: json(EngagementView, "the KPIs over active members") },
    }),
    async (c) => {
      const k = await services.engagement.kpis();
      const view: z.input<typeof EngagementView> = {
        ...k,
        engagedByRegion: [...k.engagedByRegion],
        engagedByLevel: [...k.engagedByLevel],
        reportingByYear: [...k.reportingByYear],
      };
      return c.json(view, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/analytics/mentoring",
      tags: ["analytics"],
      summary: "Mentoring pairs: a top performer and a performance partner city, among active members",
      operationId: "analytics-mentoring",
      request: { query: LimitQuery },
      responses: { 200: json(MentoringView, "pairs, best mentor first"), 422: READ_ERRORS[422] },
    }),
    async (c) => {
      const { limit } = valid<z.output<typeof LimitQuery>>(c, "query");
      const { rule, pairs } = await services.engagement.mentoring(limit ?? 10);
      const view: z.input<typeof MentoringView> = {
        rule,
        pairs: pairs.map((p) => ({
          mentor: p.mentor,
          partner: { ...p.partner, matched: [...p.partner.matched] },
        })),
      };
      return c.json(view, 200);
    },
  );
  return app;
}
