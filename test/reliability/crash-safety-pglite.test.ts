/** Crash safety on PGlite (a data folder): see crash-safety-support.ts. */
import { crashSuite } from "./crash-safety-support.ts";

crashSuite("pglite");
