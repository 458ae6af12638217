/**
 * Superscripts in reports are mostly footnote markers ("emissions¹", "6,436.68[2]") that would
 * corrupt numbers and labels if kept, but a few are unit exponents ("m³", "km²") that must stay.
 */
const FOOTNOTE_MARKER = /^\s*[([]?\s*(?:\d{1,2}|[*†‡§#]{1,3}|[a-z]|[ivx]{1,4})\s*[)\]]?\s*(?:,\s*[([]?\s*\d{1,2}\s*[)\]]?\s*)*$/i;
const UNIT_BEFORE_EXPONENT = /(?:^|[^A-Za-z])(?:k|c|d|m)?m$/;

/** True when a superscript `marker` following `before` is a footnote reference rather than an exponent. */
export function isFootnoteMarker(marker: string, before: string): boolean {
  const trimmed = marker.trim();
  if (trimmed === "") return false;
  if (!FOOTNOTE_MARKER.test(trimmed)) return false;
  if ((trimmed === "2" || trimmed === "3") && UNIT_BEFORE_EXPONENT.test(before.trimEnd())) return false;
  return true;
}
