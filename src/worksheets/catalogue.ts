/** The project's metric catalogue (src/catalogue) in the shape the worksheets use. */
import { METRICS } from "../catalogue/metrics";
import { catalogueFromList, type MetricCatalogue } from "./metrics";

export const DEFAULT_CATALOGUE: MetricCatalogue = catalogueFromList(
  METRICS.map(({ id, name, category, unit }) => ({ id, name, category, unit })),
);
