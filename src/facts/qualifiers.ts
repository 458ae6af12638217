/**
 * Breakdown rows: a row labelled only "Male"/"Female" (or 男/女) under a headcount total is the
 * gender breakdown of that total. This table says which metric such a row becomes; every other
 * breakdown row (age group, region, category) yields no total.
 */

export type Qualifier = "male" | "female";

const QUALIFIER_WORDS: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/^(?:male|males|men|man|male employees?|男|男性|男性员工)$/i, "male"],
  [/^(?:female|females|women|woman|female employees?|女|女性|女性员工)$/i, "female"],
];

/** Parent metric → qualifier → the metric a qualifier row of that parent is. */
export const QUALIFIED_METRICS: Readonly<Record<string, Partial<Record<Qualifier, string>>>> = {
  employees_total: { male: "employees_male", female: "employees_female" },
  turnover_rate: { male: "turnover_rate_male", female: "turnover_rate_female" },
  employees_trained_ratio: { male: "employees_trained_ratio_male", female: "employees_trained_ratio_female" },
};

/** Words that mark a row group as a breakdown ("By gender", "by age group", "按性别划分"). */
export const BREAKDOWN_CONTEXT = /(?:^|\s)by\s+(?:gender|sex|age|region|geograph|location|type|category|categor|source|facility|business|employment|rank|level|grade|department|function|nationality|education|method|substance|unit|site|country|province)|按.{1,6}(?:划分|分)|性别|年龄|地区/i;

export function qualifierOf(label: string): Qualifier | null {
  const t = label.trim();
  for (const [re, q] of QUALIFIER_WORDS) if (re.test(t)) return q;
  return null;
}
