import type { ReactNode } from "react";
import { messageOf } from "@/api/problem";
import { Button } from "./button";
import styles from "./states.module.css";

export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <div className={styles.state} role="status" aria-live="polite" data-loading="">
      <span className={styles.spinner} aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className={styles.state}>
      <span className={styles.title}>{title}</span>
      {children}
    </div>
  );
}

export function Failed({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <div className={styles.state} role="alert">
      <span className={`${styles.title} ${styles.error}`}>{messageOf(error)}</span>
      {retry ? (
        <Button variant="secondary" small onClick={retry}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}

/** A message at the top of a form: what went wrong, or what happened. */
export function Banner({ tone = "error", children }: { tone?: "error" | "notice"; children: ReactNode }) {
  return (
    <div className={tone === "error" ? styles.banner : styles.notice} role={tone === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}
