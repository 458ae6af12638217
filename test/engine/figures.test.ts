import { findFigures } from "../../src/facts/figures";
import { isUnit } from "./helpers";

/** What findFigures reads in a sentence: [figure, unit, after, follow, start, end, value] per figure. */
const read = (sentence: string) => findFigures(sentence, isUnit).map((f) => [f.text, f.unit, f.after, f.follow, f.start, f.end, f.value]);

// Pinned when the word scanning was made lazy and unit runs were cut short by UnitPrefix: the same
// figures, units and offsets as before, including the quirks (a bilingual run, a unit run on to "per").
const CASES: [string, unknown[]][] = [
  ["The Company had 9 directors and 3 supervisors.", [["9", "directors", "", "and", 16, 27, 9], ["3", "", "supervisors", "", 32, 33, 3]]],
  ["Revenue was RMB 8.42 billion, up from HK$12.5 million.", [["8.42", "RMB billion", "", "", 12, 29, 8.42], ["12.5", "HK$ million", "", "", 38, 54, 12.5]]],
  ["We used 2,607 tonnes, of water (“5 tonnes” in 2023).", [["2,607", "tonnes", "", "", 8, 21, 2607], ["5", "tonnes", "", "", 33, 42, 5]]],
  ["Energy intensity was 0.085 tce per RMB 10,000 of revenue in 2024.", [["0.085", "tce per RMB 10,000 of revenue", "", "in", 21, 56, 0.085]]],
  ["The plant employs 7 864 employees across 2 846 300 m3 sites.", [["7864", "employees", "across", "2", 18, 33, 7864], ["2846300", "m3", "sites", "", 41, 53, 2846300]]],
  ["About 30% of 1.765t/a was recycled by 12 independent non-executive directors were appointed.", [["30%", "%", "", "of", 6, 9, 30], ["1.765", "t/a", "", "was", 13, 21, 1.765], ["12", "", "independent non-executive directors", "were", 38, 40, 12]]],
  ["Training covered 1 a b c d e f g h i j k l m n o p.", [["1", "", "", "a", 17, 18, 1]]],
  ["Emissions were 6,436.68 tCO2e/RMB'000 of revenue.", [["6,436.68", "tCO2e/RMB'000 of revenue", "", "", 15, 49, 6436.68]]],
  ["In 2023 we added 120 new employees and 4 吨 tonnes of waste.", [["120", "new employees and 4 吨", "tonnes", "of", 17, 42, 120]]],
  ["Output reached 5 million tonnes/year and 14 million kWh per month.", [["5", "million tonnes/year and 14 million kWh per", "month", "", 15, 59, 5]]],
];

describe("findFigures", () => {
  test.each(CASES)("%s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});
