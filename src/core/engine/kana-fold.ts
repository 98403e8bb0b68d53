/**
 * Kana spellings folded together for matching names (#12, Japanese spellings): hiragana read as
 * katakana ("だいやもんど" = "ダイヤモンド"), and the small tsu and the long-vowel mark dropped, which
 * people leave out or add when they type a foreign name ("ラトニク" = "ラトニック"). The folded text
 * keeps, for each character, where it was in the original, so a match names the words as typed.
 */
const SMALL_TSU_OR_LONG = /[ッっーｰ・]/;

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  // Hiragana ぁ..ゖ → katakana ァ..ヶ.
  if (code >= 0x3041 && code <= 0x3096) return String.fromCharCode(code + 0x60);
  return c;
}

export interface Folded {
  text: string;
  /** at[i]: the index in the original of the folded text's i-th character. */
  at: number[];
}

export function foldKana(text: string): Folded {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (SMALL_TSU_OR_LONG.test(c)) continue;
    out += foldChar(c);
    at.push(i);
  }
  return { text: out, at };
}

/** Whether a text holds kana that folding changes (so a folded look-up may find more). */
export function hasKana(text: string): boolean {
  return /[\u3041-\u3096\u30a1-\u30fa\u30fc]/.test(text);
}
