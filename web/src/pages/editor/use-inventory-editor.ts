/**
 * The editor's state: the stored version it is based on, the form (fields and lines), the live calculation,
 * and saving with If-Match (a 412 becomes a conflict the user resolves: load theirs, or save over it).
 */
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import { ApiError, type Inventory } from "../../api/client.ts";
import { createInventory, updateInventory } from "../../api/inventory-writes.ts";
import { getInventory } from "../../api/queries.ts";
import { calculate } from "../../engine.ts";
import { addLine, removeLine, updateLine } from "./editor-grid-model.ts";
import { documentOf, type EditorHeader, headerOf, inputOf } from "./editor-header.ts";
import {
  blankLine,
  type EditorLine,
  fromDocumentLine,
  hasUnreadableNumber,
  toDocumentLine,
} from "./editor-lines.ts";

/** What saving is doing. */
export type SaveState =
  | { status: "idle" | "saving" | "saved" }
  | { status: "conflict" }
  | { status: "error"; message: string };

/** Editable statuses (the API refuses edits of the others). */
export const isEditable = (inventory: Inventory | null) =>
  inventory === null || inventory.status === "draft" || inventory.status === "returned";

/** The editor over `initial` (null: a new inventory with `initialHeader`). */
export function useInventoryEditor(initial: Inventory | null, initialHeader: EditorHeader) {
  const [base, setBase] = useState<Inventory | null>(initial);
  const [header, setHeaderState] = useState<EditorHeader>(initial ? headerOf(initial) : initialHeader);
  const [lines, setLines] = useState<EditorLine[]>(() => (initial?.lines ?? []).map(fromDocumentLine));
  const [dirty, setDirty] = useState(initial === null);
  const [save, setSave] = useState<SaveState>({ status: "idle" });

  const documentLines = useMemo(() => lines.map(toDocumentLine), [lines]);
  const doc = useMemo(() => documentOf(header, documentLines), [header, documentLines]);
  const deferredDoc = useDeferredValue(doc);
  const result = useMemo(() => calculate(deferredDoc), [deferredDoc]);

  const edit = useCallback((change: (lines: EditorLine[]) => EditorLine[]) => {
    setLines(change);
    setDirty(true);
  }, []);
  const onAdd = useCallback(
    (gpc: string) => {
      const line = blankLine(gpc);
      edit((ls) => addLine(ls, line));
      return line;
    },
    [edit],
  );
  const onChange = useCallback((line: EditorLine) => edit((ls) => updateLine(ls, line)), [edit]);
  const onRemove = useCallback((key: number) => edit((ls) => removeLine(ls, key)), [edit]);
  const setHeader = useCallback((patch: Partial<EditorHeader>) => {
    setHeaderState((h) => ({ ...h, ...patch }));
    setDirty(true);
  }, []);
  const replaceLines = useCallback((next: EditorLine[]) => edit(() => next), [edit]);

  /** Shows a stored version in the form (after a save, a transition, or loading theirs). */
  const load = useCallback((inventory: Inventory) => {
    setBase(inventory);
    setHeaderState(headerOf(inventory));
    setLines(inventory.lines.map(fromDocumentLine));
    setDirty(false);
  }, []);

  const write = async (version: number | undefined): Promise<Inventory | undefined> => {
    if (hasUnreadableNumber(documentLines)) {
      setSave({ status: "error", message: "unreadable_number" });
      return undefined;
    }
    setSave({ status: "saving" });
    try {
      const input = inputOf(header, documentLines);
      const saved =
        base === null || version === undefined
          ? await createInventory(input)
          : await updateInventory(base.id, version, input);
      setBase(saved);
      setDirty(false);
      setSave({ status: "saved" });
      return saved;
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) setSave({ status: "conflict" });
      else setSave({ status: "error", message: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
  };

  return {
    base,
    header,
    lines,
    result,
    dirty,
    save,
    setHeader,
    onAdd,
    onChange,
    onRemove,
    replaceLines,
    load,
    /** Saves over the version the form is based on. */
    saveNow: () => write(base?.version),
    /** Conflict: drops the form and shows the version someone else saved. */
    loadTheirs: async () => {
      if (!base) return;
      load(await getInventory(base.id));
      setSave({ status: "idle" });
    },
    /** Conflict: saves the form over the newer version (the user chose to keep theirs out). */
    keepMine: async () => {
      if (!base) return undefined;
      const latest = await getInventory(base.id);
      return write(latest.version);
    },
  };
}

/** The editor's API, for the components that take it. */
export type InventoryEditor = ReturnType<typeof useInventoryEditor>;
