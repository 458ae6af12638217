/**
 * Breakdown rows: a row labelled only "Male"/"Female" (or 男/女) under a headcount total is the
 * gender breakdown of that total. This table says which metric such a row becomes; every other
 * breakdown row (age group, region, category) yields no total.
 */

export type Qualifier = "male" | "female";

const QUALIFIER_WORDS: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/^(?:male|males|men|man|male employees?|男|男性|男性员工|男性僱員|男性雇员)$/i, "male"],
  [/^(?:female|females|women|woman|female employees?|女|女性|女性员工|女性僱員|女性雇员)$/i, "female"],
];

/** Parent metric → qualifier → the metric a qualifier row of that parent is. */
export const QUALIFIED_METRICS: Readonly<Record<string, Partial<Record<Qualifier, string>>>> = {
  employees_total: { male: "employees_male", female: "employees_female" },
  turnover_rate: { male: "turnover_rate_male", female: "turnover_rate_female" },
  employees_trained_ratio: { male: "employees_trained_ratio_male", female: "employees_trained_ratio_female" },
};

/** Words that mark a row group as a breakdown ("By gender", "by age group", "按性别划分"). */
export const BREAKDOWN_CONTEXT = /(?:^|\s)by\s+(?:gender|sex|age|region|geograph|location|type|category|categor|source|facility|business|employment|rank|level|grade|department|function|nationality|education|method|substance|unit|site|country|province)|按.{1,6}(?:划分|分)|性别|年龄|地区/i;

/** A sub-row mark before the qualifier: "– Male", "- Female", "• 女性", "– of which female", "其中：女性". */
const SUBROW_MARK = /^(?:[-–—•·*]+\s*)?(?:(?:of which|of whom|including|among them|其中|包括)\s*[:：,，]?\s*)?/i;
/** A bilingual label naming the qualifier twice: "男性 Male", "Female 女性". */
const BILINGUAL = /^([\u3400-\u9fff]+)\s*([A-Za-z][A-Za-z ]*)$|^([A-Za-z][A-Za-z ]*?)\s*([\u3400-\u9fff]+)$/;

function singleQualifier(t: string): Qualifier | null {
  for (const [re, q] of QUALIFIER_WORDS) if (re.test(t)) return q;
  return null;
}

export function qualifierOf(label: string): Qualifier | null {
  let t = label.trim();
  if (t.length > 24) return null;
  t = t.replace(SUBROW_MARK, "");
  const one = singleQualifier(t);
  if (one) return one;
  // Both halves must name the same qualifier.
  const m = BILINGUAL.exec(t);
  if (!m) return null;
  const a = singleQualifier((m[1] ?? m[4]) as string);
  return a && a === singleQualifier(((m[2] ?? m[3]) as string).trim()) ? a : null;
}
