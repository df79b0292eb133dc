/**
 * Programmes, networks and projects (public, with participants and roles; admins manage participants) and
 * WorkNets: saved groups of members with a shared challenge, which members create and join.
 */
import type { Db } from "../../db/database.ts";
import { appendAuditEvent } from "../../db/repositories/audit.repository.ts";
import { findJurisdiction } from "../../db/repositories/jurisdiction.repository.ts";
import { findMembershipOf, findOffice, listOffices } from "../../db/repositories/member.repository.ts";
import {
  clearMentor,
  deleteParticipant,
  findProgramme,
  findWorknet,
  insertProgramme,
  insertWorknet,
  joinWorknet,
  leaveWorknet,
  listProgrammes,
  listWorknets,
  type ParticipantRow,
  participantsOf,
  updateProgramme,
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
  /** The last year it takes part; absent or null while it still does. */
  until?: number | null | undefined;
  /** Its mentor: another participant of the programme whose role is mentor. */
  mentorId?: string | null | undefined;
  commitment: string | null;
}

/** A programme, network or project as an admin writes it (the key only when creating it). */
export interface ProgrammeInput {
  name: string;
  kind: "programme" | "network" | "project";
  agendas: string[];
  description: string | null;
  url: string | null;
  region: string | null;
  startYear: number | null;
  endYear: number | null;
  leadOfficeId: string | null;
}

/** A mentoring pair within a programme: a mentor participant and a participant it mentors. */
export interface MentoringPair {
  mentor: { jurisdictionId: string; jurisdictionName: string };
  mentee: { jurisdictionId: string; jurisdictionName: string };
}

/** The mentoring pairs among a programme's participants, by mentor then mentee name. */
export function mentoringPairs(participants: readonly ParticipantRow[]): MentoringPair[] {
  return participants
    .filter((p) => p.mentorId !== null)
    .map((p) => ({
      mentor: { jurisdictionId: p.mentorId as string, jurisdictionName: p.mentorName ?? "" },
      mentee: { jurisdictionId: p.jurisdictionId, jurisdictionName: p.jurisdictionName },
    }))
    .sort(
      (a, b) =>
        a.mentor.jurisdictionName.localeCompare(b.mentor.jurisdictionName) ||
        a.mentee.jurisdictionName.localeCompare(b.mentee.jurisdictionName),
    );
}

function checkYears(
  problems: Array<{ path: string; message: string }>,
  from: number | null | undefined,
  to: number | null | undefined,
  fromPath: string,
  toPath: string,
) {
  if (from != null && to != null && to < from)
    problems.push({ path: toPath, message: `${to} is before ${fromPath} (${from})` });
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
    const [programmes, participants, offices] = await Promise.all([
      listProgrammes(this.db),
      participantsOf(this.db, {}),
      listOffices(this.db),
    ]);
    return programmes.map((p) => {
      const mine = participants.filter((x) => x.programmeId === p.id);
      return {
        ...p,
        leadOffice: offices.find((o) => o.id === p.leadOfficeId) ?? null,
        participants: mine,
        mentoring: mentoringPairs(mine),
      };
    });
  }

  /** One programme with its lead office, participants and mentoring pairs. */
  async get(id: string) {
    const programme = foundOrThrow(await findProgramme(this.db, id), "programme", id);
    const participants = await participantsOf(this.db, { programmeIds: [id] });
    const leadOffice = programme.leadOfficeId ? await findOffice(this.db, programme.leadOfficeId) : undefined;
    return {
      ...programme,
      leadOffice: leadOffice ?? null,
      participants,
      mentoring: mentoringPairs(participants),
    };
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

  /** Creates a programme, network or project (admins); `key` is its stable short name. */
  create(key: string, input: ProgrammeInput, actor: Actor) {
    authorize(actor, "programme.manage");
    return this.db.transaction(async (tx) => {
      await this.checkProgramme(tx, input);
      const row = await insertProgramme(tx, { key, ...this.valuesOf(input) });
      if (!row) throw alreadyExists("programme", { key });
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "programme",
        entityId: row.id,
        action: "create",
        state: { key, ...input },
      });
      return this.getIn(tx, row.id);
    });
  }

  /** Replaces a programme's name, kind, agendas, description, link, region, years and lead office (admins). */
  update(id: string, input: ProgrammeInput, actor: Actor) {
    authorize(actor, "programme.manage");
    return this.db.transaction(async (tx) => {
      foundOrThrow(await findProgramme(tx, id), "programme", id);
      await this.checkProgramme(tx, input);
      await updateProgramme(tx, id, this.valuesOf(input));
      await appendAuditEvent(tx, {
        actor: actor.id,
        entity: "programme",
        entityId: id,
        action: "update",
        state: { ...input },
      });
      return this.getIn(tx, id);
    });
  }

  /** Adds (or changes) a participant (admins); a mentor that stops mentoring leaves its mentees without one. */
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
      const others = await participantsOf(tx, { programmeIds: [programmeId] });
      const problems: Array<{ path: string; message: string }> = [];
      checkYears(problems, input.since, input.until, "since", "until");
      const mentorId = input.mentorId ?? null;
      if (mentorId !== null) {
        const mentor = others.find((p) => p.jurisdictionId === mentorId);
        if (mentorId === input.jurisdictionId)
          problems.push({ path: "mentorId", message: "a participant cannot mentor itself" });
        else if (!mentor)
          problems.push({ path: "mentorId", message: `${mentorId} does not take part in the programme` });
        else if (mentor.role !== "mentor")
          problems.push({
            path: "mentorId",
            message: `${mentor.jurisdictionName} takes part as ${mentor.role}, not as a mentor`,
          });
        if (input.role === "mentor")
          problems.push({ path: "mentorId", message: "a mentor is not itself mentored in the programme" });
      }
      if (problems.length > 0) throw validationFailed(problems);
      if (input.role !== "mentor") await clearMentor(tx, programmeId, input.jurisdictionId);
      await upsertParticipant(tx, {
        programmeId,
        jurisdictionId: input.jurisdictionId,
        role: input.role,
        since: input.since,
        until: input.until ?? null,
        mentorId,
        commitment: input.commitment,
        createdBy: actor.id,
      });
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
      await clearMentor(tx, programmeId, jurisdictionId);
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

  private async checkProgramme(tx: Db, input: ProgrammeInput) {
    const problems: Array<{ path: string; message: string }> = [];
    checkYears(problems, input.startYear, input.endYear, "startYear", "endYear");
    if (input.leadOfficeId !== null && !(await findOffice(tx, input.leadOfficeId)))
      problems.push({ path: "leadOfficeId", message: `office ${input.leadOfficeId} does not exist` });
    if (problems.length > 0) throw validationFailed(problems);
  }

  private valuesOf(input: ProgrammeInput) {
    return {
      name: input.name.trim(),
      kind: input.kind,
      agendas: [...new Set(input.agendas)],
      description: input.description,
      url: input.url,
      region: input.region,
      startYear: input.startYear,
      endYear: input.endYear,
      leadOfficeId: input.leadOfficeId,
    };
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
