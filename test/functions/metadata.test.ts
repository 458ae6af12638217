/** The metadata Excel reads (functions.json), generated from functions/functions.ts the way the webpack plugin does. */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "node:path";

interface Parameter {
  name: string;
  type: string;
  optional?: boolean;
  description?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
  options: { stream?: boolean };
}

let functions: FunctionMetadata[];
let errors: string[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(join(__dirname, "../../functions/functions.ts"), true);
  errors = generated.errors;
  functions = JSON.parse(generated.metadataJson).functions;
}, 60_000);

const byId = (id: string) => functions.find((f) => f.id === id)!;
const signature = (id: string) => byId(id).parameters.map((p) => `${p.name}${p.optional ? "?" : ""}:${p.type}`).join(", ");

test("generates without errors, one entry per ESG function", () => {
  expect(errors).toEqual([]);
  expect(functions.map((f) => f.id)).toEqual(["METRIC", "SERIES", "TABLE", "COMPANIES", "METRICS", "UNIT", "SOURCE", "CONVERT", "YOY", "INTENSITY"]);
  expect(functions.every((f) => f.name === f.id && f.options.stream === true)).toBe(true);
});

test("parameters and optional parameters as users see them", () => {
  expect(signature("METRIC")).toBe("company:string, metric:string, year?:number, unit?:string");
  expect(signature("SERIES")).toBe("company:string, metric:string, fromYear?:number, toYear?:number, unit?:string");
  expect(signature("TABLE")).toBe("company:string, year?:number, category?:string");
  expect(signature("COMPANIES")).toBe("");
  expect(signature("METRICS")).toBe("category?:string");
  expect(signature("UNIT")).toBe("metric:string");
  expect(signature("SOURCE")).toBe("company:string, metric:string, year?:number");
  expect(signature("CONVERT")).toBe("value:number, fromUnit:string, toUnit:string");
  expect(signature("YOY")).toBe("company:string, metric:string, year?:number");
  expect(signature("INTENSITY")).toBe("company:string, metric:string, perMetric:string, year?:number, unit?:string, perUnit?:string");
});

test("spilling functions return matrices, the others scalars", () => {
  const dimensionality = Object.fromEntries(functions.map((f) => [f.id, f.result.dimensionality ?? "scalar"]));
  expect(dimensionality).toEqual({
    METRIC: "scalar", SERIES: "matrix", TABLE: "matrix", COMPANIES: "matrix", METRICS: "matrix",
    UNIT: "scalar", SOURCE: "scalar", CONVERT: "scalar", YOY: "scalar", INTENSITY: "scalar",
  });
  expect(byId("METRIC").result.type).toBe("number");
  expect(byId("SOURCE").result.type).toBe("string");
});

test("every function and parameter has help text for autocomplete", () => {
  for (const f of functions) {
    expect(f.description.length).toBeGreaterThan(20);
    for (const p of f.parameters) expect(`${f.id}.${p.name}: ${p.description ?? ""}`).toMatch(/: \S.{8,}/);
  }
  expect(byId("METRIC").description).toBe('A company\'s ESG metric for a year, e.g. =ESG.METRIC("JL MAG","ghg_scope1",2024).');
});
