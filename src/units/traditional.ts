/**
 * Traditional → Simplified Chinese for the characters ESG labels and units use (HKEX and Taiwan reports
 * print either), so one Simplified lexicon and unit table serve both: "溫室氣體排放總量" → "温室气体排放总量",
 * "噸二氧化碳當量" → "吨二氧化碳当量". Pairs: traditional, simplified. Compiled once at load.
 */
const TRADITIONAL_PAIRS =
  "溫温氣气體体總总僱雇員员數数電电廢废棄弃無无傷伤損损訴诉應应們们實实際际業业產产務务據据與与為为個个當当環环資资費费發发險险處处類类別别區区從从職职辦办會会議议獨独範范圍围間间熱热車车輛辆運运輸输購购買买賣卖銷销額额稅税潤润淨净營营專专權权術术開开練练訓训時时長长齡龄歲岁級级層层經经驗验測测檢检確确認认證证標标準准達达劃划計计項项機机構构園园廠厂場场關关係系戶户滿满蓋盖倉仓儲储離离進进臨临勞劳動动護护續续綠绿風风災灾殘残贈赠獻献義义願愿參参鄉乡貧贫敗败貪贪汙污訟讼結结舉举報报質质顧顾隱隐訊讯網网絡络減减強强單单萬万億亿噸吨顆颗揮挥塵尘節节約约綜综設设備备築筑裝装紙纸膠胶婦妇佔占監监審审負负債债納纳觀观評评於于內内對对過过後后來来國国華华東东陸陆臺台灣湾歐欧亞亚學学歷历碩硕兩两織织紡纺綫线線线鋼钢鐵铁礦矿積积極极遊游戲戏導导題题點点執执";
const TRADITIONAL_MAP: ReadonlyMap<string, string> = new Map(
  Array.from({ length: TRADITIONAL_PAIRS.length / 2 }, (_, i) => [TRADITIONAL_PAIRS[2 * i], TRADITIONAL_PAIRS[2 * i + 1]] as const),
);
const TRADITIONAL_CHARS = new RegExp(`[${[...TRADITIONAL_MAP.keys()].join("")}]`, "g");
const HAS_TRADITIONAL = new RegExp(TRADITIONAL_CHARS.source);
const toSimplified = (ch: string): string => TRADITIONAL_MAP.get(ch) ?? ch;

/** The text with Traditional characters folded to Simplified (unchanged, and not copied, when it has none). */
export function toSimplifiedChinese(text: string): string {
  return HAS_TRADITIONAL.test(text) ? text.replace(TRADITIONAL_CHARS, toSimplified) : text;
}
