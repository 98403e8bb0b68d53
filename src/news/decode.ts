/**
 * Feed bytes to text: the charset from Content-Type, else from the XML declaration, else UTF-8
 * (Japanese feeds in Shift_JIS or EUC-JP decode through the runtime's ICU). A byte-order mark wins.
 */
export function decodeFeed(body: Uint8Array, contentType: string | undefined): string {
  const declared =
    /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ??
    /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(asciiHead(body))?.[1];
  let label = declared?.toLowerCase() ?? 'utf-8';
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) label = 'utf-8';
  try {
    return new TextDecoder(label).decode(body);
  } catch {
    // An unknown charset label: read it as UTF-8 rather than fail the feed.
    return new TextDecoder('utf-8').decode(body);
  }
}

function asciiHead(body: Uint8Array): string {
  return Buffer.from(body.subarray(0, 200)).toString('latin1');
}
