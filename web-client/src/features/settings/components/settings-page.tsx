import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent, type ReactNode } from "react";
import { ApiError, messageOf } from "@/api/problem";
import { Button, ButtonAnchor } from "@/components/button";
import { Card } from "@/components/card";
import { timeAgo } from "@/components/dates";
import { TextField } from "@/components/field";
import { Banner, Empty, Failed, Loading } from "@/components/states";
import { deleteAccount, endAllSessions, endSession, fetchSessions, FRESH_LOGIN_URL, type Session } from "@/features/auth/api/auth-api";
import { logOut, LogoutButton } from "@/features/auth/components/logout-button";
import { useCurrentAccount } from "@/features/auth/hooks/use-current-account";
import styles from "./settings-page.module.css";

/** The account's settings; `children` are other features' settings, shown before the sessions (app/pages composes). */
export function SettingsPage({ children }: { children?: ReactNode }) {
  const account = useCurrentAccount();
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>Settings</h1>
      <Card title="Account">
        <p className={styles.muted}>Logged in as {account.data?.email}</p>
        <div className={styles.buttons}>
          <LogoutButton variant="secondary" />
        </div>
      </Card>
      {children}
      <Sessions />
      <DeleteAccount />
    </div>
  );
}

/** The browser and app of a session, from its user agent, in a few words. */
export function describeDevice(userAgent: string | undefined): string {
  if (!userAgent) {
    return "Unknown device";
  }
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrom(e|ium)\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : "Browser";
  const system = /Android/.test(userAgent)
    ? "Android"
    : /iPhone|iPad/.test(userAgent)
      ? "iOS"
      : /Windows/.test(userAgent)
        ? "Windows"
        : /Mac OS X/.test(userAgent)
          ? "macOS"
          : /Linux/.test(userAgent)
            ? "Linux"
            : "";
  return system ? `${browser} on ${system}` : browser;
}

/** Leaving: the login ended (or the account is gone), so the gateway's session goes too, and the page starts over. */
function startOver() {
  logOut();
}

function Sessions() {
  const sessions = useQuery({ queryKey: ["auth", "sessions"], queryFn: fetchSessions });
  const queryClient = useQueryClient();
  const end = useMutation({
    mutationFn: (session: Session) => endSession(session.id ?? ""),
    onSuccess: (_, session) => (session.current ? startOver() : queryClient.invalidateQueries({ queryKey: ["auth", "sessions"] })),
  });
  const endAll = useMutation({ mutationFn: endAllSessions, onSuccess: startOver });
  return (
    <Card title="Where you're logged in">
      {end.isError || endAll.isError ? <Banner>{messageOf(end.error ?? endAll.error)}</Banner> : null}
      {sessions.isPending ? (
        <Loading />
      ) : sessions.isError ? (
        <Failed error={sessions.error} retry={() => sessions.refetch()} />
      ) : sessions.data.length === 0 ? (
        <Empty title="No sessions" />
      ) : (
        <ul className={styles.sessions} aria-label="Sessions">
          {sessions.data.map((session) => (
            <li key={session.id} className={styles.session}>
              <span className={styles.device}>
                <span className={styles.deviceName}>
                  {describeDevice(session.userAgent)}
                  {session.current ? <span className={styles.current}>This browser</span> : null}
                </span>
                <span className={styles.muted}>
                  {session.ipAddress ? `${session.ipAddress} · ` : ""}
                  active {timeAgo(session.lastSeenAt)} · since {timeAgo(session.startedAt)}
                </span>
              </span>
              <Button small variant="secondary" onClick={() => end.mutate(session)} disabled={end.isPending}>
                Log out
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Button variant="secondary" onClick={() => endAll.mutate()} disabled={endAll.isPending}>
        {endAll.isPending ? "Logging out…" : "Log out everywhere"}
      </Button>
    </Card>
  );
}

function DeleteAccount() {
  const account = useCurrentAccount();
  const [confirmation, setConfirmation] = useState("");
  const remove = useMutation({ mutationFn: deleteAccount, onSuccess: startOver });
  const needsFreshLogin = remove.error instanceof ApiError && remove.error.kind === "reauthentication-required";
  const email = account.data?.email ?? "";

  function submit(event: FormEvent) {
    event.preventDefault();
    remove.mutate();
  }

  return (
    <Card title="Delete your account">
      <form className={styles.danger} onSubmit={submit} aria-label="Delete your account">
        <p className={styles.muted}>
          Your profile, friends and everything else you have on Fakebook are erased for good. This can't be undone.
        </p>
        {needsFreshLogin ? (
          <Banner>
            For your safety, deleting needs a recent login: type your password again, and you'll be back here.{" "}
            <ButtonAnchor variant="secondary" small href={FRESH_LOGIN_URL}>
              Log in again
            </ButtonAnchor>
          </Banner>
        ) : remove.isError ? (
          <Banner>{messageOf(remove.error)}</Banner>
        ) : null}
        <TextField
          label="Type your email to confirm"
          name="confirmation"
          type="email"
          autoComplete="off"
          value={confirmation}
          onChange={(event) => setConfirmation(event.target.value)}
        />
        <div className={styles.buttons}>
          <Button type="submit" variant="danger" disabled={remove.isPending || confirmation.trim().toLowerCase() !== email.toLowerCase()}>
            {remove.isPending ? "Deleting…" : "Delete my account"}
          </Button>
        </div>
      </form>
    </Card>
  );
}
