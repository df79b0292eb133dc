/** The use cases shared by records that belong to one jurisdiction (targets, actions, risks). */
import type { CursorKey, Page } from "../db/cursor.ts";
import type { Db } from "../db/database.ts";
import { findJurisdiction } from "../db/repositories/jurisdiction.repository.ts";
import type { UpdateOutcome } from "../db/repositories/query-helpers.ts";
import {
  type Actor,
  cursorKey,
  foundOrThrow,
  referenceOrThrow,
  requireVersion,
  updatedOrThrow,
} from "./service-helpers.ts";

/** The repository functions of one jurisdiction-scoped table. */
export interface ScopedRepository<Row, Values, Filter> {
  insert(db: Db, values: Values, actor: string): Promise<Row>;
  find(db: Db, id: string): Promise<Row | undefined>;
  update(
    db: Db,
    id: string,
    expectedVersion: number,
    values: Values,
    actor: string,
  ): Promise<UpdateOutcome<Row>>;
  list(db: Db, filter: Filter & { after?: CursorKey | undefined }): Promise<Page<Row>>;
}

/** How one entity's input becomes stored values, and the rules it must meet beyond its schema. */
export interface ScopedRules<Input, Values> {
  kind: string;
  valuesOf(input: Input): Values;
  /** Throws `validation_failed` when the input breaks a rule that needs the database or several fields. */
  check?(tx: Db, input: Input): Promise<void>;
}

/** Create, read, replace and list for one jurisdiction-scoped entity; each use case in one transaction. */
export class ScopedService<Input extends { jurisdictionId: string }, Row, Values, Filter> {
  constructor(
    private readonly db: Db,
    private readonly repository: ScopedRepository<Row, Values, Filter>,
    private readonly rules: ScopedRules<Input, Values>,
  ) {}

  /** Creates a record after checking its jurisdiction and rules. */
  create(input: Input, actor: Actor): Promise<Row> {
    return this.db.transaction(async (tx) => {
      await this.checkInput(tx, input);
      return this.repository.insert(tx, this.rules.valuesOf(input), actor.id);
    });
  }

  /** Reads one record. */
  get(id: string): Promise<Row> {
    return this.db.transaction(async (tx) =>
      foundOrThrow(await this.repository.find(tx, id), this.rules.kind, id),
    );
  }

  /** Replaces a record at `expectedVersion`. */
  update(id: string, expectedVersion: number | undefined, input: Input, actor: Actor): Promise<Row> {
    return this.db.transaction(async (tx) => {
      foundOrThrow(await this.repository.find(tx, id), this.rules.kind, id);
      const version = requireVersion(expectedVersion);
      await this.checkInput(tx, input);
      const outcome = await this.repository.update(tx, id, version, this.rules.valuesOf(input), actor.id);
      return updatedOrThrow(outcome, this.rules.kind, id, version);
    });
  }

  /** Lists records, one page at a time. */
  list(query: Filter & { cursor?: string | undefined }): Promise<Page<Row>> {
    return this.db.transaction((tx) =>
      this.repository.list(tx, { ...query, after: cursorKey(query.cursor) }),
    );
  }

  private async checkInput(tx: Db, input: Input): Promise<void> {
    const jurisdiction = await findJurisdiction(tx, input.jurisdictionId);
    referenceOrThrow(jurisdiction, "jurisdictionId", "jurisdiction", input.jurisdictionId);
    await this.rules.check?.(tx, input);
  }
}
