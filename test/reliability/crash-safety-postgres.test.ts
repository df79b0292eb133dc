/** Crash safety on PostgreSQL (TEST_DATABASE_URL): see crash-safety-support.ts. */
import { crashSuite } from "./crash-safety-support.ts";

crashSuite("postgres");
