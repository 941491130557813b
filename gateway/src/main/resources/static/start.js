// The placeholder page's script: the browser holds only the session cookie, never a token; unsafe requests echo
// the XSRF-TOKEN cookie in the X-XSRF-TOKEN header. User input is only ever set as text.
const status = document.getElementById("status");
const signedOut = document.getElementById("signed-out");
const signUp = document.getElementById("sign-up");
const logout = document.getElementById("logout");

function csrfToken() {
  const cookie = document.cookie.split("; ").find((c) => c.startsWith("XSRF-TOKEN="));
  return cookie ? decodeURIComponent(cookie.substring("XSRF-TOKEN=".length)) : "";
}

function showFieldErrors(problem) {
  for (const slot of signUp.querySelectorAll(".error")) {
    slot.textContent = "";
  }
  for (const error of problem.errors ?? []) {
    const slot = signUp.querySelector(`.error[data-field="${error.field}"]`);
    if (slot) {
      slot.textContent = error.message;
    }
  }
}

signUp.addEventListener("submit", async (event) => {
  event.preventDefault();
  const body = Object.fromEntries(new FormData(signUp));
  const response = await fetch("/api/auth/registrations", {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-XSRF-TOKEN": csrfToken() },
    body: JSON.stringify(body),
  });
  if (response.ok) {
    signUp.reset();
    showFieldErrors({});
    status.textContent = "Almost there: check your mail and follow the link to verify your address, then log in.";
    return;
  }
  const problem = await response.json().catch(() => ({}));
  showFieldErrors(problem);
  status.textContent = problem.detail ?? "Signing up failed. Please try again.";
});

const response = await fetch("/api/auth/me", { headers: { Accept: "application/json" } });
if (response.ok) {
  const me = await response.json();
  status.textContent = `Logged in as ${me.email}.`;
  logout.elements["_csrf"].value = csrfToken();
  logout.hidden = false;
} else if (response.status === 401) {
  status.textContent = "You are not logged in.";
  signedOut.hidden = false;
} else {
  const problem = await response.json().catch(() => ({}));
  status.textContent = problem.detail ?? "Fakebook is not available right now.";
}
