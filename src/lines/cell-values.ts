/** What a table cell holding a value looks like, shared by the stages that read tables back into rows. */

/** A printed figure: "12,345.6", "(1.2)", "-3", "<0.1", "98.5 %". */
export const FIGURE_CELL = /^[-+]?\(?[<>≤≥]?\s?\d[\d,]*(?:\.\d+)?\)?\s?%?$/;

/** A printed "no value": dashes, "N/A", "/", 不适用. */
export const MISSING_CELL = /^(?:-{1,3}|n\/?a|n\.a\.?|不适用|\/)$/i;
