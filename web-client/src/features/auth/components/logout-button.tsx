import { csrfToken } from "@/api/csrf";
import { Button } from "@/components/button";

/**
 * Logging out is a real form post to the gateway's /logout (with the CSRF token), which ends the session and
 * sends the browser through Keycloak's logout back to the start page.
 */
export function LogoutButton({ variant = "secondary" }: { variant?: "secondary" | "ghost" | "primary" }) {
  return (
    <form method="post" action="/logout">
      <input type="hidden" name="_csrf" value={csrfToken() ?? ""} />
      <Button type="submit" variant={variant} small>
        Log out
      </Button>
    </form>
  );
}

/** Logs out from script (after deleting the account, or ending every session): the same form post. */
export function logOut(): void {
  const form = document.createElement("form");
  form.method = "post";
  form.action = "/logout";
  const token = document.createElement("input");
  token.type = "hidden";
  token.name = "_csrf";
  token.value = csrfToken() ?? "";
  form.append(token);
  document.body.append(form);
  form.submit();
}
