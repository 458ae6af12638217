/** Facts stage: blocks → candidate facts (tables, highlight cards, prose sentences). */
import type { Block } from "../blocks/types";
import { cardFacts, proseFacts } from "./prose";
import { tableFacts } from "./table";
import type { CandidateFact, FactContext } from "./types";

export type { CandidateFact, FactContext, FactOrigin, MetricInfo } from "./types";

export function extractFacts(blocks: readonly Block[], ctx: FactContext, isUnit: (s: string) => boolean): CandidateFact[] {
  const out: CandidateFact[] = [];
  for (const b of blocks) addBlockFacts(b, ctx, isUnit, out);
  return out;
}

/** One block's facts, appended to `out`: a block's facts depend on nothing but the block and the context. */
export function addBlockFacts(b: Block, ctx: FactContext, isUnit: (s: string) => boolean, out: CandidateFact[]): void {
  const facts = b.kind === "table" ? tableFacts(b, ctx) : b.kind === "card" ? cardFacts(b, ctx, isUnit) : proseFacts(b, ctx, isUnit);
  for (let i = 0; i < facts.length; i++) out.push(facts[i]);
}
