// Asks the gateway who is logged in; the browser holds only the session cookie, never a token.
const status = document.getElementById("status");
const login = document.getElementById("login");
const logout = document.getElementById("logout");

function csrfToken() {
  const cookie = document.cookie.split("; ").find((c) => c.startsWith("XSRF-TOKEN="));
  return cookie ? decodeURIComponent(cookie.substring("XSRF-TOKEN=".length)) : "";
}

const response = await fetch("/api/auth/me", { headers: { Accept: "application/json" } });
if (response.ok) {
  const me = await response.json();
  status.textContent = `Logged in as ${me.email ?? me.id}.`;
  logout.elements["_csrf"].value = csrfToken();
  logout.hidden = false;
} else if (response.status === 401) {
  status.textContent = "You are not logged in.";
  login.hidden = false;
} else {
  const problem = await response.json().catch(() => ({}));
  status.textContent = problem.detail ?? "Fakebook is not available right now.";
}
