/** Audit use cases: verify the record (public: it reveals only hashes and findings) and read the event log. */
import { BUILTIN_REGISTRY } from "../../core/themes/builtin.ts";
import type { ThemeRegistry } from "../../core/themes/registry.ts";
import type { Db } from "../../db/database.ts";
import { type AuditEventRow, readAuditEvents } from "../../db/repositories/audit.repository.ts";
import { authorize } from "../../policies/policy.ts";
import type { Actor } from "../service-helpers.ts";
import { type VerifyReport, verifyRecord } from "./verify-record.ts";

/** Audit use cases over one database. */
export class AuditService {
  constructor(
    private readonly db: Db,
    private readonly themes: ThemeRegistry = BUILTIN_REGISTRY,
  ) {}

  /** Verifies the chain, every published version and every published theme report. */
  verify(): Promise<VerifyReport> {
    return verifyRecord(this.db, this.themes);
  }

  /** Reads events after `afterSeq`, for reviewers and admins. */
  events(afterSeq: number, limit: number, actor: Actor): Promise<AuditEventRow[]> {
    authorize(actor, "audit.read");
    return readAuditEvents(this.db, afterSeq, Math.min(Math.max(limit, 1), 500));
  }
}
