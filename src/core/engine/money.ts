import type { Lang } from '../answer/answer.js';
import type { MoneyValue } from '../factbase/schema-common.js';

/** Number formatters are costly to build (ICU); build each once. */
const upTo2 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const upTo1 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-US');

/** "$40 billion", "$500 million", "$42.5 billion"; in Japanese "400億ドル", "5億ドル", "5,500億ドル". */
export function formatUsd(amount: number, lang: Lang): string {
  if (lang === 'ja') {
    if (amount >= 1e12) return `${upTo2.format(amount / 1e12)}兆ドル`;
    if (amount >= 1e8) return `${upTo1.format(amount / 1e8)}億ドル`;
    return `${upTo1.format(amount / 1e4)}万ドル`;
  }
  if (amount >= 1e12) return `$${upTo2.format(amount / 1e12)} trillion`;
  if (amount >= 1e9) return `$${upTo2.format(amount / 1e9)} billion`;
  if (amount >= 1e6) return `$${upTo2.format(amount / 1e6)} million`;
  return `$${whole.format(amount)}`;
}

export function formatPercent(share: number, lang: Lang): string {
  const pct = upTo1.format(share * 100);
  return lang === 'ja' ? `約${pct}%` : `about ${pct}%`;
}

/** A Money value as the source gave it: "$33 billion", "about $600 million", "up to $550 billion", "¥1 trillion". */
export function formatMoney(m: MoneyValue, lang: Lang): string {
  const core = m.currency === 'USD' ? formatUsd(m.amount, lang) : formatYen(m.amount, lang);
  if (lang === 'ja') return `${m.upTo ? '最大' : m.approx ? '約' : ''}${core}`;
  return `${m.upTo ? 'up to ' : m.approx ? 'about ' : ''}${core}`;
}

function formatYen(amount: number, lang: Lang): string {
  if (lang === 'ja') {
    if (amount >= 1e12) return `${upTo2.format(amount / 1e12)}兆円`;
    if (amount >= 1e8) return `${upTo1.format(amount / 1e8)}億円`;
    return `${whole.format(amount)}円`;
  }
  if (amount >= 1e12) return `¥${upTo2.format(amount / 1e12)} trillion`;
  if (amount >= 1e9) return `¥${upTo2.format(amount / 1e9)} billion`;
  return `¥${whole.format(amount)}`;
}
