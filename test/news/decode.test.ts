import { describe, expect, it } from 'vitest';
import { decodeFeed } from '../../src/news/decode.js';

/** 赤沢 in Shift_JIS and in EUC-JP, as a Japanese feed might send it. */
const AKAZAWA_SJIS = [0x90, 0xd4, 0x91, 0xf2];
const AKAZAWA_EUC = [0xc0, 0xd6, 0xc2, 0xf4];

function bytes(head: string, tail: number[]): Uint8Array {
  return Uint8Array.from([...Buffer.from(head, 'latin1'), ...tail]);
}

describe('decodeFeed', () => {
  it('reads the charset from Content-Type', () => {
    expect(decodeFeed(bytes('<t>', AKAZAWA_SJIS), 'application/rss+xml; charset=Shift_JIS')).toBe('<t>赤沢');
  });

  it('reads it from the XML declaration when the header has none', () => {
    const body = bytes('<?xml version="1.0" encoding="EUC-JP"?><t>', AKAZAWA_EUC);
    expect(decodeFeed(body, 'application/xml')).toBe('<?xml version="1.0" encoding="EUC-JP"?><t>赤沢');
  });

  it('defaults to UTF-8, lets a byte-order mark win, and reads an unknown charset as UTF-8', () => {
    expect(decodeFeed(Buffer.from('赤沢', 'utf8'), undefined)).toBe('赤沢');
    expect(
      decodeFeed(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('x')]), 'text/xml; charset=Shift_JIS'),
    ).toBe('x');
    expect(decodeFeed(Buffer.from('abc'), 'text/xml; charset=no-such-charset')).toBe('abc');
  });
});
