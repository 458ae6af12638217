export { CompanyDetector, detectCompany } from "./company";
export { ReportYearDetector, detectReportYear } from "./year";
