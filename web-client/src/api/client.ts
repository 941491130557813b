import createClient, { type Middleware } from "openapi-fetch";
import type { paths as AuthPaths } from "./generated/auth-service";
import type { paths as FriendPaths } from "./generated/friend-service";
import type { paths as MessagingPaths } from "./generated/messaging-service";
import type { paths as NotificationPaths } from "./generated/notification-service";
import type { paths as ProfilePaths } from "./generated/user-profile-service";
import { csrfToken, needsCsrfToken } from "./csrf";
import { ApiError, problemOf } from "./problem";

/**
 * The one way this client calls the API: same origin, the browser's cookies (the HttpOnly SESSION), the CSRF
 * token on unsafe requests, and every error answer thrown as an {@link ApiError} carrying its problem.
 */
export const apiMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set("Accept", "application/json, application/problem+json");
    const token = csrfToken();
    if (needsCsrfToken(request.method) && token) {
      request.headers.set("X-XSRF-TOKEN", token);
    }
    return request;
  },
  async onResponse({ response }) {
    if (!response.ok) {
      throw new ApiError(await problemOf(response));
    }
    return undefined;
  },
};

function client<Paths extends {}>() {
  const api = createClient<Paths>({
    baseUrl: window.location.origin,
    credentials: "same-origin",
    // Looked up on each call, not kept: the page's fetch (and a test's stand-in for it).
    fetch: (request) => globalThis.fetch(request),
  });
  api.use(apiMiddleware);
  return api;
}

export const authApi = client<AuthPaths>();
export const profileApi = client<ProfilePaths>();
export const friendApi = client<FriendPaths>();
export const messagingApi = client<MessagingPaths>();
export const notificationApi = client<NotificationPaths>();

/** The data of a call that succeeded (errors were thrown by the middleware). */
export function dataOf<T>(result: { data?: T; error?: unknown }): T {
  if (result.data === undefined) {
    return undefined as T;
  }
  return result.data;
}
