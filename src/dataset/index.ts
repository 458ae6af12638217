/**
 * The dataset module: the workbook's ESG values as typed records, indexed for O(1) look-ups,
 * with company/metric resolution and the queries behind the ESG.* functions. Pure TypeScript:
 * shared by the custom functions, the task pane and the CLI.
 */
export * from "./schema";
export type { Cell, DataRow, DatasetCompany, DatasetRecord, SourceRow, SourceEntry, UpsertOutcome } from "./types";
export { Dataset, isUserReviewed, type ReportInput, type TableRows, type MetricInfoLookup } from "./dataset";
export {
  columnIndex,
  cellNumber,
  cellText,
  isUserEdited,
  dataRowFromCells,
  dataRowsFromValues,
  dataRowToCells,
  dataRowFromRecord,
  recordFromDataRow,
  recordFromEsgRecord,
  sourceRowFromCells,
  sourceRowsFromValues,
  sourceRowToCells,
  sourceFromRow,
  sourceRowFromEntry,
  splitAliases,
  companyDisplayName,
} from "./rows";
export { CompanyResolver, type CompanyMatch } from "./companies";
export { MetricResolver, type MetricMatch, type MetricTextSearch } from "./metrics";
export type { Reference, UnitSystem } from "./reference";
export { EsgQueries, describeSource, parseYearArg, parseCategoryArg, isBlank, type OptionalArg } from "./queries";
export { success, notAvailable, invalidValue, divisionByZero, unwrap, QueryFailure, type QueryResult, type QueryError, type QueryErrorCode } from "./results";
export { normalizeKey } from "./text";
