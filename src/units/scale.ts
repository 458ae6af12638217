/**
 * Scale words that multiply a base unit: "10,000 tonnes", "RMB'000", "万千瓦时", "RMB 100 million", "亿元".
 * Keys are in the compact form produced by `compactUnit` (lowercase, no spaces or hyphens).
 * Data, not branches: add a spelling by adding a row.
 */
export interface ScaleWord {
  readonly text: string;
  readonly factor: number;
}

export const SCALE_WORDS: readonly ScaleWord[] = [
  // 10^8
  { text: "100,000,000", factor: 1e8 },
  { text: "100000000", factor: 1e8 },
  { text: "100million", factor: 1e8 },
  { text: "100millions", factor: 1e8 },
  { text: "hundredmillion", factor: 1e8 },
  { text: "hundredmillions", factor: 1e8 },
  { text: "亿", factor: 1e8 },
  // 10^9 / 10^7 / 10^6
  { text: "billion", factor: 1e9 },
  { text: "billions", factor: 1e9 },
  { text: "bn", factor: 1e9 },
  { text: "十亿", factor: 1e9 },
  { text: "10million", factor: 1e7 },
  { text: "tenmillion", factor: 1e7 },
  { text: "千万", factor: 1e7 },
  { text: "million", factor: 1e6 },
  { text: "millions", factor: 1e6 },
  { text: "mn", factor: 1e6 },
  { text: "mio", factor: 1e6 },
  { text: "百万", factor: 1e6 },
  { text: "1,000,000", factor: 1e6 },
  { text: "1000000", factor: 1e6 },
  // 10^5
  { text: "100,000", factor: 1e5 },
  { text: "100000", factor: 1e5 },
  { text: "100thousand", factor: 1e5 },
  { text: "hundredthousand", factor: 1e5 },
  { text: "十万", factor: 1e5 },
  // 10^4
  { text: "10,000", factor: 1e4 },
  { text: "10000", factor: 1e4 },
  { text: "10thousand", factor: 1e4 },
  { text: "10thousands", factor: 1e4 },
  { text: "tenthousand", factor: 1e4 },
  { text: "tenthousands", factor: 1e4 },
  { text: "万", factor: 1e4 },
  // 10^3
  { text: "'000", factor: 1e3 },
  { text: "1,000", factor: 1e3 },
  { text: "1000", factor: 1e3 },
  { text: "thousand", factor: 1e3 },
  { text: "thousands", factor: 1e3 },
  { text: "千", factor: 1e3 },
  { text: "100", factor: 100 },
  { text: "hundred", factor: 100 },
  { text: "百", factor: 100 },
];

/** Longest first, so "100million" is tried before "million" and "10,000" before ",000". */
export const SCALE_WORDS_BY_LENGTH: readonly ScaleWord[] = [...SCALE_WORDS].sort((a, b) => b.text.length - a.text.length);
