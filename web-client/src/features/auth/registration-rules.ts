import type { Registration } from "./api/auth-api";

/**
 * The server's rules for a sign-up (auth-service's Registration), checked before sending for a quicker answer;
 * the server checks again and has the last word (Keycloak's password policy).
 */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateRegistration(registration: Registration): Partial<Record<keyof Registration, string>> {
  const errors: Partial<Record<keyof Registration, string>> = {};
  const name = registration.displayName.trim();
  if (!name) {
    errors.displayName = "must not be blank";
  } else if (name.length > 50) {
    errors.displayName = "size must be between 0 and 50";
  } else if (!NAME.test(name)) {
    errors.displayName = "may contain letters, spaces, apostrophes, hyphens and periods, starting with a letter";
  }
  if (!registration.email.trim()) {
    errors.email = "must not be blank";
  } else if (!EMAIL.test(registration.email.trim()) || registration.email.length > 254) {
    errors.email = "must be a well-formed email address";
  }
  if (registration.password.length < 12 || registration.password.length > 128) {
    errors.password = "must be 12 to 128 characters long";
  }
  return errors;
}
