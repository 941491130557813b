/**
 * The gateway's CSRF token: a cookie scripts may read (XSRF-TOKEN), echoed in the X-XSRF-TOKEN header of every
 * unsafe request. It is the only cookie this client reads; the session cookie is HttpOnly and no token is kept.
 */
export function csrfToken(cookies: string = document.cookie): string | undefined {
  for (const cookie of cookies.split(";")) {
    const [name, ...value] = cookie.trim().split("=");
    if (name === "XSRF-TOKEN") {
      return decodeURIComponent(value.join("="));
    }
  }
  return undefined;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS", "TRACE"]);

export function needsCsrfToken(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}
