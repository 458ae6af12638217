/** Facts stage: blocks → candidate facts (tables, highlight cards, prose sentences). */
import type { Block } from "../blocks/types";
import { cardFacts, proseFacts } from "./prose";
import { tableFacts } from "./table";
import type { CandidateFact, FactContext } from "./types";

export type { CandidateFact, FactContext, FactOrigin, MetricInfo } from "./types";

export function extractFacts(blocks: readonly Block[], ctx: FactContext, isUnit: (s: string) => boolean): CandidateFact[] {
  const out: CandidateFact[] = [];
  for (const b of blocks) {
    if (b.kind === "table") out.push(...tableFacts(b, ctx));
    else if (b.kind === "card") out.push(...cardFacts(b, ctx, isUnit));
    else out.push(...proseFacts(b, ctx, isUnit));
  }
  return out;
}
