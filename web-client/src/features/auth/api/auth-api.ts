import { authApi, dataOf } from "@/api/client";
import { ApiError } from "@/api/problem";
import type { components } from "@/api/generated/auth-service";

export type CurrentAccount = components["schemas"]["CurrentAccountView"];
export type Registration = components["schemas"]["Registration"];
export type Session = components["schemas"]["SessionView"];

/** Where the gateway starts the Keycloak login (code + PKCE); it comes back to the page it was asked from. */
export const LOGIN_URL = "/oauth2/authorization/keycloak";

/** A login again, password asked even though Keycloak's session is open; it comes back to Settings. */
export const FRESH_LOGIN_URL = `${LOGIN_URL}?fresh`;

/** The logged-in person's account, or null when nobody is logged in (the gateway answers 401). */
export async function fetchCurrentAccount(): Promise<CurrentAccount | null> {
  try {
    return dataOf(await authApi.GET("/api/auth/me"));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      return null;
    }
    throw error;
  }
}

export async function signUp(registration: Registration): Promise<void> {
  await authApi.POST("/api/auth/registrations", { body: registration });
}

export async function resendVerificationMail(email: string): Promise<void> {
  await authApi.POST("/api/auth/registrations/verification-mail", { body: { email } });
}

export async function fetchSessions(): Promise<Session[]> {
  return dataOf(await authApi.GET("/api/auth/sessions")) ?? [];
}

export async function endSession(id: string): Promise<void> {
  await authApi.DELETE("/api/auth/sessions/{id}", { params: { path: { id } } });
}

export async function endAllSessions(): Promise<void> {
  await authApi.DELETE("/api/auth/sessions");
}

export async function deleteAccount(): Promise<void> {
  await authApi.DELETE("/api/auth/me");
}
