export { detectCompany } from "./company";
export { detectReportYear } from "./year";
