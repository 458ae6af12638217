/**
 * Printed unit text → compact lookup key. Reports print the same unit many ways: "tCO ₂ e", "tCO²e",
 * "Kilowatt -hour", "m ³", "（万元）", "Unit: ton". NFKC folds sub/superscripts and full-width forms,
 * then spacing, hyphens and brackets are dropped.
 */
import { toSimplifiedChinese } from "./traditional";

const BRACKETS_AND_SPACING = /[\s\-‐‑‒–_·•()[\]{}（）【】<>《》"“”]/g;
const APOSTROPHES = /[’‘`´]/g;
const UNIT_PREFIX = /^(?:units?|单位)[:：]?/;
const TRAILING_DOT = /\.$/;

export function compactUnit(printed: string): string {
  return toSimplifiedChinese(printed.normalize("NFKC"))
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(BRACKETS_AND_SPACING, "")
    .replace(UNIT_PREFIX, "")
    .replace(TRAILING_DOT, "");
}

/** Splits an intensity at its first "/" or "per" ("tCO2e/RMB'000", "hours per capita", "每万元产值"). Null when not a ratio. */
const RATIO_SPLIT = /^(.*?)(?:\/|\bper\b|每)(.*)$/i;

export function splitRatio(printed: string): { numerator: string; denominator: string } | null {
  const m = RATIO_SPLIT.exec(printed.normalize("NFKC"));
  return m ? { numerator: m[1] ?? "", denominator: m[2] ?? "" } : null;
}
