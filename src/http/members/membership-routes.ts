/**
 * Routes of memberships: public facts and profiles (/memberships, /memberships/{id},
 * /jurisdictions/{id}/membership), the member's own contacts and profile, what offices and admins manage
 * (create, replace, invoices), the private part (contacts, invoices) and suggested peers.
 */
import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Services } from "../../services/services.ts";
import { principalOf } from "../common/auth-context.ts";
import { etagOf, versionFromIfMatch } from "../common/etag.ts";
import { json, valid } from "../common/route-helpers.ts";
import { newRouter } from "../common/router.ts";
import {
  AUTH_ERRORS,
  ETAG_HEADER,
  IdParam,
  IfMatchHeader,
  PAGE_OF,
  READ_ERRORS,
  WRITE_ERRORS,
} from "../common/schema.ts";
import { presentInvoice, presentMembership, presentPrivate, presentProfile } from "./presenter.ts";
import {
  ContactsInput,
  Invoice,
  InvoiceInput,
  InvoiceParams,
  LimitQuery,
  MatchesView,
  Membership,
  MembershipInput,
  MembershipPrivate,
  MembershipProfile,
  MembershipProfileInput,
  MembershipQuery,
  PaidInput,
} from "./schema.ts";

const tags = ["memberships"];
const body = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { "application/json": { schema } },
});
const today = () => new Date().toISOString().slice(0, 10);

/** Sets the membership's version as the answer's ETag. */
function etag(c: Context, row: { version: number }): void {
  c.header("ETag", etagOf(row.version));
}

/** The membership routes over `services`, mounted at /api/v1. */
export function membershipRoutes(services: Services): OpenAPIHono {
  const app = newRouter();
  const m = services.memberships;
  const withView = async (id: string) => (await m.get(id)).row;

  app.openapi(
    createRoute({
      method: "get",
      path: "/memberships",
      tags,
      summary: "List memberships (public facts: level, status, dates, office, fee tier; never contacts)",
      operationId: "list-memberships",
      request: { query: MembershipQuery },
      responses: { 200: json(PAGE_OF(Membership), "a page of memberships"), 422: READ_ERRORS[422] },
    }),
    async (c) => {
      const page = await m.list(valid<z.output<typeof MembershipQuery>>(c, "query"));
      return c.json({ items: page.items.map(presentMembership), nextCursor: page.nextCursor }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/memberships",
      tags,
      summary:
        "Create a membership (its office's staff or an admin); the fee is computed by the published rule",
      operationId: "create-membership",
      request: { body: body(MembershipInput) },
      responses: { 201: { ...json(Membership, "the membership"), headers: ETAG_HEADER }, ...WRITE_ERRORS },
    }),
    async (c) => {
      const row = await m.create(valid<z.output<typeof MembershipInput>>(c, "json"), principalOf(c));
      etag(c, row);
      return c.json(presentMembership(await withView(row.id)), 201);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/memberships/mine",
      tags,
      summary: "The memberships the caller maintains as a member (reporter or approver of the jurisdiction)",
      operationId: "my-memberships",
      responses: { 200: json(Membership.array(), "the caller's memberships"), ...AUTH_ERRORS },
    }),
    async (c) => c.json((await m.mine(principalOf(c))).map(presentMembership), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/memberships/{id}",
      tags,
      summary: "A membership's public profile: facts, office, agendas, programmes, WorkNets, showcase",
      operationId: "get-membership",
      request: { params: IdParam },
      responses: { 200: { ...json(MembershipProfile, "the profile"), headers: ETAG_HEADER }, ...READ_ERRORS },
    }),
    async (c) => {
      const profile = await m.get(valid<z.output<typeof IdParam>>(c, "param").id);
      etag(c, profile.row);
      return c.json(presentProfile(profile), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/memberships/{id}",
      tags,
      summary: "Replace a membership's facts (its office's staff or an admin; If-Match required)",
      operationId: "update-membership",
      request: { params: IdParam, headers: IfMatchHeader, body: body(MembershipInput) },
      responses: { 200: { ...json(Membership, "the membership"), headers: ETAG_HEADER }, ...WRITE_ERRORS },
    }),
    async (c) => {
      const version = versionFromIfMatch(valid<z.output<typeof IfMatchHeader>>(c, "header")["if-match"]);
      const { id } = valid<z.output<typeof IdParam>>(c, "param");
      const input = valid<z.output<typeof MembershipInput>>(c, "json");
      const row = await m.update(id, version, input, principalOf(c));
      etag(c, row);
      return c.json(presentMembership(await withView(id)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/memberships/{id}/private",
      tags,
      summary: "A membership's contacts and invoices (the member, its office and admins only)",
      operationId: "get-membership-private",
      request: { params: IdParam },
      responses: {
        200: { ...json(MembershipPrivate, "contacts and invoices"), headers: ETAG_HEADER },
        ...AUTH_ERRORS,
        ...READ_ERRORS,
      },
    }),
    async (c) => {
      const p = await m.privateOf(valid<z.output<typeof IdParam>>(c, "param").id, principalOf(c));
      etag(c, p.membership);
      return c.json(presentPrivate(p), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/memberships/{id}/contacts",
      tags,
      summary: "Replace the member's contacts (the member, its office or an admin; If-Match required)",
      operationId: "update-membership-contacts",
      request: { params: IdParam, headers: IfMatchHeader, body: body(ContactsInput) },
      responses: {
        200: { ...json(MembershipPrivate, "contacts and invoices"), headers: ETAG_HEADER },
        ...WRITE_ERRORS,
      },
    }),
    async (c) => {
      const version = versionFromIfMatch(valid<z.output<typeof IfMatchHeader>>(c, "header")["if-match"]);
      const { id } = valid<z.output<typeof IdParam>>(c, "param");
      const { contacts } = valid<z.output<typeof ContactsInput>>(c, "json");
      const actor = principalOf(c);
      await m.replaceContacts(id, version, contacts, actor);
      const p = await m.privateOf(id, actor);
      etag(c, p.membership);
      return c.json(presentPrivate(p), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/memberships/{id}/profile",
      tags,
      summary: "Replace the member's agendas and showcase of local action (If-Match required)",
      operationId: "update-membership-profile",
      request: { params: IdParam, headers: IfMatchHeader, body: body(MembershipProfileInput) },
      responses: {
        200: { ...json(MembershipProfile, "the profile"), headers: ETAG_HEADER },
        ...WRITE_ERRORS,
      },
    }),
    async (c) => {
      const version = versionFromIfMatch(valid<z.output<typeof IfMatchHeader>>(c, "header")["if-match"]);
      const { id } = valid<z.output<typeof IdParam>>(c, "param");
      await m.updateProfile(
        id,
        version,
        valid<z.output<typeof MembershipProfileInput>>(c, "json"),
        principalOf(c),
      );
      const profile = await m.get(id);
      etag(c, profile.row);
      return c.json(presentProfile(profile), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/memberships/{id}/invoices",
      tags,
      summary: "Issue the year's invoice at the membership's annual fee (its office or an admin)",
      operationId: "create-membership-invoice",
      request: { params: IdParam, body: body(InvoiceInput) },
      responses: { 201: json(Invoice, "the invoice, due"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id } = valid<z.output<typeof IdParam>>(c, "param");
      const input = valid<z.output<typeof InvoiceInput>>(c, "json");
      const row = await m.issueInvoice(id, input.year, input.issuedOn ?? today(), principalOf(c));
      return c.json(presentInvoice(row), 201);
    },
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/memberships/{id}/invoices/{invoiceId}/paid",
      tags,
      summary: "Mark a due invoice paid (its office or an admin)",
      operationId: "pay-membership-invoice",
      request: { params: InvoiceParams, body: body(PaidInput) },
      responses: { 200: json(Invoice, "the invoice, paid"), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id, invoiceId } = valid<z.output<typeof InvoiceParams>>(c, "param");
      const { paidOn } = valid<z.output<typeof PaidInput>>(c, "json");
      return c.json(presentInvoice(await m.markPaid(id, invoiceId, paidOn ?? today(), principalOf(c))), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/memberships/{id}/matches",
      tags,
      summary: "Suggested peers among active members, with the reasons (agendas, programmes, public profile)",
      operationId: "membership-matches",
      request: { params: IdParam, query: LimitQuery },
      responses: { 200: json(MatchesView, "best first"), ...READ_ERRORS },
    }),
    async (c) => {
      const { id } = valid<z.output<typeof IdParam>>(c, "param");
      const { limit } = valid<z.output<typeof LimitQuery>>(c, "query");
      const found = await services.engagement.matches(id, limit ?? 10);
      const view: z.input<typeof MatchesView> = {
        ...found,
        matches: found.matches.map((x) => ({
          ...x,
          sharedAgendas: [...x.sharedAgendas],
          sharedProgrammes: [...x.sharedProgrammes],
          reasons: [...x.reasons],
        })),
      };
      return c.json(view, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/jurisdictions/{id}/membership",
      tags,
      summary: "A jurisdiction's membership profile (404 when it is not a member)",
      operationId: "jurisdiction-membership",
      request: { params: IdParam },
      responses: { 200: { ...json(MembershipProfile, "the profile"), headers: ETAG_HEADER }, ...READ_ERRORS },
    }),
    async (c) => {
      const profile = await m.ofJurisdiction(valid<z.output<typeof IdParam>>(c, "param").id);
      etag(c, profile.row);
      return c.json(presentProfile(profile), 200);
    },
  );
  return app;
}
