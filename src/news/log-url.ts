/**
 * A feed URL as logs and error lists show it: without a user name or password (a feed behind basic
 * auth must not leak its credentials into logs). Anything that is not a URL is shown as it is.
 */
export function forLog(url: string): string {
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return url;
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return url;
  }
}
