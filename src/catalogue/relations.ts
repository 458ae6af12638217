/**
 * Relations between catalogue metrics, as data. The fact stage reads them; adding a relation means
 * adding a row here, not a branch in code.
 */

/**
 * A count or amount metric → its percentage sibling. A row or phrase that names the count but prints
 * a percentage ("Female employees (%)") states the share, so it becomes the sibling.
 */
export const PERCENT_SIBLING: Readonly<Record<string, string>> = {
  employees_female: "female_employee_ratio",
  female_managers: "female_managers_ratio",
  female_directors: "female_directors_ratio",
  independent_directors: "independent_directors_ratio",
  rd_employees: "rd_employees_ratio",
  employees_trained: "employees_trained_ratio",
  rd_investment: "rd_intensity",
  water_recycled: "water_recycling_rate",
  waste_recycled: "waste_recycling_rate",
  fatalities: "fatality_rate",
  employee_departures: "turnover_rate",
};

/**
 * A head count → the noun its parts are counted in: after "Our headcount stood at 4,287", "1,346 of whom
 * were women" are women employees.
 */
export const PART_NOUN: Readonly<Record<string, string>> = {
  employees_total: "employees",
  board_size: "directors",
};

/**
 * A qualified variant → the headline metric its figure also reports. A location-based Scope 2 figure is
 * the Scope 2 figure unless the report prints an unqualified one too (which then wins on confidence).
 */
export const ALSO_REPORTS: Readonly<Record<string, string>> = {
  ghg_scope2_location: "ghg_scope2",
  /** General industrial solid waste is the non-hazardous waste figure when no broader one is printed. */
  waste_general_industrial: "waste_nonhazardous",
};

/**
 * A total → its intensity metrics, one per base (per revenue, per tonne of product), in the order they
 * are tried. A "Total | Intensity" sub-column under a row of the total gives the intensity whose base
 * the printed unit names; an intensity label printed per another base becomes the sibling of that base.
 */
export const INTENSITY_OF: Readonly<Record<string, readonly string[]>> = {
  ghg_total: ["ghg_intensity_revenue", "ghg_intensity_product"],
  energy_total: ["energy_intensity"],
  electricity_consumption: ["electricity_intensity"],
  water_consumption: ["water_intensity"],
  wastewater_discharge: ["wastewater_intensity"],
  waste_hazardous: ["waste_hazardous_intensity"],
  waste_nonhazardous: ["waste_nonhazardous_intensity"],
  packaging_material: ["packaging_intensity"],
};
