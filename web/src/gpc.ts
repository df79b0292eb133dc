/** The GPC catalogue, shared with the server: src/core is pure (no I/O), so the browser uses the same rows. */
export {
  compareRefs,
  GPC_ROWS,
  type GpcRow,
  gpcRow,
  gpcSubsector,
  SECTORS,
} from "../../src/core/gpc/catalogue.ts";
