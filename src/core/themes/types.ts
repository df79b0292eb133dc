/**
 * A theme declared as data: the quantities a member reports, the indicators (reported directly or computed by a
 * formula over other fields), the target types, action categories and quality checks. Nothing here is code, so a
 * theme can be added, shown by the API and checked without new tables or services.
 */
import type { AgendaId } from "../members/agendas.ts";

/** Which way an indicator improves. */
export type Direction = "higher" | "lower";

/**
 * A formula over a report's fields: a number, a field id, or an operation on formulas. `div` by zero and a missing
 * field make the result null (not reported), never Infinity or NaN.
 */
export type Formula =
  | number
  | string
  | { readonly op: "add" | "sub" | "mul" | "div"; readonly args: readonly Formula[] };

/** A quantity a member reports (an input of formulas, e.g. population, number of physicians). */
export interface FieldDefinition {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly definition: string;
  /** Bounds of a reported value; "%" fields are 0–100 and every field is ≥ 0 unless `min` says otherwise. */
  readonly min?: number;
  readonly max?: number;
}

/** An indicator: reported directly, or computed from other fields by `formula`. */
export interface IndicatorDefinition extends FieldDefinition {
  readonly direction: Direction;
  readonly source: string;
  readonly formula?: Formula;
  /** True for the ISO 37120 core indicators (false or absent: supporting or network-defined). */
  readonly core?: boolean;
}

/** A kind of target a theme's members commit to. */
export interface TargetTypeDefinition {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

/** A category of the theme's actions. */
export interface ActionCategoryDefinition {
  readonly id: string;
  readonly name: string;
}

/** A quality check over a report's values, run when the report is saved and enforced on submit (errors block). */
export type CheckDefinition = {
  readonly id: string;
  readonly severity: "error" | "warning";
  readonly message: string;
} & (
  | { readonly kind: "required"; readonly fields: readonly string[] }
  | {
      readonly kind: "sum";
      readonly fields: readonly string[];
      readonly equals: number;
      readonly tolerance: number;
    }
  | { readonly kind: "at-most"; readonly field: string; readonly than: string }
  | { readonly kind: "range"; readonly field: string; readonly min?: number; readonly max?: number }
);

/** A theme. */
export interface ThemeDefinition {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly agendas: readonly AgendaId[];
  readonly inputs: readonly FieldDefinition[];
  readonly indicators: readonly IndicatorDefinition[];
  readonly targetTypes: readonly TargetTypeDefinition[];
  readonly actionCategories: readonly ActionCategoryDefinition[];
  readonly checks: readonly CheckDefinition[];
}

/** One finding of a theme check on a report. */
export interface ThemeIssue {
  readonly check: string;
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly fields: readonly string[];
}
