import { describeTranslations } from "../translation-parity.ts";
import { enMembers } from "./en.ts";
import { esMembers } from "./es.ts";
import { frMembers } from "./fr.ts";
import { ptMembers } from "./pt.ts";

describeTranslations("network and membership", enMembers, [
  ["es", esMembers],
  ["fr", frMembers],
  ["pt", ptMembers],
]);
