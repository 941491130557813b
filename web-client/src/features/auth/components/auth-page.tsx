import type { ReactNode } from "react";
import { Link } from "react-router";
import styles from "./auth-page.module.css";

/** The frame of the pages a logged-out person sees: the brand on one side, the task on the other. */
export function AuthPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className={styles.page}>
      <div className={styles.brand}>
        <p className={styles.logo}>
          <Link to="/" className={styles.logo}>
            fakebook
          </Link>
        </p>
        <p className={styles.tagline}>Fakebook helps you connect and share with the people in your life.</p>
      </div>
      <div className={styles.panel}>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

export { styles as authStyles };
