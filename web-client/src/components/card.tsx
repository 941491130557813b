import type { ReactNode } from "react";
import styles from "./card.module.css";

export function Card({
  title,
  actions,
  children,
  labelledBy,
  as: Tag = "section",
}: {
  title?: string;
  actions?: ReactNode;
  children: ReactNode;
  labelledBy?: string;
  as?: "section" | "div" | "article";
}) {
  const headingId = title ? `card-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}` : labelledBy;
  return (
    <Tag className={styles.card} aria-labelledby={headingId}>
      {title ? (
        <div className={styles.header}>
          <h2 id={headingId} className={styles.title}>
            {title}
          </h2>
          {actions}
        </div>
      ) : null}
      {children}
    </Tag>
  );
}
