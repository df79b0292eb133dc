/**
 * Programmes, networks and projects (public, with participants and roles; admins manage participants) and
 * WorkNets: saved groups of members with a shared challenge, which members create and join.
 */
import type { Db } from "../../db/database.ts";
import { appendAuditEvent } from "../../db/repositories/audit.repository.ts";
import { findJurisdiction } from "../../db/repositories/jurisdiction.repository.ts";
import { findMembershipOf } from "../../db/repositories/member.repository.ts";
import {
  deleteParticipant,
  findProgramme,
  findWorknet,
  insertWorknet,
  joinWorknet,
  leaveWorknet,
  listProgrammes,
  listWorknets,
  participantsOf,
  upsertParticipant,
  worknetMembersOf,
} from "../../db/repositories/programme.repository.ts";
import { authorize } from "../../policies/policy.ts";
import { alreadyExists, invalidTransition, notFound, validationFailed } from "../errors.ts";
import { type Actor, foundOrThrow, referenceOrThrow } from "../service-helpers.ts";

/** A participant as an admin writes it. */
export interface ParticipantInput {
  jurisdictionId: string;
  role: "lead" | "participant" | "mentor";
  since: number | null;
  commitment: string | null;
}

/** A new WorkNet. */
export interface WorknetInput {
  name: string;
  challenge: string;
  agendas: string[];
  /** The member that founds it (joins it at once); optional for office staff and admins. */
  jurisdictionId?: string | undefined;
}

/** Programme and WorkNet use cases over one database. */
export class ProgrammeService {
  constructor(private readonly db: Db) {}

  /** Every programme with its participants. */
  async list() {
    const programmes = await listProgrammes(this.db);
    const participants = await participantsOf(this.db, {});
    return programmes.map((p) => ({
      ...p,
      participants: participants.filter((x) => x.programmeId === p.id),
    }));
  }

  /** One programme with its participants. */
  async get(id: string) {
    const programme = foundOrThrow(await findProgramme(this.db, id), "programme", id);
    return { ...programme, participants: await participantsOf(this.db, { programmeIds: [id] }) };
  }

  /** The programmes a jurisdiction takes part in, with its role. */
  async ofJurisdiction(jurisdictionId: string) {
    const mine = await participantsOf(this.db, { jurisdictionId });
    const all = await listProgrammes(this.db);
    return mine.flatMap((p) => {
      const programme = all.find((x) => x.id === p.programmeId);
      return programme ? [{ programme, role: p.role, since: p.since, commitment: p.commitment }] : [];
    });
  }

  /** Adds (or changes) a participant (admins). */
  setParticipant(programmeId: string, input: ParticipantInput, actor: Actor) {
    authorize(actor, "programme.manage");
    return this.db.transaction(async (tx) => {
      foundOrThrow(await findProgramme(tx, programmeId), "programme", programmeId);
      referenceOrThrow(
        await findJurisdiction(tx, input.jurisdictionId),
        "jurisdictionId",
        "jurisdiction",
        input.jurisdictionId,
      );
      await upsertParticipant(tx, { programmeId, ...input, createdBy: actor.id });
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "programme",
        entityId: programmeId,
        action: "set-participant",
        state: input,
      });
      return this.getIn(tx, programmeId);
    });
  }

  /** Removes a participant (admins). */
  removeParticipant(programmeId: string, jurisdictionId: string, actor: Actor) {
    authorize(actor, "programme.manage");
    return this.db.transaction(async (tx) => {
      foundOrThrow(await findProgramme(tx, programmeId), "programme", programmeId);
      if (!(await deleteParticipant(tx, programmeId, jurisdictionId)))
        throw notFound("participant", jurisdictionId);
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "programme",
        entityId: programmeId,
        action: "remove-participant",
        state: { jurisdictionId },
      });
      return this.getIn(tx, programmeId);
    });
  }

  /** Every WorkNet with its members. */
  async worknets() {
    const nets = await listWorknets(this.db);
    const members = await worknetMembersOf(this.db);
    return nets.map((w) => ({ ...w, members: members.filter((m) => m.worknetId === w.id) }));
  }

  /** The WorkNets a jurisdiction is in. */
  async worknetsOf(jurisdictionId: string) {
    const mine = new Set((await worknetMembersOf(this.db, { jurisdictionId })).map((m) => m.worknetId));
    return (await listWorknets(this.db)).filter((w) => mine.has(w.id));
  }

  /** Creates a WorkNet; a member founding it joins it at once. */
  createWorknet(input: WorknetInput, actor: Actor) {
    authorize(actor, "worknet.create");
    if (input.jurisdictionId) authorize(actor, "worknet.join", input.jurisdictionId);
    return this.db.transaction(async (tx) => {
      if (input.jurisdictionId) await this.requireMember(tx, input.jurisdictionId);
      const row = await insertWorknet(tx, {
        name: input.name.trim(),
        challenge: input.challenge.trim(),
        agendas: [...new Set(input.agendas)],
        createdBy: actor.id,
      });
      if (!row) throw alreadyExists("worknet", { name: input.name.trim() });
      if (input.jurisdictionId) await joinWorknet(tx, row.id, input.jurisdictionId, actor.id);
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "worknet",
        entityId: row.id,
        action: "create",
        state: { ...input },
      });
      return this.worknetIn(tx, row.id);
    });
  }

  /** A member joins a WorkNet (the member itself, or an admin). */
  join(worknetId: string, jurisdictionId: string, actor: Actor) {
    authorize(actor, "worknet.join", jurisdictionId);
    return this.db.transaction(async (tx) => {
      foundOrThrow(await findWorknet(tx, worknetId), "worknet", worknetId);
      await this.requireMember(tx, jurisdictionId);
      if (!(await joinWorknet(tx, worknetId, jurisdictionId, actor.id)))
        throw invalidTransition(`jurisdiction ${jurisdictionId} is already in worknet ${worknetId}`);
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "worknet",
        entityId: worknetId,
        action: "join",
        state: { jurisdictionId },
      });
      return this.worknetIn(tx, worknetId);
    });
  }

  /** A member leaves a WorkNet. */
  leave(worknetId: string, jurisdictionId: string, actor: Actor) {
    authorize(actor, "worknet.join", jurisdictionId);
    return this.db.transaction(async (tx) => {
      foundOrThrow(await findWorknet(tx, worknetId), "worknet", worknetId);
      if (!(await leaveWorknet(tx, worknetId, jurisdictionId)))
        throw notFound("worknet member", jurisdictionId);
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "worknet",
        entityId: worknetId,
        action: "leave",
        state: { jurisdictionId },
      });
      return this.worknetIn(tx, worknetId);
    });
  }

  private async requireMember(tx: Db, jurisdictionId: string) {
    const m = await findMembershipOf(tx, jurisdictionId);
    if (!m || m.status === "ended")
      throw validationFailed([
        { path: "jurisdictionId", message: `jurisdiction ${jurisdictionId} is not a member of the network` },
      ]);
  }

  private async getIn(tx: Db, id: string) {
    return new ProgrammeService(tx).get(id);
  }

  private async worknetIn(tx: Db, id: string) {
    const net = foundOrThrow(await findWorknet(tx, id), "worknet", id);
    const members = (await worknetMembersOf(tx)).filter((m) => m.worknetId === id);
    return { ...net, members };
  }
}
