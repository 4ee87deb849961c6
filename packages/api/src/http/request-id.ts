/**
 * `X-Request-Id` on every answer, so that a client's error report can be matched with the
 * server's logs. A caller's own id is echoed when it is a plain token (it ends up in logs and
 * headers, so nothing else is trusted); otherwise the server makes one.
 */
const TOKEN = /^[\w.:@+/=-]{1,128}$/;

export function requestIdFor(request: Request): string {
  const given = request.headers.get('X-Request-Id');
  return given && TOKEN.test(given) ? given : crypto.randomUUID();
}
