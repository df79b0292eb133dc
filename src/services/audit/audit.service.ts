/** Audit use cases: verify the record (public: it reveals only hashes and findings) and read the event log. */
import type { Db } from "../../db/database.ts";
import { type AuditEventRow, readAuditEvents } from "../../db/repositories/audit.repository.ts";
import { authorize } from "../../policies/policy.ts";
import type { Actor } from "../service-helpers.ts";
import { type VerifyReport, verifyRecord } from "./verify-record.ts";

/** Audit use cases over one database. */
export class AuditService {
  constructor(private readonly db: Db) {}

  /** Verifies the chain and every published version. */
  verify(): Promise<VerifyReport> {
    return verifyRecord(this.db);
  }

  /** Reads events after `afterSeq`, for reviewers and admins. */
  events(afterSeq: number, limit: number, actor: Actor): Promise<AuditEventRow[]> {
    authorize(actor, "audit.read");
    return readAuditEvents(this.db, afterSeq, Math.min(Math.max(limit, 1), 500));
  }
}
