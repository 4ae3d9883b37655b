// Number formatting for the widget's text without Intl: the first Intl.NumberFormat on a page costs
// 16–32 ms on this project's test machine (ICU's number data loads on first use; measured in Chromium
// 156), a third of the widget's first render, for numbers that are all plain: non-negative minutes,
// kilometres, percentages and counts. The output equals Intl.NumberFormat(localeFor(lang),
// { maximumFractionDigits }) for every finite value ≥ 0 below 1e21 (test/embed/number.test.ts checks
// it against Intl itself); anything else goes to Intl.
import { localeFor, type Language } from "../i18n/language";

const SEPARATORS: Record<Language, { group: string; decimal: string }> = {
  // CLDR sv: a no-break space between thousands, a decimal comma.
  sv: { group: "\u00a0", decimal: "," },
  en: { group: ",", decimal: "." },
};

/** Adds one to a string of decimal digits ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i--;
  if (i < 0) return `1${"0".repeat(digits.length)}`;
  return `${digits.slice(0, i)}${String(Number(digits[i]) + 1)}${"0".repeat(digits.length - i - 1)}`;
}

export function formatNumber(value: number, maximumFractionDigits: number, lang: Language): string {
  // String() gives the shortest decimal that round-trips, which is also what ICU rounds from.
  const text = String(value);
  if (!Number.isFinite(value) || value < 0 || Object.is(value, -0) || text.includes("e"))
    return new Intl.NumberFormat(localeFor(lang), { maximumFractionDigits }).format(value);
  const [whole = "0", fraction = ""] = text.split(".");
  let digits = whole + fraction.slice(0, maximumFractionDigits).padEnd(maximumFractionDigits, "0");
  // Half away from zero (ECMA-402's default "halfExpand") on the decimal digits.
  if ((fraction[maximumFractionDigits] ?? "0") >= "5") digits = increment(digits);
  const cut = digits.length - maximumFractionDigits;
  const integer = digits.slice(0, cut);
  const decimals = digits.slice(cut).replace(/0+$/, "");
  const { group, decimal } = SEPARATORS[lang];
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, group);
  return decimals === "" ? grouped : `${grouped}${decimal}${decimals}`;
}
