/** Blocks: runs of lines recognised as a table with year columns, a label/value card, or prose. */

/** Decides whether a printed string is a unit (the units module answers; injected to keep stages independent). */
export type UnitRecognizer = (text: string) => boolean;

export interface ValueCell {
  /** The figure as printed ("1,537.00", "8.3%", "/"). */
  text: string;
  /** Parsed number; null for a missing-value mark ("/", "-", "N/A"). */
  value: number | null;
}

export interface TableRow {
  /** Line of the row's values (the provenance line). */
  line: number;
  page?: number;
  /** The source line's original text. */
  raw: string;
  /** The row's own label, with a wrapped first part joined and KPI/row codes stripped. */
  label: string;
  /** Group cells and headings that the row sits under, outermost first. */
  context: string[];
  /**
   * The last heading line inside the table above the row ("B5.1 Number of suppliers by region" over
   * its region rows), code stripped; it stays with the rows below until the next heading line.
   */
  section?: string;
  /** Unit as printed ("tCO2e", "RMB 10,000"); "" when none. */
  unit: string;
  /** True when the unit is the table's (caption "单位：万元", "Unit: tonnes"), not the row's own. */
  unitInherited?: boolean;
  /** One entry per table year, in the table's year order; null when the row has no cell for that year. */
  values: (ValueCell | null)[];
  /** False when the row had fewer values than year columns and they were placed left to right. */
  aligned: boolean;
  /** Framework code the row started with ("A1.2", "GRI 305-1"), if any. */
  code?: string;
  /**
   * The year the row's label names in a table of one year column ("Work-related fatalities – 2022"):
   * the year of the row's value, instead of the column's.
   */
  year?: number;
}

export interface TableBlock {
  kind: "table";
  /** Years of the value columns, in printed order. */
  years: number[];
  headerLine: number;
  /** The heading text just above the table, if any (e.g. "Greenhouse gas emissions"). */
  title: string;
  rows: TableRow[];
}

export interface LineSpan {
  /** Offset in the block text where this source line starts. */
  start: number;
  line: number;
  page?: number;
}

export interface ProseBlock {
  kind: "prose";
  /** Lines of one paragraph joined (hyphenated breaks mended). */
  text: string;
  spans: LineSpan[];
  /** True when every line is known to be printable ASCII (see TextLine.ascii): no Chinese to look for. */
  ascii?: boolean;
}

/** A highlight card: a short label line followed by a line holding only a figure and its unit. */
export interface CardBlock {
  kind: "card";
  label: string;
  /** The value line (normalized), e.g. "5.59 million yuan". */
  valueText: string;
  line: number;
  page?: number;
  raw: string;
}

export type Block = TableBlock | ProseBlock | CardBlock;
