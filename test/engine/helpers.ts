import { documentFromText } from "../../src/document/types";
import { normalizeLines } from "../../src/lines/normalize";
import { segmentBlocks } from "../../src/blocks/segment";
import type { Block, TableBlock } from "../../src/blocks/types";
import { extractReport } from "../../src/extract";
import { parseUnit } from "../../src/units";

export const isUnit = (s: string): boolean => parseUnit(s) !== null;
export const linesOf = (text: string) => normalizeLines(documentFromText(text).lines);
export const blocksOf = (text: string): Block[] => segmentBlocks(linesOf(text), { isUnit });
export const tablesOf = (text: string): TableBlock[] => blocksOf(text).filter((b): b is TableBlock => b.kind === "table");
export const extract = (text: string) => extractReport(documentFromText(text, "t.txt"));
export const rec = (text: string, metric: string, year: number) => extract(text).records.find((r) => r.metric === metric && r.year === year);
