import type { Lang } from '../answer/answer.js';

/** "$40 billion", "$500 million", "$42.5 billion"; in Japanese "400億ドル", "5億ドル", "5,500億ドル". */
export function formatUsd(amount: number, lang: Lang): string {
  if (lang === 'ja') {
    if (amount >= 1e12) return `${trim(amount / 1e12)}兆ドル`;
    if (amount >= 1e8) return `${(amount / 1e8).toLocaleString('en-US', { maximumFractionDigits: 1 })}億ドル`;
    return `${(amount / 1e4).toLocaleString('en-US', { maximumFractionDigits: 1 })}万ドル`;
  }
  if (amount >= 1e12) return `$${trim(amount / 1e12)} trillion`;
  if (amount >= 1e9) return `$${trim(amount / 1e9)} billion`;
  if (amount >= 1e6) return `$${trim(amount / 1e6)} million`;
  return `$${amount.toLocaleString('en-US')}`;
}

function trim(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

export function formatPercent(share: number, lang: Lang): string {
  const pct = (share * 100).toLocaleString('en-US', { maximumFractionDigits: 1 });
  return lang === 'ja' ? `約${pct}%` : `about ${pct}%`;
}
