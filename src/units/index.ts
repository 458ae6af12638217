export type { Dimension, ParsedUnit, DenominatorUnit } from "./types";
export { parseUnit, parseUnitFor, holdsChinese } from "./parse";
export { UnitPrefix } from "./prefix";
export { convertValue, canonicalUnit, unitsForDimension, UnitError } from "./convert";
export { parseNumber } from "./number";
export { SCALE_WORDS } from "./scale";
export { UNIT_TABLE, CANONICAL_UNITS, MWH_PER_TCE, MWH_PER_GJ } from "./unit-table";
export { compactUnit } from "./normalize";
