import { afterEach, describe, expect, it, vi } from "vitest";
import { authApi } from "./client";
import { csrfToken, needsCsrfToken } from "./csrf";
import { ApiError, messageOf } from "./problem";

function answer(status: number, body: unknown, contentType = "application/json") {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": contentType } });
}

describe("the API client", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("reads the CSRF token from the XSRF-TOKEN cookie only", () => {
    expect(csrfToken("SESSION=abc; XSRF-TOKEN=t%3D1; other=x")).toBe("t=1");
    expect(csrfToken("SESSION=abc")).toBeUndefined();
  });

  it("needs the token on unsafe methods only", () => {
    expect(needsCsrfToken("POST")).toBe(true);
    expect(needsCsrfToken("delete")).toBe(true);
    expect(needsCsrfToken("GET")).toBe(false);
  });

  it("sends the CSRF token on an unsafe request", async () => {
    document.cookie = "XSRF-TOKEN=the-token; path=/";
    const fetch = vi.fn(async (_request: Request) => answer(202, { next: "CHECK_YOUR_MAIL" }));
    vi.stubGlobal("fetch", fetch);

    await authApi.POST("/api/auth/registrations", { body: { email: "a@b.c", password: "p".repeat(12), displayName: "A" } });

    const request = fetch.mock.calls[0]![0];
    expect(request.headers.get("X-XSRF-TOKEN")).toBe("the-token");
    expect(request.credentials).toBe("same-origin");
  });

  it("sends no CSRF token on a safe request", async () => {
    document.cookie = "XSRF-TOKEN=the-token; path=/";
    const fetch = vi.fn(async (_request: Request) => answer(200, { email: "a@b.c" }));
    vi.stubGlobal("fetch", fetch);

    await authApi.GET("/api/auth/me");

    expect(fetch.mock.calls[0]![0].headers.get("X-XSRF-TOKEN")).toBeNull();
  });

  it("throws the server's problem, with its field errors", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        answer(
          400,
          { type: "about:blank", title: "Bad Request", status: 400, detail: "Invalid request content.", errors: [{ field: "password", message: "too short" }] },
          "application/problem+json",
        ),
      ),
    );

    const call = authApi.POST("/api/auth/registrations", { body: { email: "a@b.c", password: "x", displayName: "A" } });

    await expect(call).rejects.toBeInstanceOf(ApiError);
    const error = (await call.catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(400);
    expect(error.fieldError("password")).toBe("too short");
  });

  it("makes a problem of an answer that is not one", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response("<html>bad gateway</html>", { status: 502 })));

    const error = (await authApi.GET("/api/auth/me").catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(502);
    expect(messageOf(error)).toMatch(/not answering/);
  });
});
