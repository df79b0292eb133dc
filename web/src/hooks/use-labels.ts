/** Translated labels of the API's codes (types, statuses), falling back to the code itself. */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";

/** Labels for codes in the reader's language. */
export function useLabels() {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const label = (prefix: string, code: string) => {
      const key = `${prefix}.${code}`;
      return i18n.exists(key) ? (t as (key: string) => string)(key) : code;
    };
    return {
      jurisdictionType: (code: string) => label("jurisdictionType", code),
      targetType: (code: string) => label("targetType", code),
      targetStatus: (code: string) => label("targetStatus", code),
      targetScope: (code: string) => label("targetScope", code),
      inventoryStatus: (code: string) => label("inventoryStatus", code),
      inventoryKind: (code: string) => label("inventoryKind", code),
      actionStatus: (code: string) => label("actionStatus", code),
      actionKind: (code: string) => label("actionKind", code),
      sector: (code: string) => label("sector", code),
      severity: (code: string) => label("severity", code),
      progressStatus: (code: string) => label("progress", code),
      peerFeature: (code: string) => label("peerFeature", code),
    };
  }, [t, i18n]);
}
